// Values inside well-formed bundles (issue 8, item 3): a bundle whose changes
// were altered and resealed with a correct checksum is refused whole when one
// value breaks the column rules, naming the bundle, entry, table, row and
// field, and nothing changes; readers survive values a newer Hubcase may add.
#include "sync_test_support.h"

#include "every_report.h"
#include "typed_mutation.h"

#include "database/cases/case_repository.h"
#include "database/cases/case_search.h"
#include "database/records/field_rules.h"
#include "database/sqlite/sql_error.h"
#include "database/sync/synced_tables.h"
#include "database/sync/value_audit.h"

using namespace hub;
using namespace hub::db;

namespace {

#define S QStringLiteral

QString ccgCode(OfficeFile &f)
{
    return f.connection().scalar(S("SELECT code FROM ccg ORDER BY code LIMIT 1")).toString();
}

CaseDetail addCase(OfficeFile &f)
{
    NewCase n;
    n.ccgCode = ccgCode(f);
    n.received = QDate(2026, 11, 23);
    n.title = S("Rent review query");
    n.description = S("When is the rent review due?");
    auto added = CaseRepository(f).add(n);
    INFO((added ? std::string() : added.error().describe().toStdString()));
    REQUIRE(added.ok());
    CaseEvent ack;
    ack.kind = CaseEventKind::Acknowledged;
    ack.on = QDate(2026, 11, 24);
    REQUIRE(CaseRepository(f).addEvent(added->row.ref, ack).ok());
    return added.value();
}

hubfuzz::ColumnsOf columnsOf(OfficeFile &f)
{
    auto tables = std::make_shared<SyncedTables>(f.connection());
    return [tables](const QString &table) {
        const SyncedTable *t = tables->find(table);
        return t ? t->columns : QStringList();
    };
}

} // namespace

TEST_CASE("A resealed bundle with an invalid date, invalid UTF-8, an unknown activity or an unknown case type is refused whole",
          "[sync][values]")
{
    hubtest::TempDir tmp;
    auto o = synctest::officesFromSeed(tmp, {S("AAA"), S("BBB")});
    OfficeFile &a = *o[0];
    OfficeFile &b = *o[1];
    const CaseDetail made = addCase(a);
    const QByteArray good = synctest::allChanges(a);

    struct Bad {
        const char *field;
        hub::db::Field value;
        const char *why;
    };
    const Bad bad[] = {
        {"received_on", hubfuzz::textField("2\xef\xbf\xbd" "26-11-30"), "is not a date"},
        {"title", hubfuzz::textField("Rent \xff\xfe review"), "is not valid UTF-8"},
        {"activity_key", hubfuzz::textField("XII.99"), "names no activity"},
        {"type", hubfuzz::textField("future-type"), "is not one this version knows"},
    };
    for (const Bad &x : bad) {
        INFO("field " << x.field);
        const QByteArray altered = hubfuzz::withValue(good, columnsOf(a), S("case_record"), QString::fromLatin1(x.field), x.value);
        REQUIRE(!altered.isEmpty());
        REQUIRE(BundleFormat::read(altered).ok());   // well-formed and correctly sealed
        const QString before = synctest::wholeFileHash(b);
        const auto r = synctest::importBytes(b, altered);
        REQUIRE_FALSE(r.ok());
        const QString msg = r.error().message;
        INFO(msg.toStdString());
        CHECK(r.error().code == ErrorCode::Invalid);
        CHECK(msg.contains(S("test.hubsync")));
        CHECK(msg.contains(S("entry ")));
        CHECK(msg.contains(S("table case_record")));
        CHECK(msg.contains(made.row.id));
        CHECK(msg.contains(S("field %1").arg(QString::fromLatin1(x.field))));
        CHECK(msg.contains(QString::fromLatin1(x.why)));
        CHECK(msg.contains(S("Nothing was imported")));
        CHECK(r.error().field == QString::fromLatin1(x.field));
        CHECK(synctest::wholeFileHash(b) == before);
    }

    // The same bundle unaltered still imports, and every list and report runs.
    REQUIRE(synctest::importBytes(b, good).ok());
    CHECK(synctest::count(b, S("SELECT count(*) FROM case_record")) == 1);
    CHECK(hubfuzz::everyListAndReport(b).isEmpty());
    CHECK(auditStoredValues(b.connection())->isEmpty());
}

TEST_CASE("Typed mutations of a real bundle never store a value the column rules refuse", "[sync][values]")
{
    hubtest::TempDir tmp;
    auto o = synctest::officesFromSeed(tmp, {S("AAA"), S("BBB")});
    OfficeFile &a = *o[0];
    addCase(a);
    {
        WriteTransaction tx(a.connection());
        RecordStore(a).insert(S("practice"), {{S("ods_code"), S("Q1001")}, {S("name"), S("Fuzz Surgery")}, {S("open_date"), S("2001-04-01")}});
        tx.commit();
    }
    const QByteArray good = synctest::allChanges(a);
    const auto cols = columnsOf(a);
    // The receiver is put back from a copy after every accepted bundle.
    const QString bPath = tmp.path(S("office-BBB.hubcase"));
    const QString copy = tmp.path(S("pristine-BBB.hubcase"));
    o[1].reset();
    REQUIRE(QFile::copy(bPath, copy));
    o[1] = synctest::open(bPath);
    const QString pristine = synctest::wholeFileHash(*o[1]);
    int refused = 0, accepted = 0;
    for (std::uint64_t i = 0; i < 200; ++i) {
        const auto m = hubfuzz::typedMutation(good, cols, i * 0x9E3779B97F4A7C15ull + i);
        REQUIRE(!m.bundle.isEmpty());
        INFO(m.description.toStdString());
        const auto r = synctest::importBytes(*o[1], m.bundle);
        if (!r) {
            ++refused;
            CHECK(synctest::wholeFileHash(*o[1]) == pristine);
            continue;
        }
        ++accepted;
        const auto audit = auditStoredValues(o[1]->connection());
        REQUIRE(audit.ok());
        CHECK(audit->isEmpty());
        CHECK(hubfuzz::everyListAndReport(*o[1]).isEmpty());
        o[1].reset();
        REQUIRE(QFile::remove(bPath));
        REQUIRE(QFile::copy(copy, bPath));
        o[1] = synctest::open(bPath);
    }
    INFO("refused " << refused << ", accepted " << accepted);
    CHECK(refused > 120);
}

