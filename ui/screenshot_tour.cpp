// Screenshot tour of the main window.
#include "ui/screenshot_tour.h"

#include "database/accounts/account_link_repository.h"
#include "database/cases/case_repository.h"
#include "database/cases/case_search.h"
#include "database/cases/query_log_repository.h"
#include "database/ccgs/ccg_repository.h"
#include "database/demo/demo_as_of.h"
#include "database/office_file.h"
#include "ui/backup/backup_dialog.h"
#include "ui/calendar_letters/admin_page.h"
#include "ui/calendar_letters/calendar_tab.h"
#include "ui/cases/case_editor.h"
#include "ui/cases/case_list_view.h"
#include "ui/cases/cases_page.h"
#include "ui/cases/my_work_page.h"
#include "ui/cases/new_case_dialog.h"
#include "ui/cases/pause_dialog.h"
#include "ui/cases/query_log_dialog.h"
#include "ui/cases/why_dialog.h"
#include "ui/dialogs/about_dialog.h"
#include "ui/dialogs/conflict_dialog.h"
#include "ui/functions/functions_page.h"
#include "ui/main_window.h"
#include "ui/register/register_page.h"
#include "ui/session/officer_question.h"
#include "ui/spec/spec_page.h"
#include "ui/sync/sync_page.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QTabWidget>
#include <QTextBrowser>

namespace hub::ui
{

namespace
{

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

// A demo case worth looking at: a clock stopped under an exclusion and answered late.
QString exampleCase(db::OfficeFile &file)
{
    db::CaseRepository repo(file);
    db::CaseFilter filter;
    filter.limit = 0;
    Result<QVector<db::CaseRow>> rows = db::CaseListQuery(file).list(filter);
    if (!rows || rows->isEmpty())
        return {};
    for (const db::CaseRow &row : rows.value()) {
        if (row.responseState != ClockState::MetLate)
            continue;
        Result<db::CaseDetail> detail = repo.get(row.ref);
        if (detail && !detail->clocks.pauses.isEmpty())
            return row.ref;
    }
    return rows->first().ref;
}

// The CCG with the most queries in the as-of month, excluded ones counted too.
QString busiestQueryLog(db::OfficeFile &file)
{
    const QDate asOf = db::officeAsOf(file);
    const Result<QVector<Ccg>> ccgs = db::CcgRepository(file).list();
    QString best;
    qsizetype most = -1;
    for (const Ccg &c : ccgs ? ccgs.value() : QVector<Ccg>()) {
        const Result<QueryLog> log = db::QueryLogRepository(file).build(c.code, asOf.year(), asOf.month(), asOf);
        const qsizetype n = log ? log->lines.size() + 2 * log->excludedLines.size() : -1;
        if (n > most) {
            most = n;
            best = c.code;
        }
    }
    return best;
}

} // namespace

Result<QStringList> saveScreenshots(MainWindow &window, const QString &folder, const QSize &size)
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

    window.resize(size);
    window.show();
    settle();

