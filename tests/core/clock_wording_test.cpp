// Issue 10, item 4: one function words a clock for every screen, counting
// working days by the office's calendar (bank holidays and closures skipped),
// never calendar days.
#include "test_support.h"

#include "core/calendar/working_calendar.h"
#include "core/cases/clock_wording.h"

using namespace hub;

namespace
{

const auto d = hubtest::isoDate;
using hubtest::calendar;

} // namespace

TEST_CASE("Clock wording counts working days and says so", "[core][cases][wording]")
{
    const WorkingCalendar &cal = calendar();
    // Thursday 24/03/2016 to Tuesday 29/03/2016: Good Friday and Easter Monday are not counted.
    CHECK(clockStateText(ClockState::DueSoon, d("2016-03-29"), d("2016-03-24"), cal)
        == QStringLiteral("Due in 1 working day"));
    CHECK(clockStateText(ClockState::Running, d("2016-04-06"), d("2016-03-24"), cal)
        == QStringLiteral("Due in 7 working days"));
    CHECK(clockStateText(ClockState::DueToday, d("2016-03-24"), d("2016-03-24"), cal) == QStringLiteral("Due today"));
    // Due Thursday 24/03/2016, read on Tuesday 29/03/2016: 1 working day late, not 5 calendar days.
    CHECK(clockStateText(ClockState::Breached, d("2016-03-24"), d("2016-03-29"), cal)
        == QStringLiteral("Overdue by 1 working day"));
    CHECK(clockStateText(ClockState::Breached, d("2016-03-01"), d("2016-03-04"), cal)
        == QStringLiteral("Overdue by 3 working days"));
    // The Saturday after a Friday due day: late, with no working day passed yet.
    CHECK(clockStateText(ClockState::Breached, d("2016-03-04"), d("2016-03-05"), cal)
        == QStringLiteral("Overdue (was due Fri 04/03/2016)"));
    CHECK(clockStateText(ClockState::Paused, QDate(), d("2016-03-05"), cal) == QStringLiteral("Paused"));
    CHECK(clockStateText(ClockState::MetLate, d("2016-03-04"), d("2016-03-05"), cal) == QStringLiteral("Met late"));
    CHECK(clockStateText(ClockState::NotApplicable, QDate(), d("2016-03-05"), cal) == QStringLiteral("\u2014"));
}

TEST_CASE("Clock wording skips the office's closure days", "[core][cases][wording]")
{
    // Wednesday 02/03/2016 closed: due Friday 04/03/2016 read on Tuesday 01/03/2016 is 2 working days away.
    auto cal = WorkingCalendar::englandAndWales({ OfficeClosure { d("2016-03-02"), QStringLiteral("Office move") } });
    REQUIRE(cal.ok());
    CHECK(clockStateText(ClockState::DueSoon, d("2016-03-04"), d("2016-03-01"), cal.value())
        == QStringLiteral("Due in 2 working days"));
    CHECK(clockStateText(ClockState::DueSoon, d("2016-03-04"), d("2016-03-01"), calendar())
        == QStringLiteral("Due in 3 working days"));
    CHECK(deadlineText(d("2016-03-04")) == QStringLiteral("Fri 04/03/2016"));
}
