// WorkingCalendar: which days count, and due-date arithmetic over weekends,
// bank holidays (listed and rule-made), one-offs, leap years and closures.
#include "test_support.h"

#include "core/calendar/working_calendar.h"

using namespace hub;

namespace
{

const auto d = hubtest::isoDate;

using hubtest::calendar;

QString reason(const char *iso)
{
    return calendar().reasonNotWorking(d(iso));
}

} // namespace

TEST_CASE("Receipt day is not counted (the brief's examples)", "[calendar]")
{
    const WorkingCalendar &cal = calendar();
    CHECK(cal.addWorkingDays(d("2026-11-21"), 5) == d("2026-11-27")); // Saturday -> Friday
    CHECK(cal.addWorkingDays(d("2026-11-23"), 5) == d("2026-11-30")); // Monday -> Monday
    CHECK(cal.addWorkingDays(d("2026-11-23"), 1) == d("2026-11-24"));
    CHECK(cal.addWorkingDays(d("2026-11-22"), 1) == d("2026-11-23")); // Sunday -> Monday is day 1
    CHECK(cal.addWorkingDays(d("2026-11-23"), 0) == d("2026-11-23"));
    CHECK(cal.addWorkingDays(d("2026-11-21"), 20) == d("2026-12-18"));
    CHECK(cal.workingDaysBetween(d("2026-11-21"), d("2026-11-27")) == 5);
    CHECK(cal.workingDaysBetween(d("2026-11-23"), d("2026-11-30")) == 5);
    CHECK(cal.workingDaysBetween(d("2026-11-23"), d("2026-11-23")) == 0);
    CHECK(cal.workingDaysBetween(d("2026-11-27"), d("2026-11-29")) == 0); // Fri -> Sun
    CHECK(cal.workingDaysBetween(d("2026-11-30"), d("2026-11-23")) == -5);
}

TEST_CASE("Weekends and null dates", "[calendar]")
{
    CHECK(reason("2026-11-21") == QStringLiteral("Saturday"));
    CHECK(reason("2026-11-22") == QStringLiteral("Sunday"));
    CHECK(reason("2026-11-23").isEmpty());
    CHECK(calendar().status(d("2026-11-21")).kind == DayKind::Weekend);
    CHECK(calendar().isWorkingDay(d("2026-11-23")));
    CHECK_FALSE(calendar().isWorkingDay(QDate()));
    CHECK(calendar().addWorkingDays(QDate(), 5).isNull());
    CHECK(calendar().workingDaysBetween(QDate(), d("2026-11-23")) == 0);
}

TEST_CASE("Negative counts run backwards as the exact inverse", "[calendar]")
{
    const WorkingCalendar &cal = calendar();
    CHECK(cal.addWorkingDays(d("2026-11-30"), -1) == d("2026-11-27")); // Mon -> previous Fri
    CHECK(cal.addWorkingDays(d("2026-11-30"), -5) == d("2026-11-23"));
    // From a non-working day the start day itself has no working day to
    // give back: Friday is 0 working days before Saturday, Thursday is 1.
    CHECK(cal.workingDaysBetween(d("2026-11-27"), d("2026-11-28")) == 0);
    CHECK(cal.addWorkingDays(d("2026-11-28"), -1) == d("2026-11-26"));
    CHECK(cal.workingDaysBetween(d("2026-11-28"), d("2026-11-26")) == -1);
    // Over Easter 2026 (Good Friday 3 April, Easter Monday 6 April).
    CHECK(cal.addWorkingDays(d("2026-04-07"), -1) == d("2026-04-02"));
}

