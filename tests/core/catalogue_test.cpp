#include "test_support.h"

#include "core/catalogue/catalogue_json.h"

#include <QFile>
#include <QSet>

namespace
{

hub::Catalogue builtIn()
{
    hub::Result<hub::Catalogue> loaded = hub::loadBuiltInCatalogue();
    INFO((loaded ? std::string() : loaded.error().describe().toStdString()));
    REQUIRE(loaded.ok());
    return loaded.value();
}

// Smallest catalogue the loader accepts, with one activity to break.
QByteArray minimal(
    const QByteArray &activity = R"({"key": "I.1", "text": "Agree contract", "ccg": false, "hub": "CORE"})",
    const QByteArray &agreementExtra = QByteArray(), const QByteArray &topExtra = QByteArray())
{
    return QByteArray(R"({
  "format": "hubcase-mou-catalogue",
  "formatVersion": 1,
  "agreements": [
    {"key": "a", "title": "Agreement A")")
        + agreementExtra + R"(}
  ],
  "functions": [
    {"numeral": "I", "number": 1, "title": "First", "activities": [
      )" + activity
        + R"(
    ]}
  ])" + topExtra
        + R"(
})";
}

hub::Error parseError(const QByteArray &json)
{
    const hub::Result<hub::Catalogue> r = hub::parseCatalogueJson(json, QStringLiteral("test.json"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == hub::ErrorCode::Invalid);
    CHECK(r.error().file == QStringLiteral("test.json"));
    return r.error();
}

} // namespace

TEST_CASE("built-in catalogue loads with both agreements and the whole grid", "[catalogue]")
{
    const hub::Catalogue cat = builtIn();
    CHECK(cat.agreements.size() == 2);
    CHECK(cat.ccgs.size() == 14);
    CHECK(cat.functions.size() == 12);
    CHECK(cat.activityCount() == 77);
    CHECK(cat.financeServices.size() == 8);
    CHECK(cat.ledgerResponsibilities.size() == 6);
    CHECK(cat.standards.size() == 4);
    CHECK(cat.regionalTeamStandards.size() == 5);
    CHECK(cat.committeeStandards.size() == 6);
    CHECK(cat.panelRules.size() == 3); // London's two forms, and the one West Midlands applies
    CHECK(cat.reporting.size() == 4);
    CHECK(cat.keyContacts.size() == 4);

    // Keys are "<numeral>.<n>", unique and in order.
    QSet<QString> keys;
    for (const hub::DelegatedFunction &f : cat.functions) {
        CHECK(!f.title.isEmpty());
        for (int i = 0; i < f.activities.size(); ++i) {
            CHECK(f.activities.at(i).key == QStringLiteral("%1.%2").arg(f.numeral).arg(i + 1));
            keys.insert(f.activities.at(i).key);
        }
        if (f.activities.isEmpty())
            CHECK_FALSE(f.note.isEmpty());
    }
    CHECK(keys.size() == 77);
}

TEST_CASE("the resource compiled into the library is the file in resources/catalogue", "[catalogue]")
{
    QFile resource(QStringLiteral(":/catalogue/mou-catalogue.json"));
    QFile source(hubtest::sourcePath(QStringLiteral("resources/catalogue/mou-catalogue.json")));
    REQUIRE(resource.open(QIODevice::ReadOnly));
    REQUIRE(source.open(QIODevice::ReadOnly));
    CHECK(resource.readAll() == source.readAll());
}

