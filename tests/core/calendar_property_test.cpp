// Properties over many random (seeded, so repeatable) inputs: the count is
// the inverse of the date arithmetic, and the fast cached path agrees with a
// plain day-by-day reference everywhere, including outside the cached years.
#include "test_support.h"

#include "core/calendar/working_calendar.h"

#include <random>

using namespace hub;

namespace
{

using hubtest::calendar;

QDate randomDate(std::mt19937 &rng, int firstYear, int lastYear)
{
    const qint64 lo = QDate(firstYear, 1, 1).toJulianDay();
    const qint64 hi = QDate(lastYear, 12, 31).toJulianDay();
    return QDate::fromJulianDay(std::uniform_int_distribution<qint64>(lo, hi)(rng));
}

// Deliberately naive: one day at a time, asking only status().
QDate referenceAdd(const WorkingCalendar &cal, QDate from, int n)
{
    while (n > 0) {
        from = from.addDays(1);
        if (cal.status(from).isWorking())
            --n;
    }
    return from;
}

} // namespace

TEST_CASE("workingDaysBetween inverts addWorkingDays", "[calendar]")
{
    const WorkingCalendar &cal = calendar();
    std::mt19937 rng(20261121);
    std::uniform_int_distribution<int> count(-60, 260);
    for (int i = 0; i < 5000; ++i) {
        const QDate from = randomDate(rng, 2005, 2040);
        const int n = count(rng);
        const QDate due = cal.addWorkingDays(from, n);
        INFO("from " << from.toString(Qt::ISODate).toStdString() << " n " << n);
        REQUIRE(cal.workingDaysBetween(from, due) == n);
        if (n != 0)
            REQUIRE(cal.isWorkingDay(due));
        if (n > 0) {
            REQUIRE(due > from);
            REQUIRE(cal.addWorkingDays(from, n - 1) < due); // the earliest date with that count
            REQUIRE(due == referenceAdd(cal, from, n));
        }
        // Additive: splitting a span anywhere gives the same total.
        const QDate mid = randomDate(rng, 2005, 2040);
        REQUIRE(cal.workingDaysBetween(from, mid) + cal.workingDaysBetween(mid, due) == n);
    }
}

TEST_CASE("The cached path agrees with the day-by-day path", "[calendar]")
{
    const WorkingCalendar &full = calendar();
    // Same data, a one-year cache and no cache at all.
    const WorkingCalendar narrow(full.bankHolidays(), {}, 2026, 2026);
    const WorkingCalendar none(full.bankHolidays(), {}, 1, 0);
    std::mt19937 rng(1978);
    std::uniform_int_distribution<int> count(-30, 120);
    for (int i = 0; i < 3000; ++i) {
        // Spans the edges of every cache: 1990 and 2080 (default), 2026 (narrow).
        const int era = i % 3;
        const QDate from = era == 0 ? randomDate(rng, 1985, 1992)
            : era == 1              ? randomDate(rng, 2025, 2027)
                                    : randomDate(rng, 2078, 2085);
        const QDate other = randomDate(rng, from.year() - 1, from.year() + 1);
        const int n = count(rng);
        INFO("from " << from.toString(Qt::ISODate).toStdString() << " n " << n);
        const QDate expected = none.addWorkingDays(from, n);
        REQUIRE(full.addWorkingDays(from, n) == expected);
        REQUIRE(narrow.addWorkingDays(from, n) == expected);
        REQUIRE(none.workingDaysBetween(from, expected) == n);
        const int between = none.workingDaysBetween(from, other);
        REQUIRE(full.workingDaysBetween(from, other) == between);
        REQUIRE(narrow.workingDaysBetween(from, other) == between);
        REQUIRE(full.isWorkingDay(from) == none.isWorkingDay(from));
    }
}

TEST_CASE("Stopped-clock arithmetic is consistent with its explanation", "[calendar]")
{
    const WorkingCalendar &cal = calendar();
    std::mt19937 rng(9);
    std::uniform_int_distribution<int> count(1, 40);
    std::uniform_int_distribution<int> offset(-10, 60);
    std::uniform_int_distribution<int> length(0, 20);
    std::uniform_int_distribution<int> howMany(0, 3);
    for (int i = 0; i < 1500; ++i) {
        const QDate from = randomDate(rng, 2010, 2035);
        const int n = count(rng);
        QVector<DateRange> paused;
        for (int p = howMany(rng); p > 0; --p) {
            const QDate first = from.addDays(offset(rng));
            paused.append(DateRange { first, first.addDays(length(rng)), QStringLiteral("pause %1").arg(p) });
        }
        INFO("from " << from.toString(Qt::ISODate).toStdString() << " n " << n << " pauses " << paused.size());
        const QDate due = cal.addWorkingDaysExcluding(from, n, paused);
        REQUIRE(due.isValid());
        REQUIRE(cal.workingDaysBetweenExcluding(from, due, paused) == n);
        REQUIRE(due >= cal.addWorkingDays(from, n));

        const QVector<ExplainedDay> lines = cal.explainExcluding(from, n, paused);
        REQUIRE(lines.size() == from.daysTo(due));
        REQUIRE(lines.last().date == due);
        REQUIRE(lines.last().counted);
        REQUIRE(lines.last().dayNumber == n);
        int counted = 0;
        for (const ExplainedDay &line : lines) {
            const bool inPause = std::any_of(
                paused.cbegin(), paused.cend(), [&](const DateRange &r) { return r.contains(line.date); });
            REQUIRE(line.counted == (!inPause && cal.isWorkingDay(line.date)));
            if (line.counted)
                REQUIRE(line.dayNumber == ++counted);
            else
                REQUIRE_FALSE(line.status.reason.isEmpty());
        }
    }
}