    // The officer's day: My work, then a case with a stopped clock and a late answer.
    window.showPage(MainWindow::MyWorkPageId);
    shoot(window, QStringLiteral("my-work"));
    window.showPage(MainWindow::CasesPageId);
    CasesPage *cases = window.casesPage();
    const QString shown = exampleCase(*window.officeFile());
    if (!shown.isEmpty())
        cases->openCase(shown);
    shoot(window, QStringLiteral("cases"));
    if (auto *tabs = cases->editor()->findChild<QTabWidget *>(QStringLiteral("caseTabs"))) {
        for (int t = 1; t < tabs->count(); ++t) {
            tabs->setCurrentIndex(t);
            shoot(window, QStringLiteral("case-tab%1").arg(t + 1));
        }
        tabs->setCurrentIndex(0);
    }
    if (!shown.isEmpty()) {
        db::CaseRepository repo(*window.officeFile());
        Result<db::CaseDetail> detail = repo.get(shown, cases->list()->asOf());
        if (detail) {
            WhyDialog why(
                QStringLiteral("Response clock — %1").arg(shown), detail->clocks.response.explanation, &window);
            why.show();
            shoot(why, QStringLiteral("why-this-date"));
            PauseDialog pause(detail->standard, detail->asOf, detail->row.received, detail->asOf, &window);
            pause.show();
            shoot(pause, QStringLiteral("pause-dialog"));
        }
    }
    {
        NewCaseDialog fresh(*window.officeFile(), &window);
        fresh.show();
        shoot(fresh, QStringLiteral("new-case"));
    }
    cases->list()->setFilter([&] {
        db::CaseFilter f = cases->list()->filter();
        f.search = QStringLiteral("rent review");
        return f;
    }());
    cases->list()->flushPendingSearch();
    shoot(window, QStringLiteral("cases-search"));

    RegisterPage *reg = window.registerPage();
    window.showPage(MainWindow::RegisterPageId);
    reg->tabs()->setCurrentIndex(0);
    reg->selectAgreement(QStringLiteral("west-midlands-hub"));
    shoot(window, QStringLiteral("mou-register"));
    reg->selectAgreement(QStringLiteral("london-core-principles"));
    shoot(window, QStringLiteral("mou-register-london"));
    if (auto *browser = reg->findChild<QTextBrowser *>(QStringLiteral("agreementBrowser"))) {
        // The parts issue 11 added: lifecycle, escalation with sources and both panels; the seed's own sections.
        for (const char *anchor : { "lifecycle", "clauses" }) {
            browser->scrollToAnchor(QString::fromLatin1(anchor));
            shoot(window, QStringLiteral("mou-register-london-%1").arg(QString::fromLatin1(anchor)));
        }
        reg->selectAgreement(QStringLiteral("west-midlands-hub"));
        browser->scrollToAnchor(QStringLiteral("lifecycle"));
        shoot(window, QStringLiteral("mou-register-wm-escalation"));
        browser->scrollToAnchor(QStringLiteral("clauses"));
        shoot(window, QStringLiteral("mou-register-wm-clauses"));
    }
    for (int t = 1; t < reg->tabs()->count(); ++t) {
        reg->tabs()->setCurrentIndex(t);
        shoot(window, QStringLiteral("mou-register-tab%1").arg(t + 1));
    }
    reg->tabs()->setCurrentIndex(0);
    reg->selectAgreement(QStringLiteral("west-midlands-hub"));

    window.showPage(MainWindow::CcgPageId);
    shoot(window, QStringLiteral("ccgs-practices"));
    // The monthly query log (activity XII.20), opened from the CCG page's "Query log…".
    if (QueryLogDialog *log = window.showQueryLog(busiestQueryLog(*window.officeFile()))) {
        shoot(*log, QStringLiteral("query-log"));
        log->close();
        settle();
    }

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

    window.showPage(MainWindow::AdminPageId);
    window.adminPage()->calendar().setYear(2016);
    window.adminPage()->showCalendar();
    shoot(window, QStringLiteral("calendar"));
    window.adminPage()->showTemplates();
    shoot(window, QStringLiteral("letter-templates"));
    window.adminPage()->showCalendar();

    window.showPage(MainWindow::SyncPageId);
    shoot(window, QStringLiteral("office-sync"));
    {
        BackupDialog backups(*window.officeFile(), &window);
        backups.show();
        shoot(backups, QStringLiteral("backups"));
    }

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

    {
        const Result<QStringList> officers = db::AccountLinkRepository(*window.officeFile()).knownOfficers();
        OfficerQuestionDialog who(window.officeFile()->account(), window.officeFile()->officeName(),
            officers ? officers.value() : QStringList(), &window);
        who.show();
        shoot(who, QStringLiteral("which-officer"));
    }

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