TEST_CASE("Easter: Good Friday and Easter Monday both skipped", "[calendar]")
{
    const WorkingCalendar &cal = calendar();
    CHECK(reason("2026-04-03") == QStringLiteral("Bank holiday: Good Friday"));
    CHECK(reason("2026-04-06") == QStringLiteral("Bank holiday: Easter Monday"));
    CHECK(cal.addWorkingDays(d("2026-04-02"), 1) == d("2026-04-07"));
    CHECK(cal.addWorkingDays(d("2026-04-02"), 5) == d("2026-04-13"));
    CHECK(cal.workingDaysBetween(d("2026-04-02"), d("2026-04-07")) == 1);
    // Easter 2024 straddles March/April: Good Friday 29 March, Easter Monday 1 April.
    CHECK(cal.addWorkingDays(d("2024-03-28"), 1) == d("2024-04-02"));
    // Easter inside a 20-day FOI deadline costs two days.
    CHECK(cal.addWorkingDays(d("2025-04-01"), 20) == d("2025-05-01"));
    CHECK(cal.workingDaysBetween(d("2025-04-01"), d("2025-05-01")) == 20);
}

TEST_CASE("Christmas and New Year substitute days", "[calendar]")
{
    const WorkingCalendar &cal = calendar();
    SECTION("2015: Christmas Friday, Boxing Day substitute Monday 28th")
    {
        CHECK(reason("2015-12-25") == QStringLiteral("Bank holiday: Christmas Day"));
        CHECK(reason("2015-12-26") == QStringLiteral("Saturday"));
        CHECK(reason("2015-12-28") == QStringLiteral("Bank holiday: Boxing Day (substitute day)"));
        CHECK(cal.isWorkingDay(d("2015-12-29")));
        CHECK(cal.addWorkingDays(d("2015-12-24"), 1) == d("2015-12-29"));
    }
    SECTION("2016: Boxing Day Monday 26th, Christmas substitute Tuesday 27th; 2017-01-02")
    {
        CHECK(reason("2016-12-25") == QStringLiteral("Sunday"));
        CHECK(reason("2016-12-26") == QStringLiteral("Bank holiday: Boxing Day"));
        CHECK(reason("2016-12-27") == QStringLiteral("Bank holiday: Christmas Day (substitute day)"));
        CHECK(reason("2017-01-02") == QStringLiteral("Bank holiday: New Year\u2019s Day (substitute day)"));
        CHECK(cal.addWorkingDays(d("2016-12-23"), 1) == d("2016-12-28"));
    }
    SECTION("2021: both substitutes, then New Year substitute across the year end")
    {
        CHECK(reason("2021-12-27") == QStringLiteral("Bank holiday: Christmas Day (substitute day)"));
        CHECK(reason("2021-12-28") == QStringLiteral("Bank holiday: Boxing Day (substitute day)"));
        CHECK(reason("2022-01-03") == QStringLiteral("Bank holiday: New Year\u2019s Day (substitute day)"));
        CHECK(cal.addWorkingDays(d("2021-12-24"), 5) == d("2022-01-05"));
        CHECK(cal.workingDaysBetween(d("2021-12-24"), d("2022-01-05")) == 5);
    }
    SECTION("2022: Boxing Day Monday, Christmas substitute Tuesday; 2023-01-02")
    {
        CHECK(reason("2022-12-26") == QStringLiteral("Bank holiday: Boxing Day"));
        CHECK(reason("2022-12-27") == QStringLiteral("Bank holiday: Christmas Day (substitute day)"));
        CHECK(reason("2023-01-02") == QStringLiteral("Bank holiday: New Year\u2019s Day (substitute day)"));
    }
    SECTION("2027 from the list; 2032 and 2033 from the rules")
    {
        CHECK(reason("2027-12-27") == QStringLiteral("Bank holiday: Christmas Day (substitute day)"));
        CHECK(reason("2027-12-28") == QStringLiteral("Bank holiday: Boxing Day (substitute day)"));
        CHECK(reason("2028-01-03") == QStringLiteral("Bank holiday: New Year\u2019s Day (substitute day)"));
        CHECK(cal.status(d("2027-12-27")).holidaySource == HolidaySource::GovUkList);

        CHECK(reason("2032-12-27") == QStringLiteral("Bank holiday: Christmas Day (substitute day)"));
        CHECK(reason("2032-12-28") == QStringLiteral("Bank holiday: Boxing Day (substitute day)"));
        CHECK(reason("2033-01-03") == QStringLiteral("Bank holiday: New Year\u2019s Day (substitute day)"));
        CHECK(reason("2033-12-26") == QStringLiteral("Bank holiday: Boxing Day"));
        CHECK(reason("2033-12-27") == QStringLiteral("Bank holiday: Christmas Day (substitute day)"));
        CHECK(cal.status(d("2032-12-27")).holidaySource == HolidaySource::Rule);
        CHECK(cal.addWorkingDays(d("2032-12-24"), 1) == d("2032-12-29"));
        CHECK(cal.addWorkingDays(d("2032-12-31"), 1) == d("2033-01-04"));
    }
}