TEST_CASE("agreements carry the seeds' terms", "[catalogue]")
{
    const hub::Catalogue cat = builtIn();
    const hub::Agreement *london = cat.agreement(QStringLiteral("london-core-principles"));
    REQUIRE(london);
    CHECK(london->version == QStringLiteral("1.4"));
    CHECK(london->region == QStringLiteral("London"));
    CHECK(london->periodStart == QDate(2015, 4, 1));
    CHECK(london->periodEnd == QDate(2016, 3, 31));
    CHECK(london->extensionAgreeBy == QDate(2015, 9, 1));
    CHECK(london->noticeMonths == 6);
    REQUIRE(london->parties.size() == 2);
    CHECK(london->parties.at(0).kind == QStringLiteral("regional-team"));
    CHECK(london->parties.at(1).kind == QStringLiteral("committee"));
    CHECK(london->escalation.size() == 4);
    CHECK(london->escalation.last().name == QStringLiteral("Resolution Panel"));

    const hub::Agreement *wm = cat.agreement(QStringLiteral("west-midlands-hub"));
    REQUIRE(wm);
    CHECK(wm->version == QStringLiteral("1.0 Wolverhampton CCG"));
    CHECK(wm->publishedOn == QDate(2015, 10, 12));
    CHECK(wm->updatedOn == QDate(2015, 11, 25));
    CHECK(wm->serviceStart == QDate(2015, 12, 1));
    CHECK(wm->periodStart == QDate(2015, 12, 1));
    CHECK(wm->periodEnd == QDate(2017, 3, 31));
    CHECK(wm->extensionAgreeBy.isNull());
    CHECK(wm->noticeMonths == 0);
    REQUIRE(wm->signatories.size() == 2);
    CHECK(wm->signatories.at(0).role == QStringLiteral("CCG Lead"));
    CHECK(wm->signatories.at(0).name.isEmpty());
    CHECK(wm->signatories.at(1).name == QStringLiteral("David Williams"));
    CHECK(wm->signatories.at(1).designation
        == QStringLiteral("Locality Director, NHS England (West Midlands Local Office)"));
    // Officers (0), the first line (1), the Locality Director (2), the Resolution Panel (3), as case stages.
    REQUIRE(wm->escalation.size() == 4);
    for (int i = 0; i < 4; ++i)
        CHECK(wm->escalation.at(i).level == i);
    CHECK(wm->escalation.at(2).name == QStringLiteral("Locality Director"));

    CHECK(cat.agreement(QStringLiteral("nope")) == nullptr);
}

TEST_CASE("hub role codes round-trip and unknown codes are None", "[catalogue]")
{
    for (hub::HubRole role : { hub::HubRole::None, hub::HubRole::Core, hub::HubRole::Tbc, hub::HubRole::Support })
        CHECK(hub::hubRoleFromCode(hub::hubRoleCode(role)) == role);
    CHECK(hub::hubRoleCode(hub::HubRole::Core) == QStringLiteral("CORE"));
    CHECK(hub::hubRoleCode(hub::HubRole::None).isEmpty());
    CHECK(hub::hubRoleFromCode(QStringLiteral(" support ")) == hub::HubRole::Support);
    CHECK(hub::hubRoleFromCode(QStringLiteral("COREX")) == hub::HubRole::None);
}

TEST_CASE("hub marker shows the qualifier", "[catalogue]")
{
    const hub::Catalogue cat = builtIn();
    const hub::Activity *monitor = cat.activity(QStringLiteral("VIII.3"));
    REQUIRE(monitor);
    CHECK(monitor->hubMarker() == QStringLiteral("CORE (for contractual)"));
    CHECK(cat.activity(QStringLiteral("XII.1"))->hubMarker() == QStringLiteral("CORE"));
    CHECK(cat.activity(QStringLiteral("I.4"))->hubMarker().isEmpty());

    hub::Activity a;
    a.hubQualifier = QStringLiteral("ignored without a role");
    CHECK(a.hubMarker().isEmpty());
}

