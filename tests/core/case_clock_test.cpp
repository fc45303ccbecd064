// The clock engine: acknowledgement and response/update clocks from the
// timeline, working days per the England and Wales calendar, pauses under
// exclusions, update restarts, type changes and derived states.
#include "test_support.h"

#include "core/cases/case_clock.h"
#include "core/cases/case_type.h"
#include "core/catalogue/catalogue_json.h"

using namespace hub;

namespace
{

const auto d = hubtest::isoDate;

using hubtest::calendar;

const ServiceStandard &standard(const char *key)
{
    static const Catalogue cat = [] {
        auto c = loadBuiltInCatalogue();
        REQUIRE(c.ok());
        return c.value();
    }();
    const ServiceStandard *s = cat.standard(QString::fromLatin1(key));
    REQUIRE(s);
    return *s;
}

using hubtest::ev;

CaseClocks clocks(const char *received, const QVector<CaseEvent> &events, const char *asOf, const char *key = "queries")
{
    return computeClocks(standard(key), d(received), events, d(asOf), calendar());
}

} // namespace

TEST_CASE("Every case type maps to a catalogue standard and a real activity", "[cases]")
{
    auto cat = loadBuiltInCatalogue();
    REQUIRE(cat.ok());
    for (const CaseTypeInfo &t : caseTypes()) {
        INFO(t.code);
        CHECK(cat->standard(QString::fromLatin1(t.standardKey)) != nullptr);
        if (*t.activityKey)
            CHECK(cat->activity(QString::fromLatin1(t.activityKey)) != nullptr);
        CaseType back;
        REQUIRE(caseTypeFromCode(QString::fromLatin1(t.code), &back));
        CHECK(back == t.type);
    }
    CHECK(QString::fromLatin1(caseTypeInfo(CaseType::VariationRoutine).activityKey) == QStringLiteral("XII.1"));
    CHECK(caseTypes().size() == 15);
}

TEST_CASE("Receipt on a Saturday: Monday is day 1", "[cases][clock]")
{
    const CaseClocks c = clocks("2015-11-21", {}, "2015-11-23");
    CHECK(c.acknowledge.due == d("2015-11-27"));
    CHECK(c.response.due == d("2015-12-18"));
    CHECK(c.acknowledge.state == ClockState::Running);
    CHECK(c.acknowledge.explanation.first().contains(QStringLiteral("Saturday")));
}

TEST_CASE("Across Christmas 2015: Christmas Day and the Boxing Day substitute do not count", "[cases][clock]")
{
    const CaseClocks c = clocks("2015-12-18", {}, "2015-12-18");
    CHECK(c.acknowledge.due == d("2015-12-29"));
    CHECK(c.response.due == d("2016-01-20"));
    const QString why = c.acknowledge.explanation.join(QLatin1Char('\n'));
    CHECK(why.contains(QStringLiteral("Mon 28/12/2015: not counted (Bank holiday: Boxing Day (substitute day)")));
    CHECK(c.acknowledge.explanation.last() == QStringLiteral("Due 29 December 2015."));
}

TEST_CASE("Across Easter 2016: Good Friday and Easter Monday do not count", "[cases][clock]")
{
    const CaseClocks c = clocks("2016-03-23", {}, "2016-03-23");
    CHECK(c.acknowledge.due == d("2016-04-01"));
    // 20 working days from Wednesday 23 March 2016.
    CHECK(c.response.due == d("2016-04-22"));
}

