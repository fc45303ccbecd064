// Hubcase desktop entry point: application set-up, the office file to open,
// and --screenshots DIR for a headless look at every screen.
#include "ui/app_settings.h"
#include "ui/main_window.h"
#include "ui/screenshot_tour.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>

int main(int argc, char **argv)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QString::fromLatin1(hub::ui::settings::kOrganisation));
    QApplication::setApplicationName(QString::fromLatin1(hub::ui::settings::kApplication));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0")); // keep in step with project(VERSION)

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Hubcase: MoU register and CCG specifications for a Primary Care Hub."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Office file to open (.hubcase)."));
    const QCommandLineOption readOnly(
        QStringLiteral("read-only"), QStringLiteral("Open the office file for looking only."));
    const QCommandLineOption shots(QStringLiteral("screenshots"),
        QStringLiteral("Save a PNG of every screen to DIR, then exit."), QStringLiteral("DIR"));
    const QCommandLineOption shotSize(QStringLiteral("screenshot-size"),
        QStringLiteral("Window size for --screenshots (default 1366x768)."), QStringLiteral("WxH"),
        QStringLiteral("1366x768"));
    parser.addOption(readOnly);
    parser.addOption(shots);
    parser.addOption(shotSize);
    parser.process(app);

    // Screenshots use default layouts and leave the user's remembered ones alone.
    QTemporaryDir scratchSettings;
    if (parser.isSet(shots))
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, scratchSettings.path());

    QString path = parser.positionalArguments().value(0);
    hub::ui::MainWindow window;

    if (parser.isSet(shots)) {
        window.setRemembersState(false);
        const QStringList wh = parser.value(shotSize).split(QLatin1Char('x'));
        const QSize size(wh.value(0).toInt(), wh.value(1).toInt());
        if (wh.size() != 2 || size.width() < 640 || size.height() < 480) {
            QTextStream(stderr) << "--screenshot-size needs WxH, e.g. 1280x720" << Qt::endl;
            return 2;
        }
        if (path.isEmpty() || !window.openFile(path, parser.isSet(readOnly)))
            return 2;
        const hub::Result<QStringList> saved = hub::ui::saveScreenshots(window, parser.value(shots), size);
        QTextStream err(stderr);
        if (!saved) {
            err << saved.error().describe() << Qt::endl;
            return 1;
        }
        for (const QString &file : saved.value())
            err << file << Qt::endl;
        return 0;
    }

    if (path.isEmpty() && QFileInfo::exists(hub::ui::settings::lastFile()))
        path = hub::ui::settings::lastFile();
    if (path.isEmpty())
        path = QFileDialog::getOpenFileName(nullptr, QStringLiteral("Open office file"), QString(),
            QStringLiteral("Hubcase office files (*.hubcase);;All files (*)"));
    // The desktop asks a new account which officer it is (tests and screenshots do not).
    window.setAsksWhichOfficer(true);
    window.show();
    if (!path.isEmpty())
        window.openFile(path, parser.isSet(readOnly));
    return app.exec();
}
