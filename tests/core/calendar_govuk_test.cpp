// GOV.UK bank-holidays.json parsing: the shipped list, the live API's
// compact form, and clear errors for damaged files.
#include "test_support.h"

#include "core/calendar/bank_holiday_calendar.h"
#include "core/calendar/govuk_bank_holidays.h"

#include <QFile>

using namespace hub;

namespace
{

const auto d = hubtest::isoDate;

Error parseError(const char *json)
{
    auto result = parseGovUkBankHolidays(QByteArray(json), QStringLiteral("bank-holidays.json"));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::Invalid);
    CHECK(result.error().file == QStringLiteral("bank-holidays.json"));
    return result.error();
}

QByteArray withEvents(const char *events)
{
    return QByteArray(R"({"england-and-wales":{"division":"england-and-wales","events":)") + events + "}}";
}

Error eventError(const char *events)
{
    auto result = parseGovUkBankHolidays(withEvents(events), QStringLiteral("bank-holidays.json"));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::Invalid);
    return result.error();
}

} // namespace

TEST_CASE("The shipped GOV.UK list loads from the resource", "[calendar]")
{
    auto listed = loadGovUkBankHolidays(shippedBankHolidaysPath());
    REQUIRE(listed.ok());
    const QVector<BankHoliday> &h = listed.value();
    CHECK(h.size() == 140);
    CHECK(h.first().date == d("2012-01-02"));
    CHECK(h.first().title == QStringLiteral("New Year\u2019s Day"));
    CHECK(h.first().isSubstitute());
    CHECK(h.last().date == d("2028-12-26"));
    for (qsizetype i = 0; i < h.size(); ++i) {
        CHECK(h.at(i).source == HolidaySource::GovUkList);
        CHECK(h.at(i).date.dayOfWeek() <= Qt::Friday); // GOV.UK never lists a weekend day
        if (i > 0)
            CHECK(h.at(i - 1).date < h.at(i).date);
    }

    auto calendar = BankHolidayCalendar::englandAndWales();
    REQUIRE(calendar.ok());
    CHECK(calendar->firstListedYear() == 2012);
    CHECK(calendar->lastListedYear() == 2028);
    CHECK(calendar->listCovers(2020));
    CHECK_FALSE(calendar->listCovers(2011));
    CHECK_FALSE(calendar->listCovers(2029));
    CHECK(calendar->holidayOn(d("2020-05-08"))->title == QStringLiteral("Early May bank holiday (VE day)"));
    CHECK_FALSE(calendar->holidayOn(d("2020-05-04")).has_value());
    CHECK(calendar->holidayOn(d("2029-12-25"))->source == HolidaySource::Rule);
}

TEST_CASE("The other divisions parse too", "[calendar]")
{
    auto scotland = loadGovUkBankHolidays(shippedBankHolidaysPath(), QStringLiteral("scotland"));
    REQUIRE(scotland.ok());
    CHECK(scotland->size() == 157);
    auto ni = loadGovUkBankHolidays(shippedBankHolidaysPath(), QStringLiteral("northern-ireland"));
    REQUIRE(ni.ok());
    CHECK(ni->size() == 174);
}

