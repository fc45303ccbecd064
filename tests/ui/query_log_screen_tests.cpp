// The monthly query log screen (issue 11): opened from the CCG page, the case
// list and File › Query log…, on the office file's as-of month; a CCG and a
// month chosen by typing and clicking show the repository's log and figures;
// CSV and XLSX exports are the CLI's; a case recorded elsewhere joins the log.
#include "ui_test_support.h"

#include "core/cases/query_log_csv.h"
#include "core/common/format.h"
#include "database/cases/case_repository.h"
#include "database/cases/query_log_repository.h"
#include "database/ccgs/ccg_repository.h"
#include "database/demo/demo_as_of.h"
#include "database/office_file.h"
#include "ui/cases/case_list_view.h"
#include "ui/cases/cases_page.h"
#include "ui/cases/query_log_dialog.h"
#include "ui/ccgs/ccg_page.h"
#include "ui/main_window.h"
#include "ui/models/case_table_model.h"
#include "ui/models/query_log_model.h"
#include "ui/print_output.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>

using namespace hub;
using namespace hub::ui;
using namespace Qt::StringLiterals;

namespace
{

const QDate kDemoAsOf(2017, 3, 31);

QueryLog repoLog(db::OfficeFile &file, const QString &ccg, int year, int month)
{
    const auto log = db::QueryLogRepository(file).build(ccg, year, month, queryLogClockDay(year, month, kDemoAsOf));
    REQUIRE(log.ok());
    return log.value();
}

// The CCG whose January 2017 log has the most lines (excluded ones too), so the checks see real rows.
QString busyCcg(db::OfficeFile &file)
{
    const auto ccgs = db::CcgRepository(file).list();
    REQUIRE(ccgs.ok());
    QString best;
    qsizetype most = 0;
    for (const Ccg &c : ccgs.value()) {
        const QueryLog log = repoLog(file, c.code, 2017, 1);
        const qsizetype n = log.lines.size() + log.excludedLines.size();
        if (n > most && !log.excludedLines.isEmpty()) {
            most = n;
            best = c.code;
        }
    }
    if (best.isEmpty()) { // no month with an excluded query: any with rows
        for (const Ccg &c : ccgs.value()) {
            if (!repoLog(file, c.code, 2017, 1).lines.isEmpty())
                return c.code;
        }
    }
    return best;
}

template <typename T> T *child(QWidget *in, const char *name)
{
    T *w = in->findChild<T *>(QLatin1String(name));
    REQUIRE(w);
    return w;
}

void checkShows(QueryLogDialog &dialog, const QueryLog &expected)
{
    CHECK(dialog.table()->model()->rowCount() == expected.lines.size() + expected.excludedLines.size());
    const QueryLogTotals &t = expected.totals;
    const auto pct = [](double v, int in, int of) {
        return of == 0 ? u"n/a (no clock decided yet)"_s : u"%1 (%2 of %3)"_s.arg(formatPercent(v)).arg(in).arg(of);
    };
    CHECK(child<QLabel>(&dialog, "queryLogAcknowledgeCompliance")->text()
        == u"Acknowledged within 5 working days: "_s
            + pct(t.acknowledgeCompliance(), t.acknowledgeInTime, t.acknowledgeMeasured));
    CHECK(child<QLabel>(&dialog, "queryLogResponseCompliance")->text()
        == u"Response or update within 20 working days: "_s
            + pct(t.responseCompliance(), t.responseInTime, t.responseMeasured));
    CHECK(child<QLabel>(&dialog, "queryLogCounts")
              ->text()
              .startsWith(u"%1 received · %2 acknowledged"_s.arg(t.received).arg(t.acknowledged)));
    CHECK(
        child<QLabel>(&dialog, "queryLogPeriod")->text().endsWith(u"clocks as of %1"_s.arg(formatDate(expected.asOf))));
    // Rows in the log's order: within the standard, then the excluded ones.
    const QAbstractItemModel *m = dialog.table()->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        const bool excluded = r >= expected.lines.size();
        const QueryLogLine &l = excluded ? expected.excludedLines.at(r - expected.lines.size()) : expected.lines.at(r);
        CHECK(m->index(r, QueryLogModel::Reference).data().toString() == l.ref);
        CHECK(
            m->index(r, QueryLogModel::Section).data().toString() == (excluded ? u"excluded"_s : u"within standard"_s));
    }
}

} // namespace

TEST_CASE("the query log opens on the as-of month from the CCG page, the case list and the File menu", "[ui][querylog]")
{
    hubtest::TempDir dir;
    auto window = uitest::openWindow(uitest::demoCopy(dir));
    window->resize(1366, 768);
    uitest::activate(window.get());
    REQUIRE(db::officeAsOf(*window->officeFile()) == kDemoAsOf);

    // The CCG page's button opens the selected CCG's log, March 2017 (the demo's as-of month, not today's).
    window->showPage(MainWindow::CcgPageId);
    window->ccgPage()->selectCcg(u"05L"_s);
    child<QPushButton>(window.get(), "ccgQueryLogButton")->click();
    QueryLogDialog *dialog = window->queryLogDialog();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->ccgCode() == u"05L"_s);
    CHECK((dialog->year() == 2017 && dialog->month() == 3));
    checkShows(*dialog, repoLog(*window->officeFile(), u"05L"_s, 2017, 3));
    dialog->close();
    uitest::pump();
    CHECK_FALSE(window->queryLogDialog()); // closed means gone: the next opens afresh

    // The case list's button: the CCG filtered.
    window->showPage(MainWindow::CasesPageId);
    db::CaseFilter f = window->casesPage()->list()->filter();
    f.ccgCode = u"06A"_s;
    window->casesPage()->list()->setFilter(f);
    child<QPushButton>(window.get(), "caseQueryLogButton")->click();
    REQUIRE(window->queryLogDialog());
    CHECK(window->queryLogDialog()->ccgCode() == u"06A"_s);
    window->queryLogDialog()->close();
    uitest::pump();

    // No filter: the selected case's CCG.
    window->casesPage()->list()->clearFilter();
    const db::CaseRow *first = window->casesPage()->list()->model()->rowAt(0);
    REQUIRE(first);
    window->casesPage()->list()->selectCase(first->ref);
    auto *menuEntry = window->findChild<QAction *>(u"queryLogAction"_s);
    REQUIRE(menuEntry);
    CHECK(menuEntry->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_L));
    menuEntry->trigger();
    REQUIRE(window->queryLogDialog());
    CHECK(window->queryLogDialog()->ccgCode() == first->ccgCode);
}