TEST_CASE("needsDetermination: TBC rows and rows shared between CCG and Hub", "[catalogue]")
{
    hub::Activity a;
    CHECK_FALSE(a.needsDetermination()); // nobody
    a.ccgRole = true;
    CHECK_FALSE(a.needsDetermination()); // CCG only
    a.hubRole = hub::HubRole::Support;
    CHECK(a.needsDetermination()); // CCG ☒ + SUPPORT
    a.hubRole = hub::HubRole::Core;
    CHECK(a.needsDetermination()); // CCG ☒ + CORE
    a.ccgRole = false;
    CHECK_FALSE(a.needsDetermination()); // Hub CORE only
    a.hubRole = hub::HubRole::Tbc;
    CHECK(a.needsDetermination()); // TBC, even without the CCG

    const hub::Catalogue cat = builtIn();
    CHECK(cat.activity(QStringLiteral("VIII.3"))->needsDetermination());
    CHECK(cat.activity(QStringLiteral("II.4"))->needsDetermination());
    CHECK_FALSE(cat.activity(QStringLiteral("I.1"))->needsDetermination());
    CHECK_FALSE(cat.activity(QStringLiteral("I.4"))->needsDetermination());
}

TEST_CASE("commissioning level codes and names", "[catalogue]")
{
    using L = hub::CommissioningLevel;
    for (L level : { L::GreaterCollaboration, L::JointCommissioning, L::JointDelegation, L::FullyDelegated }) {
        L back = L::GreaterCollaboration;
        REQUIRE(hub::commissioningLevelFromCode(hub::commissioningLevelCode(level), &back));
        CHECK(back == level);
    }
    CHECK(hub::commissioningLevelCode(L::FullyDelegated) == QStringLiteral("fully-delegated"));
    CHECK(hub::commissioningLevelName(L::JointCommissioning) == QStringLiteral("Joint commissioning"));
    L out = L::JointDelegation;
    CHECK_FALSE(hub::commissioningLevelFromCode(QStringLiteral("level-9"), &out));
    CHECK(out == L::JointDelegation);
}

TEST_CASE("CCGs: ODS codes, localities and levels as at October 2015", "[catalogue]")
{
    const hub::Catalogue cat = builtIn();
    const hub::Ccg *wolves = cat.ccg(QStringLiteral("06A"));
    REQUIRE(wolves);
    CHECK(cat.ccg(QStringLiteral("06a")) == wolves);
    CHECK(wolves->name == QStringLiteral("NHS Wolverhampton CCG"));
    CHECK(wolves->shortName == QStringLiteral("Wolverhampton"));
    REQUIRE(wolves->levels.size() == 1);
    CHECK(wolves->levels.at(0).level == hub::CommissioningLevel::GreaterCollaboration);
    CHECK(wolves->levels.at(0).effectiveTo == QDate(2015, 10, 1));
    CHECK(wolves->levels.at(0).note.contains(QStringLiteral("until October 1 2015")));
    CHECK(cat.ccg(QStringLiteral("13P"))->name == QStringLiteral("NHS Birmingham CrossCity CCG"));
    CHECK(cat.ccg(QStringLiteral("XYZ")) == nullptr);

    QMap<QString, int> byLocality;
    QMap<hub::CommissioningLevel, int> byLevel;
    for (const hub::Ccg &c : cat.ccgs) {
        ++byLocality[c.locality];
        REQUIRE_FALSE(c.levels.isEmpty());
        ++byLevel[c.levels.last().level];
        CHECK(c.name.startsWith(QStringLiteral("NHS ")));
        CHECK(c.name.endsWith(QStringLiteral(" CCG")));
    }
    CHECK(byLocality.value(QStringLiteral("Arden, Herefordshire and Worcestershire")) == 7);
    CHECK(byLocality.value(QStringLiteral("Birmingham, Solihull and the Black Country")) == 7);
    CHECK(byLevel.value(hub::CommissioningLevel::FullyDelegated) == 6);
    CHECK(byLevel.value(hub::CommissioningLevel::JointDelegation) == 4);
    CHECK(byLevel.value(hub::CommissioningLevel::JointCommissioning) == 2);
    CHECK(byLevel.value(hub::CommissioningLevel::GreaterCollaboration) == 2);
}

