// Screenshot tour of the main window.
#include "ui/screenshot_tour.h"

#include "database/office_file.h"
#include "ui/dialogs/about_dialog.h"
#include "ui/dialogs/conflict_dialog.h"
#include "ui/functions/functions_page.h"
#include "ui/main_window.h"
#include "ui/register/register_page.h"
#include "ui/spec/spec_page.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QTabWidget>

namespace hub::ui
{

namespace
{

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

} // namespace

Result<QStringList> saveScreenshots(MainWindow &window, const QString &folder)
{
    if (!QDir().mkpath(folder))
        return makeError(ErrorCode::Io, QStringLiteral("Cannot create the folder %1").arg(folder));
    if (!window.officeFile())
        return makeError(ErrorCode::Invalid, QStringLiteral("Open an office file before taking screenshots."));
    const QDir dir(folder);
    QStringList written;
    int n = 0;
    std::optional<Error> failure;
    const auto shoot = [&](QWidget &widget, const QString &name) {
        settle();
        const QString path = dir.filePath(QStringLiteral("%1-%2.png").arg(++n, 2, 10, QLatin1Char('0')).arg(name));
        if (!widget.grab().save(path))
            failure = makeError(ErrorCode::Io, QStringLiteral("Cannot write %1").arg(path));
        written << path;
    };

    window.resize(1400, 900);
    window.show();
    settle();

    RegisterPage *reg = window.registerPage();
    window.showPage(MainWindow::RegisterPageId);
    reg->tabs()->setCurrentIndex(0);
    reg->selectAgreement(QStringLiteral("west-midlands-hub"));
    shoot(window, QStringLiteral("mou-register"));
    reg->selectAgreement(QStringLiteral("london-core-principles"));
    shoot(window, QStringLiteral("mou-register-london"));
    for (int t = 1; t < reg->tabs()->count(); ++t) {
        reg->tabs()->setCurrentIndex(t);
        shoot(window, QStringLiteral("mou-register-tab%1").arg(t + 1));
    }
    reg->tabs()->setCurrentIndex(0);
    reg->selectAgreement(QStringLiteral("west-midlands-hub"));

    window.showPage(MainWindow::CcgPageId);
    shoot(window, QStringLiteral("ccgs-practices"));

    window.showPage(MainWindow::FunctionsPageId);
    shoot(window, QStringLiteral("functions"));
    window.functionsPage()->setMarkerFilter(ActivityFilterProxy::Marker::Support);
    shoot(window, QStringLiteral("functions-support"));
    window.functionsPage()->setMarkerFilter(ActivityFilterProxy::Marker::All);

    window.showPage(MainWindow::SpecPageId);
    window.specPage()->selectCcg(QString());
    shoot(window, QStringLiteral("specifications"));
    window.specPage()->selectCcg(QStringLiteral("06A"));
    shoot(window, QStringLiteral("specification-06A"));

    Error example = makeError(ErrorCode::Conflict, QStringLiteral("example"));
    example.current = { { QStringLiteral("updated_by"), QStringLiteral("b.jones") },
        { QStringLiteral("updated_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate) } };
    ConflictDialog conflict(example, QStringLiteral("The determination of VIII.4"), &window);
    conflict.show();
    shoot(conflict, QStringLiteral("conflict-dialog"));
    conflict.close();

    AboutDialog about(&window);
    about.show();
    shoot(about, QStringLiteral("about"));
    about.close();

    // The same file, looked at read-only.
    const QString path = window.officeFile()->path();
    if (window.openFile(path, true)) {
        window.showPage(MainWindow::SpecPageId);
        window.specPage()->selectCcg(QStringLiteral("06A"));
        shoot(window, QStringLiteral("read-only"));
    }
    if (failure)
        return *failure;
    return written;
}

} // namespace hub::ui
