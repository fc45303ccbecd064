// Bank holiday rules: Easter, substitute days, and proof that the rules
// reproduce every GOV.UK year apart from the proclaimed one-offs.
#include "test_support.h"

#include "core/calendar/bank_holiday_rules.h"
#include "core/calendar/govuk_bank_holidays.h"

#include <QMap>
#include <QSet>

using namespace hub;

namespace
{

const auto d = hubtest::isoDate;

// "2015-12-28 Boxing Day (Substitute day)": compact, and a failing CHECK
// shows exactly which holiday differs.
QString key(const BankHoliday &h)
{
    QString s = h.date.toString(Qt::ISODate) + QLatin1Char(' ') + h.title;
    if (!h.notes.isEmpty())
        s += QStringLiteral(" (%1)").arg(h.notes);
    return s;
}

QStringList keys(const QVector<BankHoliday> &holidays)
{
    QStringList out;
    for (const BankHoliday &h : holidays)
        out << key(h);
    return out;
}

QStringList ruleKeys(int year)
{
    return keys(ruleBankHolidays(year));
}

const QString kNewYear = QStringLiteral("New Year\u2019s Day");

} // namespace

TEST_CASE("Easter Sunday follows the Gregorian Computus", "[calendar]")
{
    CHECK(easterSunday(1818) == d("1818-03-22")); // earliest possible
    CHECK(easterSunday(2285) == d("2285-03-22"));
    CHECK(easterSunday(2038) == d("2038-04-25")); // latest possible
    CHECK(easterSunday(1961) == d("1961-04-02"));
    CHECK(easterSunday(2000) == d("2000-04-23"));
    CHECK(easterSunday(2008) == d("2008-03-23"));
    CHECK(easterSunday(2011) == d("2011-04-24"));
    CHECK(easterSunday(2019) == d("2019-04-21"));
    CHECK(easterSunday(2024) == d("2024-03-31"));
    CHECK(easterSunday(2025) == d("2025-04-20"));
    CHECK(easterSunday(2100) == d("2100-03-28"));
    for (int year = 1583; year <= 4000; ++year) {
        const QDate easter = easterSunday(year);
        REQUIRE(easter.isValid());
        REQUIRE(easter.dayOfWeek() == Qt::Sunday);
        REQUIRE(easter >= QDate(year, 3, 22));
        REQUIRE(easter <= QDate(year, 4, 25));
    }
}

TEST_CASE("Rules reproduce the GOV.UK list except the proclaimed one-offs", "[calendar]")
{
    auto listed = loadGovUkBankHolidays(shippedBankHolidaysPath());
    REQUIRE(listed.ok());
    QMap<int, QVector<BankHoliday>> byYear;
    for (const BankHoliday &h : listed.value())
        byYear[h.date.year()].append(h);
    REQUIRE(byYear.firstKey() == 2012);
    REQUIRE(byYear.lastKey() == 2028);

    // Everything the rules cannot know: listed-only and rule-only entries.
    struct Known {
        QStringList onlyListed;
        QStringList onlyRules;
    };
    const QMap<int, Known> known {
        { 2012,
            { { QStringLiteral("2012-06-04 Spring bank holiday (Substitute day)"),
                  QStringLiteral("2012-06-05 Queen\u2019s Diamond Jubilee (Extra bank holiday)") },
                { QStringLiteral("2012-05-28 Spring bank holiday") } } },
        { 2020,
            { { QStringLiteral("2020-05-08 Early May bank holiday (VE day)") },
                { QStringLiteral("2020-05-04 Early May bank holiday") } } },
        { 2022,
            { { QStringLiteral("2022-06-02 Spring bank holiday"),
                  QStringLiteral("2022-06-03 Platinum Jubilee bank holiday"),
                  QStringLiteral("2022-09-19 Bank Holiday for the State Funeral of Queen Elizabeth II") },
                { QStringLiteral("2022-05-30 Spring bank holiday") } } },
        { 2023, { { QStringLiteral("2023-05-08 Bank holiday for the coronation of King Charles III") }, {} } },
    };

    for (int year = 2012; year <= 2028; ++year) {
        INFO("year " << year);
        const QStringList fromList = keys(byYear.value(year));
        const QStringList fromRules = ruleKeys(year);
        QStringList onlyListed;
        QStringList onlyRules;
        for (const QString &k : fromList) {
            if (!fromRules.contains(k))
                onlyListed << k;
        }
        for (const QString &k : fromRules) {
            if (!fromList.contains(k))
                onlyRules << k;
        }
        INFO("only listed: " << onlyListed.join(QStringLiteral("; ")).toStdString());
        INFO("only by rule: " << onlyRules.join(QStringLiteral("; ")).toStdString());
        CHECK(onlyListed == known.value(year).onlyListed);
        CHECK(onlyRules == known.value(year).onlyRules);
    }
}

