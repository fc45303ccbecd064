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

namespace
{

using namespace Qt::StringLiterals;

QString ccgCode(OfficeFile &f)
{
    return f.connection().scalar(u"SELECT code FROM ccg ORDER BY code LIMIT 1"_s).toString();
}

CaseDetail addCase(OfficeFile &f)
{
    NewCase n;
    n.ccgCode = ccgCode(f);
    n.received = QDate(2026, 11, 23);
    n.title = u"Rent review query"_s;
    n.description = u"When is the rent review due?"_s;
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

TEST_CASE("A resealed bundle with an invalid date, invalid UTF-8, an unknown activity or an unknown case type is "
          "refused whole",
    "[sync][values]")
{
    hubtest::TempDir tmp;
    auto o = synctest::officesFromSeed(tmp, { u"AAA"_s, u"BBB"_s });
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
        { "received_on",
            hubfuzz::textField("2\xef\xbf\xbd"
                               "26-11-30"),
            "is not a date" },
        { "title", hubfuzz::textField("Rent \xff\xfe review"), "is not valid UTF-8" },
        { "activity_key", hubfuzz::textField("XII.99"), "names no activity" },
        { "type", hubfuzz::textField("future-type"), "is not one this version knows" },
    };
    for (const Bad &x : bad) {
        INFO("field " << x.field);
        const QByteArray altered
            = hubfuzz::withValue(good, columnsOf(a), u"case_record"_s, QString::fromLatin1(x.field), x.value);
        REQUIRE(!altered.isEmpty());
        REQUIRE(BundleFormat::read(altered).ok()); // well-formed and correctly sealed
        const QString before = synctest::wholeFileHash(b);
        const auto r = synctest::importBytes(b, altered);
        REQUIRE_FALSE(r.ok());
        const QString msg = r.error().message;
        INFO(msg.toStdString());
        CHECK(r.error().code == ErrorCode::Invalid);
        CHECK(msg.contains(u"test.hubsync"_s));
        CHECK(msg.contains(u"entry "_s));
        CHECK(msg.contains(u"table case_record"_s));
        CHECK(msg.contains(made.row.id));
        CHECK(msg.contains(u"field %1"_s.arg(QString::fromLatin1(x.field))));
        CHECK(msg.contains(QString::fromLatin1(x.why)));
        CHECK(msg.contains(u"Nothing was imported"_s));
        CHECK(r.error().field == QString::fromLatin1(x.field));
        CHECK(synctest::wholeFileHash(b) == before);
    }

    // The same bundle unaltered still imports, and every list and report runs.
    REQUIRE(synctest::importBytes(b, good).ok());
    CHECK(synctest::count(b, u"SELECT count(*) FROM case_record"_s) == 1);
    CHECK(hubfuzz::everyListAndReport(b).isEmpty());
    CHECK(auditStoredValues(b.connection())->isEmpty());
}

TEST_CASE("Typed mutations of a real bundle never store a value the column rules refuse", "[sync][values]")
{
    hubtest::TempDir tmp;
    auto o = synctest::officesFromSeed(tmp, { u"AAA"_s, u"BBB"_s });
    OfficeFile &a = *o[0];
    addCase(a);
    {
        WriteTransaction tx(a.connection());
        RecordStore(a).insert(u"practice"_s,
            { { u"ods_code"_s, u"Q1001"_s }, { u"name"_s, u"Fuzz Surgery"_s }, { u"open_date"_s, u"2001-04-01"_s } });
        tx.commit();
    }
    const QByteArray good = synctest::allChanges(a);
    const auto cols = columnsOf(a);
    // The receiver is put back from a copy after every accepted bundle.
    const QString bPath = tmp.path(u"office-BBB.hubcase"_s);
    const QString copy = tmp.path(u"pristine-BBB.hubcase"_s);
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
    auto o = synctest::officesFromSeed(tmp, { u"AAA"_s });
    OfficeFile &a = *o[0];
    auto insertPractice = [&](const QVariantMap &values) -> Error {
        try {
            WriteTransaction tx(a.connection());
            RecordStore(a).insert(u"practice"_s, values);
            tx.commit();
        } catch (const SqlError &e) {
            return e.error();
        }
        return {};
    };
    Error e
        = insertPractice({ { u"ods_code"_s, u"Q2001"_s }, { u"name"_s, u"A"_s }, { u"open_date"_s, u"30/11/2026"_s } });
    CHECK(e.code == ErrorCode::Invalid);
    CHECK(e.field == u"open_date"_s);
    e = insertPractice({ { u"ods_code"_s, u"Q2002"_s }, { u"name"_s, u"A"_s + QChar(0) + u"B"_s } });
    CHECK(e.field == u"name"_s);
    e = insertPractice({ { u"ods_code"_s, u"Q2003"_s }, { u"name"_s, u"A"_s }, { u"contract_type"_s, u"XMS"_s } });
    CHECK(e.field == u"contract_type"_s);
    CHECK(synctest::count(a, u"SELECT count(*) FROM practice WHERE ods_code LIKE 'Q200%'"_s) == 0);
}

TEST_CASE("Every column of every synced table has a value rule", "[sync][values][schema]")
{
    hubtest::TempDir tmp;
    auto o = synctest::officesFromSeed(tmp, { u"AAA"_s });
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
    INFO("no rule in database/records/table_rules.cpp for: " << missing.join(u", "_s).toStdString());
    CHECK(missing.isEmpty());
    // And a fresh office breaks none of them.
    const auto audit = auditStoredValues(o[0]->connection());
    REQUIRE(audit.ok());
    CHECK(audit->isEmpty());
}

TEST_CASE("Readers survive a case type, status or event kind a newer Hubcase may add", "[sync][values][readers]")
{
    hubtest::TempDir tmp;
    auto o = synctest::officesFromSeed(tmp, { u"AAA"_s });
    OfficeFile &a = *o[0];
    const CaseDetail known = addCase(a);
    const CaseDetail second = addCase(a);
    const CaseDetail third = addCase(a);
    // Written as a newer version would, past this version's CHECKs and rules.
    a.connection().execScript(u"PRAGMA ignore_check_constraints=ON"_s);
    a.connection().execScript(u"UPDATE case_record SET type='future-type' WHERE id IN ('%1','%2','%3')"_s.arg(
        known.row.id, second.row.id, third.row.id));
    a.connection().execScript(u"UPDATE case_record SET status='escalated' WHERE id='%1'"_s.arg(second.row.id));
    a.connection().execScript(
        u"UPDATE case_event SET kind='future-event' WHERE case_id='%1' AND kind='acknowledged'"_s.arg(third.row.id));
    a.connection().execScript(u"PRAGMA ignore_check_constraints=OFF"_s);

    INFO(hubfuzz::everyListAndReport(a).join(u"\n"_s).toStdString());
    CHECK(hubfuzz::everyListAndReport(a).isEmpty());
    const auto rows = CaseListQuery(a).list({});
    REQUIRE(rows.ok());
    CHECK(rows->size() == 3);
    CHECK(caseTypeLabel(u"future-type"_s) == u"Unknown (future-type)"_s);
    CHECK(caseStatusLabel(u"escalated"_s) == u"Unknown (escalated)"_s);
    const auto d = CaseRepository(a).get(third.row.ref);
    REQUIRE(d.ok());
    bool unknownShown = false;
    for (const CaseEvent &e : d->timeline)
        unknownShown = unknownShown || caseEventLabel(e) == u"Unknown (future-event)"_s;
    CHECK(unknownShown);

    // check's warnings: what this version cannot understand, counted.
    const auto audit = auditStoredValues(a.connection());
    REQUIRE(audit.ok());
    QStringList texts;
    for (const ValueWarning &w : audit.value())
        texts << w.text;
    INFO(texts.join(u"\n"_s).toStdString());
    REQUIRE(audit->size() == 3);
    CHECK(texts.join(u"\n"_s).contains(u"3 cases have a case type this version does not know"_s));
    CHECK(texts.join(u"\n"_s).contains(u"1 case has a status this version does not know"_s));
    CHECK(texts.join(u"\n"_s).contains(u"1 case event has a kind this version does not know"_s));
}