TEST_CASE("standards, panel rules, reporting and contacts", "[catalogue]")
{
    const hub::Catalogue cat = builtIn();
    const hub::ServiceStandard *queries = cat.standard(QStringLiteral("queries"));
    REQUIRE(queries);
    CHECK(queries->number == 3);
    CHECK(queries->acknowledgeWorkingDays == 5);
    CHECK(queries->responseWorkingDays == 20);
    REQUIRE(queries->exclusions.size() == 2);
    CHECK(queries->exclusions.at(0).code == QStringLiteral("further-investigation"));
    CHECK(cat.standard(QStringLiteral("data-information"))->acknowledgeWorkingDays == 5);
    CHECK(cat.standard(QStringLiteral("data-information"))->responseWorkingDays == 0);
    CHECK(cat.standard(QStringLiteral("payments"))->acknowledgeWorkingDays == 0);
    CHECK(cat.standard(QStringLiteral("reports"))->exclusions.size() == 1);
    CHECK(cat.standard(QStringLiteral("missing")) == nullptr);

    for (const QString &key : { QStringLiteral("london-core-principles"), QStringLiteral("west-midlands-hub") }) {
        const hub::PanelRule *rule = cat.panelRule(key);
        REQUIRE(rule);
        int seats = 0;
        for (const hub::PanelSeat &s : rule->seats)
            seats += s.count;
        CHECK(seats == 4);
        CHECK(rule->binding);
        CHECK(rule->independence.contains(QStringLiteral("AT, SPG or CCG")));
        CHECK_FALSE(rule->note.isEmpty());
    }

    QList<int> months;
    for (const hub::ReportingQuarter &q : cat.reporting)
        months << q.dueMonth;
    CHECK(months == QList<int> { 7, 10, 1, 4 });
    CHECK(cat.keyContacts.at(0).name == QStringLiteral("Donna MacArthur"));
}

TEST_CASE("loader accepts the minimal catalogue", "[catalogue][loader]")
{
    const hub::Result<hub::Catalogue> r = hub::parseCatalogueJson(minimal(), QStringLiteral("test.json"));
    INFO((r ? std::string() : r.error().describe().toStdString()));
    REQUIRE(r.ok());
    CHECK(r->activityCount() == 1);
    CHECK(r->functions.at(0).activities.at(0).hubRole == hub::HubRole::Core);
    CHECK(r->agreements.at(0).periodEnd.isNull());
}

TEST_CASE("loader reports syntax errors with line and column", "[catalogue][loader]")
{
    const hub::Error e = parseError("{\n  \"agreements\": [\n    oops\n]}");
    CHECK(e.field.isEmpty());
    CHECK(e.message.contains(QStringLiteral("line 3")));
    CHECK(e.describe().startsWith(QStringLiteral("test.json: not valid JSON")));

    CHECK(parseError("[1, 2]").message.contains(QStringLiteral("top level")));
}