TEST_CASE("One-off bank holidays from the GOV.UK list", "[calendar]")
{
    const WorkingCalendar &cal = calendar();
    SECTION("2012 Diamond Jubilee: Spring moved to 4 June, extra day 5 June")
    {
        CHECK(reason("2012-06-04") == QStringLiteral("Bank holiday: Spring bank holiday (substitute day)"));
        CHECK(
            reason("2012-06-05") == QStringLiteral("Bank holiday: Queen\u2019s Diamond Jubilee (extra bank holiday)"));
        CHECK(cal.isWorkingDay(d("2012-05-28"))); // the usual last Monday of May was worked
        CHECK(cal.addWorkingDays(d("2012-06-01"), 1) == d("2012-06-06"));
    }
    SECTION("2020 VE Day: Early May moved to Friday 8 May")
    {
        CHECK(reason("2020-05-08") == QStringLiteral("Bank holiday: Early May bank holiday (VE day)"));
        CHECK(cal.isWorkingDay(d("2020-05-04")));
        CHECK(cal.addWorkingDays(d("2020-05-01"), 5) == d("2020-05-11"));
    }
    SECTION("2022 Platinum Jubilee and the State Funeral")
    {
        CHECK(reason("2022-06-02") == QStringLiteral("Bank holiday: Spring bank holiday"));
        CHECK(reason("2022-06-03") == QStringLiteral("Bank holiday: Platinum Jubilee bank holiday"));
        CHECK(cal.isWorkingDay(d("2022-05-30")));
        CHECK(reason("2022-09-19")
            == QStringLiteral("Bank holiday: Bank Holiday for the State Funeral of Queen Elizabeth II"));
        CHECK(cal.addWorkingDays(d("2022-06-01"), 1) == d("2022-06-06"));
        CHECK(cal.addWorkingDays(d("2022-09-16"), 1) == d("2022-09-20"));
    }
    SECTION("2023 Coronation")
    {
        CHECK(reason("2023-05-08")
            == QStringLiteral("Bank holiday: Bank holiday for the coronation of King Charles III"));
        CHECK(cal.workingDaysBetween(d("2023-04-28"), d("2023-05-12")) == 8); // 1 May and 8 May both off
    }
}

TEST_CASE("Leap years and year boundaries", "[calendar]")
{
    const WorkingCalendar &cal = calendar();
    CHECK(cal.isWorkingDay(d("2016-02-29")));
    CHECK(cal.isWorkingDay(d("2024-02-29")));
    CHECK(cal.addWorkingDays(d("2024-02-28"), 1) == d("2024-02-29"));
    CHECK(cal.addWorkingDays(d("2016-02-26"), 1) == d("2016-02-29"));
    CHECK(cal.workingDaysBetween(d("2024-02-01"), d("2024-03-01")) == 21);
    CHECK(cal.workingDaysBetween(d("2023-02-01"), d("2023-03-01")) == 20);

    // 2100 is not a leap year (divisible by 100, not by 400); it is also
    // outside the cached years, so this exercises the day-by-day path.
    CHECK_FALSE(QDate::isLeapYear(2100));
    CHECK_FALSE(QDate(2100, 2, 29).isValid());
    CHECK(cal.addWorkingDays(d("2100-02-26"), 1) == d("2100-03-01"));
    CHECK(cal.workingDaysBetween(d("2100-02-26"), d("2100-03-01")) == 1);

    CHECK(cal.addWorkingDays(d("2025-12-31"), 1) == d("2026-01-02"));
    CHECK(cal.workingDaysBetween(d("2025-12-24"), d("2026-01-02")) == 4);
    CHECK(cal.addWorkingDays(d("2028-12-29"), 1) == d("2029-01-02")); // list year into rule year
    CHECK(cal.addWorkingDays(d("2011-12-30"), 1) == d("2012-01-03")); // rule year into list year
}

