// "Why this date": day-by-day explanations, and service clocks that stop
// for paused intervals.
#include "test_support.h"

#include "core/calendar/working_calendar.h"

using namespace hub;

namespace
{

const auto d = hubtest::isoDate;

using hubtest::calendar;

QStringList texts(const QVector<ExplainedDay> &lines)
{
    QStringList out;
    for (const ExplainedDay &line : lines)
        out << line.text();
    return out;
}

DateRange pause(const char *first, const char *last, const char *why)
{
    return DateRange { d(first), last ? d(last) : QDate(), QString::fromUtf8(why) };
}

} // namespace

TEST_CASE("Explanation lists every day from the day after receipt to the due date", "[calendar]")
{
    const QVector<ExplainedDay> lines = calendar().explain(d("2026-11-21"), 5);
    REQUIRE(lines.size() == 6);
    CHECK(lines.first().date == d("2026-11-22"));
    CHECK_FALSE(lines.first().counted);
    CHECK(lines.first().dayNumber == 0);
    CHECK(lines.first().status.reason == QStringLiteral("Sunday"));
    CHECK(lines.last().date == d("2026-11-27"));
    CHECK(lines.last().counted);
    CHECK(lines.last().dayNumber == 5);
    CHECK(texts(lines)
        == QStringList {
            QStringLiteral("Sun 22/11/2026: not counted (Sunday)"),
            QStringLiteral("Mon 23/11/2026: working day 1"),
            QStringLiteral("Tue 24/11/2026: working day 2"),
            QStringLiteral("Wed 25/11/2026: working day 3"),
            QStringLiteral("Thu 26/11/2026: working day 4"),
            QStringLiteral("Fri 27/11/2026: working day 5"),
        });
    CHECK(calendar().explain(d("2026-11-21"), 0).isEmpty());
    CHECK(calendar().explain(d("2026-11-21"), -3).isEmpty());
    CHECK(calendar().explain(QDate(), 5).isEmpty());
}

TEST_CASE("Explanation names the bank holiday and where it came from", "[calendar]")
{
    CHECK(texts(calendar().explain(d("2026-12-23"), 3))
        == QStringList {
            QStringLiteral("Thu 24/12/2026: working day 1"),
            QStringLiteral("Fri 25/12/2026: not counted (Bank holiday: Christmas Day; source: GOV.UK list)"),
            QStringLiteral("Sat 26/12/2026: not counted (Saturday)"),
            QStringLiteral("Sun 27/12/2026: not counted (Sunday)"),
            QStringLiteral(
                "Mon 28/12/2026: not counted (Bank holiday: Boxing Day (substitute day); source: GOV.UK list)"),
            QStringLiteral("Tue 29/12/2026: working day 2"),
            QStringLiteral("Wed 30/12/2026: working day 3"),
        });

    const QVector<ExplainedDay> ruleYear = calendar().explain(d("2032-12-24"), 1);
    REQUIRE(ruleYear.size() == 5);
    CHECK(ruleYear.at(2).status.kind == DayKind::BankHoliday);
    CHECK(ruleYear.at(2).status.holidaySource == HolidaySource::Rule);
    CHECK(ruleYear.at(2).text()
        == QStringLiteral("Mon 27/12/2032: not counted (Bank holiday: Christmas Day (substitute day); source: rule)"));
    CHECK(ruleYear.last().date == d("2032-12-29"));
}

TEST_CASE("Explanation includes office closures", "[calendar]")
{
    const WorkingCalendar cal(calendar().bankHolidays(), { { d("2026-11-25"), QStringLiteral("staff training") } });
    const QVector<ExplainedDay> lines = cal.explain(d("2026-11-23"), 5);
    REQUIRE(lines.size() == 8);
    CHECK(lines.at(1).text() == QStringLiteral("Wed 25/11/2026: not counted (Office closed: staff training)"));
    CHECK(lines.at(1).status.kind == DayKind::OfficeClosed);
    CHECK(lines.last().date == cal.addWorkingDays(d("2026-11-23"), 5));
    CHECK(lines.last().dayNumber == 5);
}