TEST_CASE("A pause stops every unmet clock, paused days are shown as stopped", "[cases][clock]")
{
    const QVector<CaseEvent> events { ev(CaseEventKind::Paused, "2016-02-03", "further-investigation", "Awaiting DV"),
        ev(CaseEventKind::Resumed, "2016-02-15") };
    const CaseClocks c = clocks("2016-02-01", events, "2016-02-16");
    REQUIRE(c.pauses.size() == 1);
    CHECK(c.pauses[0].range().last == d("2016-02-14"));
    CHECK(c.acknowledge.due == d("2016-02-18")); // 8/2 without the pause
    CHECK(c.pausedWorkingDays == 8);
    CHECK_FALSE(c.paused);
    const QString why = c.acknowledge.explanation.join(QLatin1Char('\n'));
    CHECK(why.contains(QStringLiteral(
        "Wed 03/02/2016: not counted (Clock stopped: Where further investigations are required — Awaiting DV)")));
    CHECK(why.contains(QStringLiteral("Mon 15/02/2016: working day 2")));

    SECTION("while still stopped there is no due date and the state is paused")
    {
        const CaseClocks open = clocks("2016-02-01", { events[0] }, "2016-02-10");
        CHECK(open.paused);
        CHECK(open.acknowledge.state == ClockState::Paused);
        CHECK_FALSE(open.acknowledge.due.isValid());
        CHECK(open.acknowledge.explanation.last().contains(QStringLiteral("no due date")));
    }
    SECTION("as of a day before the pause it was simply running")
    {
        const CaseClocks before = clocks("2016-02-01", events, "2016-02-02");
        CHECK(before.pauses.isEmpty());
        CHECK(before.acknowledge.due == d("2016-02-08"));
    }
}

TEST_CASE("A pause after a clock was met does not move that clock", "[cases][clock]")
{
    // Acknowledged on day 3, then stopped for further investigation: the
    // acknowledgement stays due (and met) as it was; only the response clock stops.
    const QVector<CaseEvent> events { ev(CaseEventKind::Acknowledged, "2016-02-04"),
        ev(CaseEventKind::Paused, "2016-02-08", "further-investigation", "Awaiting DV"),
        ev(CaseEventKind::Resumed, "2016-02-15") };
    const CaseClocks c = clocks("2016-02-01", events, "2016-02-16");
    CHECK(c.acknowledge.due == d("2016-02-08"));
    CHECK(c.acknowledge.state == ClockState::Met);
    CHECK_FALSE(c.acknowledge.explanation.join(QLatin1Char('\n')).contains(QStringLiteral("Clock stopped")));
    CHECK(c.response.due == d("2016-03-07")); // 29/02 plus the 5 stopped working days

    SECTION("a pause that began before the acknowledgement counts only up to it")
    {
        const QVector<CaseEvent> during { ev(CaseEventKind::Paused, "2016-02-02", "further-investigation",
                                              "Awaiting DV"),
            ev(CaseEventKind::Acknowledged, "2016-02-04"), ev(CaseEventKind::Resumed, "2016-02-15") };
        const CaseClocks p = clocks("2016-02-01", during, "2016-02-16");
        CHECK(p.acknowledge.due == d("2016-02-10")); // 02/02 and 03/02 stopped, then running again
        CHECK(p.acknowledge.state == ClockState::Met);
    }
}

TEST_CASE("An update restarts the 20-day clock where the standard allows an update", "[cases][clock]")
{
    CHECK(updateRestartsClock(standard("queries")));
    CHECK_FALSE(updateRestartsClock(standard("data-information")));
    const CaseEvent update = ev(CaseEventKind::Updated, "2016-02-26", "", "Holding reply");
    const CaseClocks c = clocks("2016-02-01", { update }, "2016-03-01");
    REQUIRE(c.response.periods.size() == 2);
    CHECK(c.response.periods[0].due == d("2016-02-29"));
    CHECK_FALSE(c.response.periods[0].late);
    CHECK(c.response.start == d("2016-02-26"));
    CHECK(c.response.due == d("2016-03-29")); // across Easter 2016
    CHECK(c.response.state == ClockState::Running);
    CHECK(c.acknowledge.metOn == d("2016-02-26")); // an update acknowledges too
    CHECK(c.acknowledge.state == ClockState::MetLate);
    CHECK(c.response.explanation.first().contains(QStringLiteral("last update")));

    SECTION("a full response by the new date meets the clock")
    {
        const CaseClocks done
            = clocks("2016-02-01", { update, ev(CaseEventKind::Responded, "2016-03-29") }, "2016-04-30");
        CHECK(done.response.state == ClockState::Met);
        CHECK(done.response.metOn == d("2016-03-29"));
    }
    SECTION("an update after the due date starts a new period but the clock was met late")
    {
        const CaseClocks late = clocks("2016-02-01",
            { ev(CaseEventKind::Updated, "2016-03-01"), ev(CaseEventKind::Responded, "2016-03-10") }, "2016-04-30");
        REQUIRE(late.response.periods.size() == 2);
        CHECK(late.response.periods[0].late);
        CHECK(late.response.state == ClockState::MetLate);
    }
}