TEST_CASE("Rule years either side of the list", "[calendar]")
{
    const WorkingCalendar &cal = calendar();
    CHECK(cal.addWorkingDays(d("2010-12-24"), 1) == d("2010-12-29"));
    CHECK(reason("2010-12-27") == QStringLiteral("Bank holiday: Christmas Day (substitute day)"));
    CHECK(cal.status(d("2010-12-27")).holidaySource == HolidaySource::Rule);

    CHECK(reason("2011-04-22") == QStringLiteral("Bank holiday: Good Friday"));
    CHECK(reason("2011-04-25") == QStringLiteral("Bank holiday: Easter Monday"));
    // Known limitation: the 2011 Royal Wedding bank holiday (Friday 29
    // April) was proclaimed for that year only; rules do not produce it.
    CHECK(cal.isWorkingDay(d("2011-04-29")));

    CHECK(cal.addWorkingDays(d("2029-12-24"), 1) == d("2029-12-27"));
    CHECK(reason("2029-03-30") == QStringLiteral("Bank holiday: Good Friday"));
    CHECK(cal.addWorkingDays(d("2030-04-18"), 1) == d("2030-04-23"));
    CHECK(reason("2030-05-06") == QStringLiteral("Bank holiday: Early May bank holiday"));
    CHECK(reason("2030-08-26") == QStringLiteral("Bank holiday: Summer bank holiday"));
}

TEST_CASE("Office closures", "[calendar]")
{
    auto bank = BankHolidayCalendar::englandAndWales();
    REQUIRE(bank.ok());
    const WorkingCalendar cal(bank.value(),
        {
            { d("2026-11-25"), QStringLiteral("staff training") },
            { d("2026-11-25"), QStringLiteral("ignored duplicate") },
            { d("2026-11-28"), QStringLiteral("on a Saturday") },
            { d("2026-12-25"), QStringLiteral("Christmas shutdown") },
            { d("2026-12-24"), QStringLiteral("Christmas shutdown") },
            { d("2026-12-31"), QString() },
            { d("2095-06-01"), QStringLiteral("beyond the cached years") },
            { QDate(), QStringLiteral("no date: ignored") },
        });
    CHECK(cal.reasonNotWorking(d("2026-11-25")) == QStringLiteral("Office closed: staff training"));
    CHECK(cal.status(d("2026-11-25")).kind == DayKind::OfficeClosed);
    CHECK(cal.addWorkingDays(d("2026-11-23"), 5) == d("2026-12-01"));
    CHECK(cal.workingDaysBetween(d("2026-11-23"), d("2026-12-01")) == 5);
    // Weekend and bank holiday wording win over a closure on the same day.
    CHECK(cal.reasonNotWorking(d("2026-11-28")) == QStringLiteral("Saturday"));
    CHECK(cal.reasonNotWorking(d("2026-12-25")) == QStringLiteral("Bank holiday: Christmas Day"));
    CHECK(cal.reasonNotWorking(d("2026-12-24")) == QStringLiteral("Office closed: Christmas shutdown"));
    CHECK(cal.reasonNotWorking(d("2026-12-31")) == QStringLiteral("Office closed"));
    CHECK_FALSE(cal.isWorkingDay(d("2095-06-01")));
    CHECK(cal.addWorkingDays(d("2095-05-31"), 1) == d("2095-06-02"));
    CHECK(cal.officeClosures().size() == 8);

    // The shared calendar without closures is unaffected.
    CHECK(calendar().isWorkingDay(d("2026-11-25")));
}