TEST_CASE("The compact live-API form parses and agrees with the shipped list", "[calendar]")
{
    const QString path = hubtest::dataPath(QStringLiteral("govuk-bank-holidays-api-response-2019-2028.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.count('\n') == 0); // really the single-line form

    auto api = parseGovUkBankHolidays(bytes, QStringLiteral("api.json"));
    REQUIRE(api.ok());
    CHECK(api->size() == 83);
    CHECK(api->first().date == d("2019-01-01"));
    CHECK(api->last().date == d("2028-12-26"));

    auto shipped = loadGovUkBankHolidays(shippedBankHolidaysPath());
    REQUIRE(shipped.ok());
    QVector<BankHoliday> shippedFrom2019;
    for (const BankHoliday &h : shipped.value()) {
        if (h.date.year() >= 2019)
            shippedFrom2019.append(h);
    }
    CHECK(api.value() == shippedFrom2019);
}

TEST_CASE("Holiday wording", "[calendar]")
{
    BankHoliday christmas { d("2022-12-27"), QStringLiteral("Christmas Day"), QStringLiteral("Substitute day"),
        HolidaySource::GovUkList };
    CHECK(christmas.describe() == QStringLiteral("Christmas Day (substitute day)"));
    CHECK(christmas.sourceLabel() == QStringLiteral("GOV.UK list"));
    BankHoliday jubilee { d("2012-06-05"), QStringLiteral("Queen\u2019s Diamond Jubilee"),
        QStringLiteral("Extra bank holiday"), HolidaySource::GovUkList };
    CHECK(jubilee.describe() == QStringLiteral("Queen\u2019s Diamond Jubilee (extra bank holiday)"));
    CHECK_FALSE(jubilee.isSubstitute());
    BankHoliday plain { d("2026-08-31"), QStringLiteral("Summer bank holiday"), QString(), HolidaySource::Rule };
    CHECK(plain.describe() == QStringLiteral("Summer bank holiday"));
}

TEST_CASE("Parser accepts minimal and BOM-prefixed input", "[calendar]")
{
    auto noNotes = parseGovUkBankHolidays(withEvents(R"([{"title":"Boxing Day","date":"2030-12-26"},
                                                        {"title":"Christmas Day","date":"2030-12-25","notes":""}])"),
        QStringLiteral("x.json"));
    REQUIRE(noNotes.ok());
    REQUIRE(noNotes->size() == 2);
    CHECK(noNotes->at(0).date == d("2030-12-25")); // sorted
    CHECK(noNotes->at(1).notes.isEmpty());

    auto bom = parseGovUkBankHolidays(
        QByteArray("\xEF\xBB\xBF") + withEvents(R"([{"title":"A","date":"2030-01-01"}])"), QStringLiteral("x.json"));
    CHECK(bom.ok());
}

TEST_CASE("Parser errors name the file and the field", "[calendar]")
{
    SECTION("Not JSON: line and column")
    {
        const Error e = parseError("{\n  \"england-and-wales\": {\n    \"events\": [ }\n}");
        CHECK(e.message.startsWith(QStringLiteral("not valid JSON (line 3")));
        CHECK(e.describe().startsWith(QStringLiteral("bank-holidays.json: not valid JSON")));
    }
    SECTION("Truncated download")
    {
        const Error e = parseError(R"({"england-and-wales":{"division":"england-and-wales","events":[{"title":"New)");
        CHECK(e.message.contains(QStringLiteral("not valid JSON")));
    }
    SECTION("Top level is not an object")
    {
        parseError("[]");
    }
    SECTION("Division missing")
    {
        const Error e = parseError(R"({"scotland":{"events":[]}})");
        CHECK(e.field == QStringLiteral("england-and-wales"));
        CHECK(e.message.contains(QStringLiteral("scotland")));
    }
    SECTION("Division mismatched")
    {
        const Error e = parseError(R"({"england-and-wales":{"division":"scotland","events":[]}})");
        CHECK(e.field == QStringLiteral("england-and-wales.division"));
    }
    SECTION("Events not an array, or empty")
    {
        CHECK(parseError(R"({"england-and-wales":{"events":{}}})").field == QStringLiteral("england-and-wales.events"));
        CHECK(parseError(R"({"england-and-wales":{"events":[]}})").message == QStringLiteral("no events listed"));
    }
    SECTION("Bad events")
    {
        CHECK(eventError(R"([42])").field == QStringLiteral("england-and-wales.events[0]"));
        CHECK(eventError(R"([{"date":"2030-01-01"}])").field == QStringLiteral("england-and-wales.events[0].title"));
        CHECK(eventError(R"([{"title":"A","date":"2030-01-01"},{"title":"B"}])").field
            == QStringLiteral("england-and-wales.events[1].date"));
        const Error badDate = eventError(R"([{"title":"A","date":"2030-02-30"}])");
        CHECK(badDate.field == QStringLiteral("england-and-wales.events[0].date"));
        CHECK(badDate.describe()
            == QStringLiteral("bank-holidays.json, field 'england-and-wales.events[0].date': "
                              "'2030-02-30' is not a valid YYYY-MM-DD date"));
        CHECK(eventError(R"([{"title":"A","date":"30/01/2030"}])").field
            == QStringLiteral("england-and-wales.events[0].date"));
        CHECK(eventError(R"([{"title":"A","date":"2030-01-01","notes":7}])").field
            == QStringLiteral("england-and-wales.events[0].notes"));
        const Error duplicate = eventError(R"([{"title":"A","date":"2030-01-01"},{"title":"B","date":"2030-01-01"}])");
        CHECK(duplicate.field == QStringLiteral("england-and-wales.events[1].date"));
        CHECK(duplicate.message.contains(QStringLiteral("more than once")));
    }
    SECTION("Missing file")
    {
        auto result = loadGovUkBankHolidays(QStringLiteral("/nonexistent/bank-holidays.json"));
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ErrorCode::Io);
        CHECK(result.error().file == QStringLiteral("bank-holidays.json"));
    }
}
