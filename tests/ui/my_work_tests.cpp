// My work: the officer's four lists on the demo office (read as of its last
// day), switching officer, and opening a case from a list.
#include "ui_test_support.h"

#include "database/office_file.h"
#include "ui/cases/my_work_page.h"
#include "ui/models/case_table_model.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QMouseEvent>
#include <QTableView>

using namespace hub;
using namespace hub::ui;

namespace
{

struct WorkFixture {
    hubtest::TempDir dir;
    std::unique_ptr<db::OfficeFile> file;
    MyWorkPage page;

    WorkFixture()
    {
        file = db::OfficeFile::open(uitest::demoCopy(dir)).value();
        file->setUser(QStringLiteral("someone.else"));
        page.resize(1400, 900);
        page.setOfficeFile(file.get());
        page.show();
        uitest::pump();
    }

    int total() const
    {
        int n = 0;
        for (int s = 0; s < MyWorkPage::SectionCount; ++s)
            n += page.sectionCount(MyWorkPage::Section(s));
        return n;
    }
};

} // namespace

TEST_CASE("my work shows all four lists on the demo office, as of its last day", "[ui][cases]")
{
    WorkFixture fx;
    auto *asOf = fx.page.findChild<QDateEdit *>(QStringLiteral("myWorkAsOf"));
    auto *officer = fx.page.findChild<QComboBox *>(QStringLiteral("myWorkOfficer"));
    REQUIRE(asOf);
    REQUIRE(officer);
    CHECK(asOf->date() == QDate(2017, 3, 31));
    CHECK(fx.page.findChild<QLabel *>(QStringLiteral("myWorkAsOfNote"))->text()
        == QStringLiteral("Demo office: dates as of 31/03/2017"));
    // The user has no cases of their own: everyone's.
    CHECK(officer->currentText() == QStringLiteral("Everyone"));
    CHECK(officer->itemText(0) == QStringLiteral("Me (someone.else)"));

    for (const char *name : { "myWorkOverdue", "myWorkDueToday", "myWorkDueThisWeek", "myWorkAwaitingAck" }) {
        INFO(name);
        auto *table = fx.page.findChild<QTableView *>(QString::fromLatin1(name));
        REQUIRE(table);
        auto *model = qobject_cast<CaseTableModel *>(table->model());
        REQUIRE(model);
        CHECK(model->rowCount() > 0);
        uitest::checkModel(*model);
        auto *heading = fx.page.findChild<QLabel *>(QString::fromLatin1(name) + QStringLiteral("Heading"));
        REQUIRE(heading);
        CHECK(heading->text().contains(QStringLiteral("(%1)").arg(model->totalCount())));
    }
    // Friday 31/03/2017 is the week's last working day: the week ahead is the next one.
    CHECK(fx.page.weekAhead() == qMakePair(QDate(2017, 4, 3), QDate(2017, 4, 7)));
    CHECK(fx.page.findChild<QLabel *>(QStringLiteral("myWorkDueThisWeekHeading"))
              ->text()
              .startsWith(QStringLiteral("Due next week")));

    auto *today = fx.page.sectionModel(MyWorkPage::DueToday);
    for (int r = 0; r < today->rowCount(); ++r)
        CHECK(today->data(today->index(r, CaseTableModel::Clock)).toString() == QStringLiteral("Due today"));
    auto *overdue = fx.page.sectionModel(MyWorkPage::Overdue);
    for (int r = 0; r < std::min(overdue->rowCount(), 50); ++r)
        CHECK(overdue->rowAt(r)->overdue());

    // A midweek day: the rest of that week.
    fx.page.setAsOf(QDate(2017, 3, 29));
    CHECK(fx.page.weekAhead() == qMakePair(QDate(2017, 3, 30), QDate(2017, 3, 31)));
    CHECK(fx.page.findChild<QLabel *>(QStringLiteral("myWorkDueThisWeekHeading"))
              ->text()
              .startsWith(QStringLiteral("Due this week")));
}

TEST_CASE("switching officer changes the counts", "[ui][cases]")
{
    WorkFixture fx;
    auto *officer = fx.page.findChild<QComboBox *>(QStringLiteral("myWorkOfficer"));
    REQUIRE(officer->count() > 3);
    const int everyone = fx.total();
    officer->setCurrentIndex(2); // the first named officer
    const QString name = officer->currentData().toString();
    CHECK_FALSE(name.isEmpty());
    CHECK(fx.page.officer() == name);
    const int theirs = fx.total();
    CHECK(theirs > 0);
    CHECK(theirs < everyone);
    auto *model = fx.page.sectionModel(MyWorkPage::Overdue);
    for (int r = 0; r < model->rowCount(); ++r)
        CHECK(model->rowAt(r)->officer == name);
    officer->setCurrentIndex(0); // me: nothing
    CHECK(fx.total() == 0);
}

TEST_CASE("my work defaults to the user's own cases when they have some", "[ui][cases]")
{
    hubtest::TempDir dir;
    auto file = db::OfficeFile::open(uitest::demoCopy(dir)).value();
    MyWorkPage probe;
    probe.setOfficeFile(file.get());
    auto *officer = probe.findChild<QComboBox *>(QStringLiteral("myWorkOfficer"));
    const QString someone = officer->itemData(2).toString();
    file->setUser(someone);
    MyWorkPage page;
    page.setOfficeFile(file.get());
    CHECK(page.officer() == someone);
    CHECK(page.findChild<QComboBox *>(QStringLiteral("myWorkOfficer"))->currentText()
        == QStringLiteral("Me (%1)").arg(someone));
}

TEST_CASE("double-clicking a case in my work opens it", "[ui][cases]")
{
    WorkFixture fx;
    QStringList opened;
    QObject::connect(&fx.page, &MyWorkPage::openCase, [&](const QString &ref) { opened << ref; });
    auto *table = fx.page.findChild<QTableView *>(QStringLiteral("myWorkDueThisWeek"));
    REQUIRE(table);
    auto *model = qobject_cast<CaseTableModel *>(table->model());
    REQUIRE(model->rowCount() > 1);
    const QModelIndex index = model->index(1, CaseTableModel::Reference);
    const QPoint at = table->visualRect(index).center();
    const QPoint global = table->viewport()->mapToGlobal(at);
    for (QEvent::Type type : { QEvent::MouseButtonPress, QEvent::MouseButtonRelease, QEvent::MouseButtonDblClick,
             QEvent::MouseButtonRelease }) {
        QMouseEvent e(type, at, global, Qt::LeftButton,
            type == QEvent::MouseButtonRelease ? Qt::NoButton : Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(table->viewport(), &e);
    }
    CHECK(opened == QStringList { model->rowAt(1)->ref });
}

// Not part of the pass: grabs both screens to PNG for a look (run with "[.screens]").
TEST_CASE("case screens to PNG", "[.screens]")
{
    WorkFixture fx;
    fx.page.grab().save(QStringLiteral("/tmp/hubcase-my-work.png"));
}
