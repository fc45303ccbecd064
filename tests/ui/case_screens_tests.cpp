// Issue 10 on the Cases and My work screens of a demo office (read as of its
// last day): the list's current row and the editor's case agree (new case
// under a filter, a search that drops the open case, undo of another case,
// clicks); one working-day wording and one palette on every screen; the
// as-of day drives the defaults.
#include "ui_test_support.h"

#include "database/cases/case_repository.h"
#include "database/cases/case_search.h"
#include "database/office_file.h"
#include "ui/cases/case_editor.h"
#include "ui/cases/case_list_view.h"
#include "ui/cases/cases_page.h"
#include "ui/cases/my_work_page.h"
#include "ui/cases/new_case_dialog.h"
#include "ui/main_window.h"
#include "ui/models/case_table_model.h"

#include <QApplication>
#include <QBrush>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

using namespace hub;
using namespace hub::ui;

namespace
{

using namespace Qt::StringLiterals;

const QDate kDemoAsOf(2017, 3, 31);

struct PageFixture {
    hubtest::TempDir dir;
    std::unique_ptr<db::OfficeFile> file;
    CasesPage page;
    QStringList status;

    PageFixture()
    {
        file = db::OfficeFile::open(uitest::demoCopy(dir)).value();
        file->setUser(u"t.cases"_s);
        page.resize(1366, 768);
        page.setOfficeFile(file.get());
        page.list()->setFilter({});
        QObject::connect(&page, &Page::statusMessage, [this](const QString &m) { status << m; });
        page.show();
        uitest::pump();
    }

