// The office file's as-of day, not the machine clock, drives the defaults:
// the Calendar tab counts working days from it and the MoU register judges
// its key dates against it. The demo office is read as of 31/03/2017.
#include "ui_test_support.h"

#include "database/demo/demo_as_of.h"
#include "database/office_file.h"
#include "ui/calendar_letters/admin_page.h"
#include "ui/calendar_letters/calendar_tab.h"
#include "ui/main_window.h"
#include "ui/register/register_page.h"

#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

using namespace hub;
using namespace hub::ui;
using namespace Qt::StringLiterals;

namespace
{

QString keyDateStatus(QTableWidget *t, const QString &key)
{
    for (int r = 0; r < t->rowCount(); ++r) {
        if (t->item(r, 0)->data(Qt::UserRole).toString() == key)
            return t->item(r, 2)->text();
    }
    return u"(no row %1)"_s.arg(key);
}

} // namespace

TEST_CASE("the Calendar tab counts working days from the file's as-of day", "[ui][admin][asof]")
{
    hubtest::TempDir dir;
    auto window = uitest::openWindow(uitest::demoCopy(dir));
    REQUIRE(db::demoAsOf(*window->officeFile()) == hubtest::isoDate("2017-03-31"));
    window->showPage(MainWindow::AdminPageId);
    auto *from = window->findChild<QDateEdit *>(u"workingDaysFrom"_s);
    REQUIRE(from);
    CHECK(from->date() == hubtest::isoDate("2017-03-31"));
    CHECK(window->findChild<QSpinBox *>(u"calendarYear"_s)->value() == 2017);
    window->findChild<QSpinBox *>(u"calendarYear"_s)->setValue(2020);
    window->findChild<QPushButton *>(u"calendarThisYear"_s)->click();
    CHECK(window->findChild<QSpinBox *>(u"calendarYear"_s)->value() == 2017); // the as-of day's year

    // A file that is not a demo counts from today.
    const QString plain = dir.path(u"plain.hubcase"_s);
    REQUIRE(db::OfficeFile::create(plain).ok());
    auto other = uitest::openWindow(plain);
    CHECK(other->findChild<QDateEdit *>(u"workingDaysFrom"_s)->date() == QDate::currentDate());
}

TEST_CASE("the MoU register judges key dates against the file's as-of day", "[ui][register][asof]")
{
    hubtest::TempDir dir;
    auto window = uitest::openWindow(uitest::demoCopy(dir));
    window->showPage(MainWindow::RegisterPageId);
    RegisterPage *page = window->registerPage();
    page->selectAgreement(u"west-midlands-hub"_s);
    auto *dates = window->findChild<QTableWidget *>(u"keyDatesTable"_s);
    REQUIRE(dates);
    // The Hub's MoU runs to 31/03/2017: on the demo's as-of day that is today, not "passed".
    CHECK(keyDateStatus(dates, u"period-end"_s) == u"today"_s);
    CHECK(keyDateStatus(dates, u"service-start"_s) == u"passed"_s);
}