TEST_CASE("Local writes obey the same column rules", "[sync][values]")
{
    hubtest::TempDir tmp;
    auto o = synctest::officesFromSeed(tmp, {S("AAA")});
    OfficeFile &a = *o[0];
    auto insertPractice = [&](const QVariantMap &values) -> Error {
        try {
            WriteTransaction tx(a.connection());
            RecordStore(a).insert(S("practice"), values);
            tx.commit();
        } catch (const SqlError &e) {
            return e.error();
        }
        return {};
    };
    Error e = insertPractice({{S("ods_code"), S("Q2001")}, {S("name"), S("A")}, {S("open_date"), S("30/11/2026")}});
    CHECK(e.code == ErrorCode::Invalid);
    CHECK(e.field == S("open_date"));
    e = insertPractice({{S("ods_code"), S("Q2002")}, {S("name"), S("A") + QChar(0) + S("B")}});
    CHECK(e.field == S("name"));
    e = insertPractice({{S("ods_code"), S("Q2003")}, {S("name"), S("A")}, {S("contract_type"), S("XMS")}});
    CHECK(e.field == S("contract_type"));
    CHECK(synctest::count(a, S("SELECT count(*) FROM practice WHERE ods_code LIKE 'Q200%'")) == 0);
}

TEST_CASE("Every column of every synced table has a value rule", "[sync][values][schema]")
{
    hubtest::TempDir tmp;
    auto o = synctest::officesFromSeed(tmp, {S("AAA")});
    SyncedTables tables(o[0]->connection());
    QStringList missing;
    for (const SyncedTable &t : tables.all()) {
        const TableRules *rules = tableRules(t.name);
        if (!rules) {
            missing << t.name;
            continue;
        }
        for (const QString &c : t.columns)
            if (!rules->find(c))
                missing << t.name + QLatin1Char('.') + c;
    }
    INFO("no rule in database/records/table_rules.cpp for: " << missing.join(S(", ")).toStdString());
    CHECK(missing.isEmpty());
    // And a fresh office breaks none of them.
    const auto audit = auditStoredValues(o[0]->connection());
    REQUIRE(audit.ok());
    CHECK(audit->isEmpty());
}

TEST_CASE("Readers survive a case type, status or event kind a newer Hubcase may add", "[sync][values][readers]")
{
    hubtest::TempDir tmp;
    auto o = synctest::officesFromSeed(tmp, {S("AAA")});
    OfficeFile &a = *o[0];
    const CaseDetail known = addCase(a);
    const CaseDetail second = addCase(a);
    const CaseDetail third = addCase(a);
    // Written as a newer version would, past this version's CHECKs and rules.
    a.connection().execScript(S("PRAGMA ignore_check_constraints=ON"));
    a.connection().execScript(S("UPDATE case_record SET type='future-type' WHERE id IN ('%1','%2','%3')")
                                  .arg(known.row.id, second.row.id, third.row.id));
    a.connection().execScript(S("UPDATE case_record SET status='escalated' WHERE id='%1'").arg(second.row.id));
    a.connection().execScript(S("UPDATE case_event SET kind='future-event' WHERE case_id='%1' AND kind='acknowledged'").arg(third.row.id));
    a.connection().execScript(S("PRAGMA ignore_check_constraints=OFF"));

    INFO(hubfuzz::everyListAndReport(a).join(S("\n")).toStdString());
    CHECK(hubfuzz::everyListAndReport(a).isEmpty());
    const auto rows = CaseListQuery(a).list({});
    REQUIRE(rows.ok());
    CHECK(rows->size() == 3);
    CHECK(caseTypeLabel(S("future-type")) == S("Unknown (future-type)"));
    CHECK(caseStatusLabel(S("escalated")) == S("Unknown (escalated)"));
    const auto d = CaseRepository(a).get(third.row.ref);
    REQUIRE(d.ok());
    bool unknownShown = false;
    for (const CaseEvent &e : d->timeline)
        unknownShown = unknownShown || caseEventLabel(e) == S("Unknown (future-event)");
    CHECK(unknownShown);

    // check's warnings: what this version cannot understand, counted.
    const auto audit = auditStoredValues(a.connection());
    REQUIRE(audit.ok());
    QStringList texts;
    for (const ValueWarning &w : audit.value())
        texts << w.text;
    INFO(texts.join(S("\n")).toStdString());
    REQUIRE(audit->size() == 3);
    CHECK(texts.join(S("\n")).contains(S("3 cases have a case type this version does not know")));
    CHECK(texts.join(S("\n")).contains(S("1 case has a status this version does not know")));
    CHECK(texts.join(S("\n")).contains(S("1 case event has a kind this version does not know")));
}