TEST_CASE("Paused time survives a change of case type", "[cases][clock]")
{
    const QVector<CaseEvent> events { ev(CaseEventKind::Paused, "2016-02-03", "further-investigation", "Awaiting DV"),
        ev(CaseEventKind::Resumed, "2016-02-15"), ev(CaseEventKind::TypeChanged, "2016-02-16") };
    const CaseClocks asQuery = clocks("2016-02-01", events, "2016-02-16", "queries");
    const CaseClocks asRequest = clocks("2016-02-01", events, "2016-02-16", "data-information");
    CHECK(asRequest.acknowledge.due == asQuery.acknowledge.due);
    CHECK(asRequest.pausedWorkingDays == asQuery.pausedWorkingDays);
    CHECK(asRequest.response.state == ClockState::NotApplicable); // no response clock in that standard
    // The exclusion is no longer one of the new standard's, but it still explains the stop.
    CHECK(asRequest.pauses[0].exclusionText == QStringLiteral("further-investigation"));
}

TEST_CASE("Clock states are derived at the as-of day", "[cases][clock]")
{
    // Received Monday 1 February 2016: acknowledgement due Monday 8 February.
    CHECK(clocks("2016-02-01", {}, "2016-02-02").acknowledge.state == ClockState::Running);
    CHECK(clocks("2016-02-01", {}, "2016-02-03").acknowledge.state == ClockState::DueSoon);
    CHECK(clocks("2016-02-01", {}, "2016-02-05").acknowledge.daysLeft == 1);
    CHECK(clocks("2016-02-01", {}, "2016-02-08").acknowledge.state == ClockState::DueToday);
    CHECK(clocks("2016-02-01", {}, "2016-02-09").acknowledge.state == ClockState::Breached);
    CHECK(clocks("2016-02-01", { ev(CaseEventKind::Acknowledged, "2016-02-05") }, "2016-03-01").acknowledge.state
        == ClockState::Met);
    CHECK(clocks("2016-02-01", { ev(CaseEventKind::Acknowledged, "2016-02-09") }, "2016-03-01").acknowledge.state
        == ClockState::MetLate);
    // An acknowledgement after the as-of day has not happened yet.
    CHECK(clocks("2016-02-01", { ev(CaseEventKind::Acknowledged, "2016-02-09") }, "2016-02-08").acknowledge.state
        == ClockState::DueToday);
    // A closed case's clocks stop: closing answers it.
    CHECK(clocks("2016-02-01", { ev(CaseEventKind::Closed, "2016-02-04") }, "2016-03-01").response.state
        == ClockState::Met);
    const CaseClocks reports = clocks("2016-02-01", {}, "2016-06-01", "reports");
    CHECK(reports.acknowledge.state == ClockState::NotApplicable);
    CHECK(reports.response.state == ClockState::NotApplicable);
    CHECK(reports.acknowledge.explanation.isEmpty());
}

TEST_CASE("Office closures move due dates", "[cases][clock]")
{
    auto cal
        = WorkingCalendar::englandAndWales({ OfficeClosure { d("2016-02-03"), QStringLiteral("Staff training") } });
    REQUIRE(cal.ok());
    const CaseClocks c = computeClocks(standard("queries"), d("2016-02-01"), {}, d("2016-02-01"), cal.value());
    CHECK(c.acknowledge.due == d("2016-02-09"));
    CHECK(c.acknowledge.explanation.join(QLatin1Char('\n')).contains(QStringLiteral("Office closed: Staff training")));
}