TEST_CASE("loader names the JSON path of a bad value", "[catalogue][loader]")
{
    SECTION("unknown hub role")
    {
        const hub::Error e = parseError(minimal(R"({"key": "I.1", "text": "x", "hub": "CORE-ISH"})"));
        CHECK(e.field == QStringLiteral("functions[0].activities[0].hub"));
        CHECK(e.message.contains(QStringLiteral("CORE-ISH")));
        CHECK(e.describe() == QStringLiteral("test.json, field 'functions[0].activities[0].hub': ") + e.message);
    }
    SECTION("missing activity text")
    {
        CHECK(parseError(minimal(R"({"key": "I.1", "hub": "CORE"})")).field
            == QStringLiteral("functions[0].activities[0].text"));
    }
    SECTION("text where a flag belongs")
    {
        CHECK(parseError(minimal(R"({"key": "I.1", "text": "x", "ccg": "yes"})")).field
            == QStringLiteral("functions[0].activities[0].ccg"));
    }
    SECTION("number where text belongs")
    {
        CHECK(parseError(minimal(R"({"key": 7, "text": "x"})")).field
            == QStringLiteral("functions[0].activities[0].key"));
    }
    SECTION("qualifier without a role")
    {
        CHECK(parseError(minimal(R"({"key": "I.1", "text": "x", "hubQualifier": "for contractual"})")).field
            == QStringLiteral("functions[0].activities[0].hubQualifier"));
    }
    SECTION("duplicate activity keys")
    {
        const hub::Error e = parseError(minimal(R"({"key": "I.1", "text": "x"}, {"key": "I.1", "text": "y"})"));
        CHECK(e.field == QStringLiteral("functions[0].activities[1].key"));
        CHECK(e.message.contains(QStringLiteral("duplicate")));
    }
    SECTION("bad date")
    {
        const hub::Error e = parseError(minimal(R"({"key": "I.1", "text": "x"})", R"(, "periodStart": "2015-02-30")"));
        CHECK(e.field == QStringLiteral("agreements[0].periodStart"));
        CHECK(e.message.contains(QStringLiteral("2015-02-30")));
    }
    SECTION("UK-style date is refused")
    {
        CHECK(parseError(minimal(R"({"key": "I.1", "text": "x"})", R"(, "periodEnd": "31/03/2016")")).field
            == QStringLiteral("agreements[0].periodEnd"));
    }
    SECTION("period ending before it starts")
    {
        CHECK(parseError(minimal(R"({"key": "I.1", "text": "x"})",
                             R"(, "periodStart": "2016-04-01", "periodEnd": "2016-03-31")"))
                  .field
            == QStringLiteral("agreements[0].periodEnd"));
    }
    SECTION("negative notice months")
    {
        CHECK(parseError(minimal(R"({"key": "I.1", "text": "x"})", R"(, "noticeMonths": -1)")).field
            == QStringLiteral("agreements[0].noticeMonths"));
    }
    SECTION("unknown party kind")
    {
        CHECK(parseError(minimal(R"({"key": "I.1", "text": "x"})", R"(, "parties": [{"name": "X", "kind": "alien"}])"))
                  .field
            == QStringLiteral("agreements[0].parties[0].kind"));
    }
    SECTION("unknown commissioning level")
    {
        CHECK(
            parseError(
                minimal(R"({"key": "I.1", "text": "x"})", QByteArray(),
                    R"(, "ccgs": [{"code": "06A", "name": "NHS Wolverhampton CCG", "levels": [{"level": "level-5"}]}])"))
                .field
            == QStringLiteral("ccgs[0].levels[0].level"));
    }
    SECTION("panel rule for an agreement that is not there")
    {
        CHECK(parseError(minimal(R"({"key": "I.1", "text": "x"})", QByteArray(),
                             R"(, "panelRules": [{"agreementKey": "b", "seats": [{"role": "Lay member"}]}])"))
                  .field
            == QStringLiteral("panelRules[0].agreementKey"));
    }
    SECTION("exclusion without a code")
    {
        CHECK(
            parseError(
                minimal(R"({"key": "I.1", "text": "x"})", QByteArray(),
                    R"(, "standards": [{"number": 1, "key": "payments", "name": "Payments", "text": "t", "exclusions": [{"text": "Where"}]}])"))
                .field
            == QStringLiteral("standards[0].exclusions[0].code"));
    }
    SECTION("function list of the wrong type")
    {
        CHECK(parseError(R"({"agreements": [], "functions": {}})").field == QStringLiteral("functions"));
    }
    SECTION("missing agreements")
    {
        CHECK(parseError(R"({"functions": []})").field == QStringLiteral("agreements"));
    }
    SECTION("numeral out of range")
    {
        CHECK(parseError(R"({"agreements": [], "functions": [{"numeral": "XIII", "title": "t"}]})").field
            == QStringLiteral("functions[0].numeral"));
    }
    SECTION("newer format version")
    {
        const hub::Error e = parseError(
            R"({"format": "hubcase-mou-catalogue", "formatVersion": 2, "agreements": [], "functions": []})");
        CHECK(e.field == QStringLiteral("formatVersion"));
    }
    SECTION("someone else's JSON")
    {
        CHECK(parseError(R"({"format": "bank-holidays", "agreements": [], "functions": []})").field
            == QStringLiteral("format"));
    }
}