TEST_CASE("Stopped clocks: paused days do not count", "[calendar]")
{
    const WorkingCalendar &cal = calendar();
    const QDate from = d("2026-11-23");

    SECTION("A pause in the middle of the count")
    {
        const QVector<DateRange> paused { pause("2026-11-25", "2026-11-26", "awaiting patient consent") };
        CHECK(cal.addWorkingDaysExcluding(from, 5, paused) == d("2026-12-02"));
        CHECK(cal.workingDaysBetweenExcluding(from, d("2026-12-02"), paused) == 5);
        CHECK(cal.workingDaysBetweenExcluding(d("2026-12-02"), from, paused) == -5);
        const QVector<ExplainedDay> lines = cal.explainExcluding(from, 5, paused);
        CHECK(texts(lines)
            == QStringList {
                QStringLiteral("Tue 24/11/2026: working day 1"),
                QStringLiteral("Wed 25/11/2026: not counted (Clock stopped: awaiting patient consent)"),
                QStringLiteral("Thu 26/11/2026: not counted (Clock stopped: awaiting patient consent)"),
                QStringLiteral("Fri 27/11/2026: working day 2"),
                QStringLiteral("Sat 28/11/2026: not counted (Saturday)"),
                QStringLiteral("Sun 29/11/2026: not counted (Sunday)"),
                QStringLiteral("Mon 30/11/2026: working day 3"),
                QStringLiteral("Tue 01/12/2026: working day 4"),
                QStringLiteral("Wed 02/12/2026: working day 5"),
            });
        CHECK(lines.at(1).status.kind == DayKind::ClockStopped);
    }
    SECTION("No pauses behaves like addWorkingDays")
    {
        CHECK(cal.addWorkingDaysExcluding(from, 5, {}) == cal.addWorkingDays(from, 5));
        CHECK(cal.explainExcluding(from, 5, {}).size() == cal.explain(from, 5).size());
        CHECK(cal.addWorkingDaysExcluding(from, 0, {}) == from);
        CHECK(cal.addWorkingDaysExcluding(from, -1, {}).isNull());
    }
    SECTION("Clock stopped wording wins over weekends inside the pause")
    {
        const QVector<DateRange> paused { pause("2026-11-27", "2026-11-30", "") };
        const QVector<ExplainedDay> lines = cal.explainExcluding(from, 5, paused);
        CHECK(lines.at(3).text() == QStringLiteral("Fri 27/11/2026: not counted (Clock stopped)"));
        CHECK(lines.at(4).status.reason == QStringLiteral("Clock stopped")); // Saturday
        CHECK(cal.addWorkingDaysExcluding(from, 5, paused) == d("2026-12-02"));
    }
    SECTION("Overlapping, adjacent and unsorted pauses")
    {
        const QVector<DateRange> paused {
            pause("2026-12-07", "2026-12-08", "second"),
            pause("2026-11-24", "2026-11-25", "first"),
            pause("2026-11-25", "2026-11-26", "overlaps first"),
            pause("2026-11-27", "2026-11-27", "adjacent"),
        };
        // Counted: 30 Nov, 1-4 Dec (5).
        CHECK(cal.addWorkingDaysExcluding(from, 5, paused) == d("2026-12-04"));
        // Counted: 30 Nov, 1-4 Dec, 9-10 Dec (7).
        CHECK(cal.addWorkingDaysExcluding(from, 7, paused) == d("2026-12-10"));
        const QVector<ExplainedDay> lines = cal.explainExcluding(from, 7, paused);
        CHECK(lines.at(1).status.reason == QStringLiteral("Clock stopped: first")); // first matching, in given order
        CHECK(lines.at(2).status.reason == QStringLiteral("Clock stopped: overlaps first"));
        CHECK(lines.last().dayNumber == 7);
    }
    SECTION("Pauses before receipt are ignored; one spanning receipt is clipped")
    {
        CHECK(cal.addWorkingDaysExcluding(from, 5, { pause("2026-11-01", "2026-11-20", "old") }) == d("2026-11-30"));
        CHECK(cal.addWorkingDaysExcluding(from, 5, { pause("2026-11-20", "2026-11-24", "spans receipt") })
            == d("2026-12-01"));
        CHECK(cal.workingDaysBetweenExcluding(from, d("2026-12-01"), { pause("2026-11-20", "2026-11-24", "x") }) == 5);
    }
    SECTION("Unusable ranges are ignored")
    {
        const QVector<DateRange> paused { pause("2026-11-26", "2026-11-25", "backwards"),
            DateRange { QDate(), d("2026-11-25"), QStringLiteral("no start") } };
        CHECK(cal.addWorkingDaysExcluding(from, 5, paused) == d("2026-11-30"));
    }
    SECTION("An open-ended pause means no due date yet")
    {
        const QVector<DateRange> paused { pause("2026-11-26", nullptr, "awaiting information") };
        CHECK(cal.addWorkingDaysExcluding(from, 5, paused).isNull());
        CHECK(cal.addWorkingDaysExcluding(from, 2, paused) == d("2026-11-25")); // finishes before the stop
        CHECK(cal.workingDaysBetweenExcluding(from, d("2026-12-31"), paused) == 2);
        const QVector<ExplainedDay> lines = cal.explainExcluding(from, 5, paused);
        REQUIRE(lines.size() == 3);
        CHECK(lines.last().date == d("2026-11-26"));
        CHECK(
            lines.last().text() == QStringLiteral("Thu 26/11/2026: not counted (Clock stopped: awaiting information)"));
    }
}