    CaseTableModel *model() const { return page.list()->model(); }
    QTableView *table() const { return page.list()->table(); }
    template <typename T> T *child(const char *name) const
    {
        T *w = page.findChild<T *>(QString::fromLatin1(name));
        INFO(name);
        REQUIRE(w);
        return w;
    }
    bool bannerShown() const { return child<QWidget>("caseNotInList")->isVisibleTo(&page); }
    // The list's current row's case ("" when none).
    QString listCurrent() const
    {
        const db::CaseRow *r = model()->rowAt(table()->currentIndex().row());
        return table()->currentIndex().isValid() && r ? r->ref : QString();
    }
};

void click(QTableView *table, const QModelIndex &index)
{
    table->scrollTo(index);
    const QPoint at = table->visualRect(index).center();
    for (QEvent::Type type : { QEvent::MouseButtonPress, QEvent::MouseButtonRelease }) {
        QMouseEvent e(type, at, table->viewport()->mapToGlobal(at), Qt::LeftButton,
            type == QEvent::MouseButtonPress ? Qt::LeftButton : Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(table->viewport(), &e);
    }
}

// Opens a case through the New case dialog with `ccg` and `title`.
QString newCaseThroughDialog(PageFixture &fx, const QString &ccg, const QString &title, QDate *received = nullptr)
{
    auto timer = uitest::clickWhenShown(u"newCaseDialog"_s, u"newCaseOk"_s, [&](QWidget *dialog) {
        auto *combo = dialog->findChild<QComboBox *>(u"newCaseCcg"_s);
        REQUIRE(combo);
        combo->setCurrentIndex(combo->findData(ccg));
        uitest::typeText(dialog->findChild<QLineEdit *>(u"newCaseTitle"_s), title);
        if (received)
            *received = dialog->findChild<QDateEdit *>(u"newCaseReceived"_s)->date();
    });
    fx.page.newCase();
    return fx.page.editor()->currentRef();
}

QString labelColour(const QLabel *label)
{
    const auto m = QRegularExpression(u"background:\\s*(#[0-9a-fA-F]{6})"_s).match(label->styleSheet());
    return m.hasMatch() ? m.captured(1).toLower() : QString();
}

} // namespace

TEST_CASE(
    "a new case opened while the list is filtered is selected; a filter hiding it is cleared", "[ui][cases][issue10]")
{
    PageFixture fx;
    auto *ccgFilter = fx.child<QComboBox>("caseCcgFilter");
    ccgFilter->setCurrentIndex(ccgFilter->findData(u"06A"_s));
    REQUIRE(fx.page.list()->isFiltered());

    // Same CCG: the filter stays, the new case is the current row and in view.
    QDate received;
    const QString kept = newCaseThroughDialog(fx, u"06A"_s, u"Locum claim, Penn Surgery"_s, &received);
    REQUIRE_FALSE(kept.isEmpty());
    CHECK(received == kDemoAsOf); // the as-of day, not the machine clock (item 5)
    CHECK(ccgFilter->currentData().toString() == u"06A"_s);
    CHECK(fx.listCurrent() == kept);
    CHECK(fx.page.list()->currentRef() == kept);
    CHECK(fx.table()->viewport()->rect().intersects(fx.table()->visualRect(fx.table()->currentIndex())));
    CHECK_FALSE(fx.bannerShown());

    // Another CCG: the filter would hide it, so it is cleared and the user told.
    const QString other = newCaseThroughDialog(fx, u"05L"_s, u"Rent review, Great Barr"_s);
    REQUIRE_FALSE(other.isEmpty());
    CHECK(other != kept);
    CHECK_FALSE(fx.page.list()->isFiltered());
    CHECK(fx.listCurrent() == other);
    CHECK(fx.page.editor()->currentRef() == other);
    CHECK_FALSE(fx.bannerShown());
    REQUIRE_FALSE(fx.status.isEmpty());
    CHECK(fx.status.last().contains(u"cleared"_s));
}

TEST_CASE("a search that leaves out the open case says so in the editor header", "[ui][cases][issue10]")
{
    PageFixture fx;
    // A case that is not a rent review, opened from the list.
    int row = 0;
    while (fx.model()->rowAt(row)->typeCode == u"premises-rent-review"_s)
        ++row;
    const QString ref = fx.model()->rowAt(row)->ref;
    click(fx.table(), fx.model()->index(row, CaseTableModel::Title));
    REQUIRE(fx.page.editor()->currentRef() == ref);
    CHECK_FALSE(fx.bannerShown());

    auto *search = fx.child<QLineEdit>("caseSearch");
    uitest::typeText(search, u"rent review"_s);
    fx.page.list()->flushPendingSearch();
    REQUIRE(fx.model()->totalCount() > 0);
    CHECK(fx.page.editor()->currentRef() == ref); // the editor keeps the case the user was on…
    CHECK(fx.bannerShown()); // …and says the list does not hold it
    CHECK(fx.child<QLabel>("caseNotInListText")->text() == u"This case is not in the list as filtered."_s);
    CHECK(fx.listCurrent().isEmpty()); // no other row pretends to be the case shown

    // Clicking a row opens that row's case, and the banner goes.
    click(fx.table(), fx.model()->index(0, CaseTableModel::Title));
    CHECK(fx.page.editor()->currentRef() == fx.model()->rowAt(0)->ref);
    CHECK(fx.listCurrent() == fx.model()->rowAt(0)->ref);
    CHECK_FALSE(fx.bannerShown());

    // "Show in list" clears the search and selects the case again.
    fx.page.openCase(ref);
    CHECK(fx.bannerShown());
    fx.child<QPushButton>("caseShowInList")->click();
    CHECK(search->text().isEmpty());
    CHECK(fx.listCurrent() == ref);
    CHECK_FALSE(fx.bannerShown());
}

TEST_CASE("the list follows the editor when undo shows another case", "[ui][cases][issue10]")
{
    PageFixture fx;
    const QString first = fx.model()->rowAt(1)->ref;
    const QString second = fx.model()->rowAt(2)->ref;
    click(fx.table(), fx.model()->index(1, CaseTableModel::Title));
    REQUIRE(fx.page.editor()->currentRef() == first);
    auto *title = fx.child<QLineEdit>("caseTitle");
    title->setText(u"Renamed by the test"_s);
    emit title->editingFinished();
    REQUIRE(fx.page.undoStack()->count() == 1);

    click(fx.table(), fx.model()->index(2, CaseTableModel::Title));
    REQUIRE(fx.page.editor()->currentRef() == second);
    fx.page.undoStack()->undo(); // undoes the first case's edit, and shows it
    CHECK(fx.page.editor()->currentRef() == first);
    CHECK(fx.listCurrent() == first);

    // A click on the row that is current opens it too.
    click(fx.table(), fx.model()->index(fx.model()->rowOf(first), CaseTableModel::Title));
    CHECK(fx.page.editor()->currentRef() == first);
}

TEST_CASE("list, My work and the editor word a case's clock alike, in working days", "[ui][cases][issue10]")
{
    PageFixture fx;
    MyWorkPage work;
    work.setOfficeFile(fx.file.get());
    REQUIRE(work.asOf() == kDemoAsOf);
    int checked = 0;
    for (MyWorkPage::Section section : { MyWorkPage::Overdue, MyWorkPage::DueToday, MyWorkPage::DueThisWeek }) {
        CaseTableModel *m = work.sectionModel(section);
        REQUIRE(m->rowCount() > 0);
        for (int r = 0; r < std::min(3, m->rowCount()); ++r) {
            const QString ref = m->rowAt(r)->ref;
            const QString inMyWork = m->data(m->index(r, CaseTableModel::Clock)).toString();
            INFO(ref.toStdString() << ": " << inMyWork.toStdString());
            CHECK((inMyWork == u"Due today"_s || inMyWork.contains(u" working day"_s)));
            CHECK_FALSE(inMyWork.contains(QRegularExpression(u"\\d+ days?$"_s)));

            fx.page.openCase(ref);
            const int row = fx.model()->rowOf(ref);
            REQUIRE(row >= 0);
            CHECK(fx.model()->data(fx.model()->index(row, CaseTableModel::Clock)).toString() == inMyWork);
            const QString ack = fx.child<QLabel>("ackDaysLeft")->text();
            const QString response = fx.child<QLabel>("responseDaysLeft")->text();
            INFO("editor: " << ack.toStdString() << " / " << response.toStdString());
            CHECK((ack == inMyWork || response == inMyWork));
            ++checked;
        }
    }
    CHECK(checked >= 3);
}

TEST_CASE("met late has one colour, an icon and a word on every screen", "[ui][cases][issue10]")
{
    PageFixture fx;
    db::CaseFilter f;
    f.asOf = kDemoAsOf;
    f.limit = 0;
    auto rows = db::CaseListQuery(*fx.file).list(f);
    REQUIRE(rows.ok());
    QString ref;
    bool ackLate = false;
    for (const db::CaseRow &r : rows.value()) {
        if (CaseTableModel::currentState(r) == ClockState::MetLate) {
            ref = r.ref;
            ackLate = r.acknowledgeState == ClockState::MetLate;
            break;
        }
    }
    REQUIRE_FALSE(ref.isEmpty());
    fx.page.openCase(ref);
    const int row = fx.model()->rowOf(ref);
    REQUIRE(row >= 0);
    const QModelIndex clock = fx.model()->index(row, CaseTableModel::Clock);
    CHECK(fx.model()->data(clock).toString() == u"Met late"_s); // the word
    CHECK_FALSE(fx.model()->data(clock, Qt::DecorationRole).value<QPixmap>().isNull()); // the icon
    const QString listColour = fx.model()->data(clock, Qt::ForegroundRole).value<QBrush>().color().name();

    auto *state = fx.child<QLabel>(ackLate ? "ackState" : "responseState");
    CHECK(state->text() == u"Met late"_s);
    CHECK(labelColour(state) == listColour);

    // My work's lists use the same model and so the same colour: a met-late row there matches too.
    MyWorkPage work;
    work.setOfficeFile(fx.file.get());
    CaseTableModel *due = work.sectionModel(MyWorkPage::DueThisWeek);
    CHECK(CaseTableModel::stateColour(ClockState::MetLate).name() == listColour);
    CHECK(due->stateColour(ClockState::MetLate) == fx.model()->stateColour(ClockState::MetLate));
}

TEST_CASE("the New case dialog and the editor's action day default to the as-of day", "[ui][cases][issue10]")
{
    hubtest::TempDir dir;
    auto file = db::OfficeFile::open(uitest::demoCopy(dir)).value();
    NewCaseDialog dialog(*file);
    CHECK(dialog.findChild<QDateEdit *>(u"newCaseReceived"_s)->date() == kDemoAsOf);

    PageFixture fx;
    fx.page.openCase(fx.model()->rowAt(0)->ref);
    CHECK(fx.child<QDateEdit>("actionDate")->date() == kDemoAsOf);
}

TEST_CASE("the Cases page, with a case open, fits a 1280-pixel window beside the navigation", "[ui][cases][issue10]")
{
    hubtest::TempDir dir;
    auto window = uitest::openWindow(uitest::demoCopy(dir));
    window->showPage(MainWindow::CasesPageId);
    CasesPage *cases = window->casesPage();
    db::CaseFilter f;
    f.asOf = kDemoAsOf;
    f.overdueOnly = true;
    f.limit = 1;
    auto overdue = db::CaseListQuery(*window->officeFile()).list(f);
    REQUIRE(overdue.ok());
    REQUIRE_FALSE(overdue->isEmpty());
    cases->openCase(overdue->first().ref);
    uitest::pump();
    INFO("window " << window->minimumSizeHint().width() << ", list " << cases->list()->minimumSizeHint().width()
                   << ", editor " << cases->editor()->minimumSizeHint().width());
    CHECK(window->minimumSizeHint().width() <= 1280);
}

// Not part of the pass: the Cases and My work pages at laptop sizes, to look at
// (run with "[.case-screens]"; PNGs in $HUBCASE_SHOTS or /tmp).
TEST_CASE("cases and my work at 1366x768 and 1280x720 to PNG", "[.case-screens]")
{
    hubtest::TempDir dir;
    const QString path = uitest::demoCopy(dir);
    const QString out
        = qEnvironmentVariableIsEmpty("HUBCASE_SHOTS") ? u"/tmp"_s : qEnvironmentVariable("HUBCASE_SHOTS");
    auto window = uitest::openWindow(path);
    for (const QSize size : { QSize(1366, 768), QSize(1280, 720) }) {
        const QString tag = u"%1x%2"_s.arg(size.width()).arg(size.height());
        window->resize(size);
        window->show();
        window->showPage(MainWindow::MyWorkPageId);
        uitest::pump(10);
        window->grab().save(u"%1/my-work-%2.png"_s.arg(out, tag));
        window->showPage(MainWindow::CasesPageId);
        CasesPage *cases = window->casesPage();
        // A closed, met-late provider query with a pause, then an overdue one.
        db::CaseFilter f;
        f.typeCode = u"provider-query"_s;
        f.asOf = kDemoAsOf;
        f.limit = 0;
        auto rows = db::CaseListQuery(*window->officeFile()).list(f);
        REQUIRE(rows.ok());
        QString late, overdue;
        for (const db::CaseRow &r : rows.value()) {
            if (late.isEmpty() && r.responseState == ClockState::MetLate)
                late = r.ref;
            if (overdue.isEmpty() && r.overdue())
                overdue = r.ref;
        }
        cases->openCase(late);
        uitest::pump(10);
        window->grab().save(u"%1/cases-%2.png"_s.arg(out, tag));
        cases->openCase(overdue);
        uitest::pump(10);
        window->grab().save(u"%1/cases-overdue-%2.png"_s.arg(out, tag));
        auto *search = cases->findChild<QLineEdit *>(u"caseSearch"_s);
        search->setText(u"rent review"_s);
        cases->list()->flushPendingSearch();
        uitest::pump(10);
        window->grab().save(u"%1/cases-not-in-list-%2.png"_s.arg(out, tag));
        search->clear();
        cases->list()->flushPendingSearch();
    }
}