TEST_CASE("a CCG and month chosen by typing and clicking show the repository's log, and CSV and XLSX are the CLI's",
    "[ui][querylog][export]")
{
    hubtest::TempDir dir;
    auto window = uitest::openWindow(uitest::demoCopy(dir));
    window->resize(1366, 768);
    uitest::activate(window.get());
    db::OfficeFile &file = *window->officeFile();
    const QString ccg = busyCcg(file);
    REQUIRE_FALSE(ccg.isEmpty());

    QueryLogDialog *dialog = window->showQueryLog(u"04X"_s == ccg ? u"05C"_s : u"04X"_s);
    REQUIRE(dialog);
    uitest::activate(dialog);

    // Type the CCG's code into the chooser (keyboard search), step back a month, type the month's name.
    auto *ccgBox = child<QComboBox>(dialog, "queryLogCcg");
    ccgBox->setFocus();
    uitest::typeText(ccgBox, ccg);
    uitest::pump();
    CHECK(dialog->ccgCode() == ccg);
    child<QToolButton>(dialog, "queryLogPreviousMonth")->click();
    CHECK((dialog->year() == 2017 && dialog->month() == 2));
    checkShows(*dialog, repoLog(file, ccg, 2017, 2));
    auto *monthBox = child<QComboBox>(dialog, "queryLogMonth");
    monthBox->setFocus();
    uitest::typeText(monthBox, u"Jan"_s);
    uitest::pump();
    CHECK((dialog->year() == 2017 && dialog->month() == 1));
    const QueryLog expected = repoLog(file, ccg, 2017, 1);
    REQUIRE(expected.lines.size() + expected.excludedLines.size() > 0);
    checkShows(*dialog, expected);
    CHECK(expected.asOf == QDate(2017, 1, 31)); // a past month reads its clocks at its last day

    // The year typed: 2016, then back to 2017.
    auto *yearBox = child<QSpinBox>(dialog, "queryLogYear");
    yearBox->setFocus();
    yearBox->selectAll();
    uitest::typeText(yearBox, u"2016"_s);
    uitest::pump();
    CHECK(dialog->year() == 2016);
    checkShows(*dialog, repoLog(file, ccg, 2016, 1));
    yearBox->selectAll();
    uitest::typeText(yearBox, u"2017"_s);
    uitest::pump();
    REQUIRE(dialog->year() == 2017);

    // Exports go into the temp folder under the suggested names.
    QStringList suggested;
    setSaveFileChooser([&](QWidget *, const QString &, const QString &name, const QString &) {
        suggested << QFileInfo(name).fileName();
        return dir.path(QFileInfo(name).fileName());
    });
    child<QPushButton>(dialog, "queryLogCsvButton")->click();
    child<QPushButton>(dialog, "queryLogXlsxButton")->click();
    child<QPushButton>(dialog, "queryLogPdfButton")->click();
    setSaveFileChooser({});
    const QString stem = u"%1-query-log-2017-01"_s.arg(ccg);
    CHECK(suggested == QStringList { stem + u".csv"_s, stem + u".xlsx"_s, stem + u".pdf"_s });
    QFile csv(dir.path(stem + u".csv"_s));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    CHECK(csv.readAll() == queryLogCsv(expected));
    const QFileInfo xlsx(dir.path(stem + u".xlsx"_s));
    REQUIRE(xlsx.exists());
    CHECK(xlsx.size() > 1000);
    QFile zip(xlsx.filePath());
    REQUIRE(zip.open(QIODevice::ReadOnly));
    CHECK(zip.read(2) == "PK");
    CHECK(QFileInfo(dir.path(stem + u".pdf"_s)).size() > 1000);
    CHECK(child<QLabel>(dialog, "queryLogExported")->text() == u"Exported %1.pdf"_s.arg(stem));
}

TEST_CASE("a query recorded elsewhere joins the open log", "[ui][querylog][events]")
{
    hubtest::TempDir dir;
    auto window = uitest::openWindow(uitest::demoCopy(dir));
    db::OfficeFile &file = *window->officeFile();
    QueryLogDialog *dialog = window->showQueryLog(u"05L"_s);
    REQUIRE(dialog);
    const int before = dialog->table()->model()->rowCount();
    const int receivedBefore = dialog->model()->log().totals.received;

    db::NewCase query;
    query.type = CaseType::ProviderQuery;
    query.ccgCode = u"05L"_s;
    query.received = QDate(2017, 3, 20);
    query.title = u"Query recorded on the Cases page"_s;
    REQUIRE(db::CaseRepository(file).add(query).ok());
    uitest::pump();

    CHECK(dialog->table()->model()->rowCount() == before + 1);
    CHECK(dialog->model()->log().totals.received == receivedBefore + 1);
    checkShows(*dialog, repoLog(file, u"05L"_s, 2017, 3));
}