TEST_CASE("Rule years outside the GOV.UK list", "[calendar]")
{
    SECTION("2010: Christmas on Saturday moves both days to 27 and 28")
    {
        CHECK(ruleKeys(2010)
            == QStringList {
                QStringLiteral("2010-01-01 ") + kNewYear,
                QStringLiteral("2010-04-02 Good Friday"),
                QStringLiteral("2010-04-05 Easter Monday"),
                QStringLiteral("2010-05-03 Early May bank holiday"),
                QStringLiteral("2010-05-31 Spring bank holiday"),
                QStringLiteral("2010-08-30 Summer bank holiday"),
                QStringLiteral("2010-12-27 Christmas Day (Substitute day)"),
                QStringLiteral("2010-12-28 Boxing Day (Substitute day)"),
            });
    }
    SECTION("2011: Christmas on Sunday; the Royal Wedding is not a rule")
    {
        CHECK(ruleKeys(2011)
            == QStringList {
                QStringLiteral("2011-01-03 ") + kNewYear + QStringLiteral(" (Substitute day)"),
                QStringLiteral("2011-04-22 Good Friday"),
                QStringLiteral("2011-04-25 Easter Monday"),
                QStringLiteral("2011-05-02 Early May bank holiday"),
                QStringLiteral("2011-05-30 Spring bank holiday"),
                QStringLiteral("2011-08-29 Summer bank holiday"),
                QStringLiteral("2011-12-26 Boxing Day"),
                QStringLiteral("2011-12-27 Christmas Day (Substitute day)"),
            });
        // Known limitation: 29 April 2011 (Royal Wedding) was a one-off
        // proclamation; rules cannot produce it and the list starts in 2012.
        for (const BankHoliday &h : ruleBankHolidays(2011))
            CHECK(h.date != d("2011-04-29"));
    }
    SECTION("2029 and 2030")
    {
        CHECK(ruleKeys(2029)
            == QStringList {
                QStringLiteral("2029-01-01 ") + kNewYear,
                QStringLiteral("2029-03-30 Good Friday"),
                QStringLiteral("2029-04-02 Easter Monday"),
                QStringLiteral("2029-05-07 Early May bank holiday"),
                QStringLiteral("2029-05-28 Spring bank holiday"),
                QStringLiteral("2029-08-27 Summer bank holiday"),
                QStringLiteral("2029-12-25 Christmas Day"),
                QStringLiteral("2029-12-26 Boxing Day"),
            });
        CHECK(ruleKeys(2030)
            == QStringList {
                QStringLiteral("2030-01-01 ") + kNewYear,
                QStringLiteral("2030-04-19 Good Friday"),
                QStringLiteral("2030-04-22 Easter Monday"),
                QStringLiteral("2030-05-06 Early May bank holiday"),
                QStringLiteral("2030-05-27 Spring bank holiday"),
                QStringLiteral("2030-08-26 Summer bank holiday"),
                QStringLiteral("2030-12-25 Christmas Day"),
                QStringLiteral("2030-12-26 Boxing Day"),
            });
    }
    SECTION("2032 Christmas on Saturday, 2033 New Year on Saturday and Christmas on Sunday")
    {
        const QStringList y2032 = ruleKeys(2032);
        CHECK(y2032.contains(QStringLiteral("2032-03-26 Good Friday")));
        CHECK(y2032.contains(QStringLiteral("2032-03-29 Easter Monday")));
        CHECK(y2032.contains(QStringLiteral("2032-12-27 Christmas Day (Substitute day)")));
        CHECK(y2032.contains(QStringLiteral("2032-12-28 Boxing Day (Substitute day)")));
        CHECK(ruleKeys(2033)
            == QStringList {
                QStringLiteral("2033-01-03 ") + kNewYear + QStringLiteral(" (Substitute day)"),
                QStringLiteral("2033-04-15 Good Friday"),
                QStringLiteral("2033-04-18 Easter Monday"),
                QStringLiteral("2033-05-02 Early May bank holiday"),
                QStringLiteral("2033-05-30 Spring bank holiday"),
                QStringLiteral("2033-08-29 Summer bank holiday"),
                QStringLiteral("2033-12-26 Boxing Day"),
                QStringLiteral("2033-12-27 Christmas Day (Substitute day)"),
            });
    }
    SECTION("Rule holidays say where they came from")
    {
        for (const BankHoliday &h : ruleBankHolidays(2030)) {
            CHECK(h.source == HolidaySource::Rule);
            CHECK(h.sourceLabel() == QStringLiteral("rule"));
        }
    }
}

TEST_CASE("Rules give eight distinct weekday holidays every year", "[calendar]")
{
    for (int year = 1978; year <= 2300; ++year) {
        INFO("year " << year);
        const QVector<BankHoliday> holidays = ruleBankHolidays(year);
        REQUIRE(holidays.size() == 8);
        QSet<qint64> days;
        for (qsizetype i = 0; i < holidays.size(); ++i) {
            const QDate date = holidays.at(i).date;
            REQUIRE(date.year() == year);
            REQUIRE(date.dayOfWeek() <= Qt::Friday);
            if (i > 0)
                REQUIRE(holidays.at(i - 1).date < date);
            days.insert(date.toJulianDay());
        }
        REQUIRE(days.size() == 8);
    }
    CHECK(ruleBankHolidays(0).isEmpty()); // no year 0 in QDate
}
