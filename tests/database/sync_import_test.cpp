// Export / import between offices: round trip, idempotence, ordering,
// conflicts and their review, and refusal of bad bundles with no change.
#include "sync_test_support.h"

#include "database/sync/bundle_format.h"
#include "database/sync/conflict_repository.h"

#include <QFile>

using namespace hub;
using namespace hub::db;
using synctest::allChanges;
using synctest::importBytes;

namespace
{

const QString kCcg = QStringLiteral("ccg");
const QString kLead = QStringLiteral("ccg_lead");

QString lead(OfficeFile &f, const QString &id)
{
    return RecordStore(f).current(kCcg, id).value(kLead).toString();
}

QString insertPractice(OfficeFile &f, const QString &ods, const QString &name)
{
    WriteTransaction tx(f.connection());
    const QString id = RecordStore(f).insert(
        QStringLiteral("practice"), { { QStringLiteral("ods_code"), ods }, { QStringLiteral("name"), name } });
    tx.commit();
    return id;
}

} // namespace

TEST_CASE("Changes travel whole: edit, insert and tombstone round trip", "[sync]")
{
    hubtest::TempDir tmp;
    auto o = synctest::officesFromSeed(tmp, { QStringLiteral("AAA"), QStringLiteral("BBB") });
    OfficeFile &a = *o[0];
    OfficeFile &b = *o[1];
    REQUIRE(synctest::contentHash(a) == synctest::contentHash(b));

    const QString ccg = synctest::firstId(a, kCcg);
    synctest::edit(a, kCcg, ccg, { { kLead, QStringLiteral("Dr A") } });
    const QString practice = insertPractice(a, QStringLiteral("M85001"), QStringLiteral("Alpha Surgery"));
    {
        WriteTransaction tx(a.connection());
        RecordStore(a).tombstone(QStringLiteral("practice"), practice, 1);
        tx.commit();
    }
    CHECK(synctest::outboxMax(a) == 3);

    const auto imported = importBytes(b, allChanges(a));
    INFO((imported ? QString() : imported.error().message).toStdString());
    REQUIRE(imported.ok());
    CHECK(imported->entriesApplied == 3);
    CHECK(imported->conflicts == 0);
    CHECK(lead(b, ccg) == QStringLiteral("Dr A"));
    CHECK(RecordStore(b).current(kCcg, ccg) == RecordStore(a).current(kCcg, ccg));
    CHECK(!RecordStore(b).current(QStringLiteral("practice"), practice).value(QStringLiteral("deleted_at")).isNull());
    CHECK(synctest::contentHash(a) == synctest::contentHash(b));
    // Imported changes belong to AAA's outbox, not BBB's: no echo back.
    CHECK(synctest::outboxMax(b) == 0);

    SECTION("importing the same bundle again changes nothing")
    {
        const QString before = synctest::wholeFileHash(b);
        const auto again = importBytes(b, allChanges(a));
        REQUIRE(again.ok());
        CHECK(again->alreadyImported());
        CHECK(again->entriesAlreadyImported == 3);
        CHECK(synctest::wholeFileHash(b) == before);
    }
    SECTION("the receiving clock moves past imported stamps")
    {
        const QString theirs = RecordStore(b).current(kCcg, ccg).value(QStringLiteral("rev")).toString();
        CHECK(b.nextRevision() > theirs);
    }
    SECTION("sync status reports the peer and pending changes")
    {
        const auto sa = syncStatus(a);
        const auto sb = syncStatus(b);
        REQUIRE(sa.ok());
        REQUIRE(sb.ok());
        CHECK(sa->pendingEntries == 3);
        REQUIRE(sb->peers.size() == 1);
        CHECK(sb->peers[0].officeCode == QStringLiteral("AAA"));
        CHECK(sb->peers[0].contiguousSeq == 3);
        CHECK(sa->contentHash == sb->contentHash);
    }
}

TEST_CASE("An update arriving before its insert, and duplicates, still converge", "[sync]")
{
    hubtest::TempDir tmp;
    auto o = synctest::officesFromSeed(tmp, { QStringLiteral("AAA"), QStringLiteral("BBB"), QStringLiteral("CCC") });
    OfficeFile &a = *o[0];
    OfficeFile &b = *o[1];
    OfficeFile &c = *o[2];
    const QString practice = insertPractice(a, QStringLiteral("M85002"), QStringLiteral("Beta"));
    const QByteArray insertBundle = allChanges(a);
    REQUIRE(importBytes(b, insertBundle).ok());
    // BBB edits the practice AAA created; CCC hears from BBB first.
    synctest::edit(
        b, QStringLiteral("practice"), practice, { { QStringLiteral("name"), QStringLiteral("Beta Health Centre") } });
    const QByteArray updateBundle = allChanges(b);
    const auto first = importBytes(c, updateBundle);
    REQUIRE(first.ok());
    CHECK(first->conflicts == 0);
    CHECK(RecordStore(c).current(QStringLiteral("practice"), practice).value(QStringLiteral("name")).toString()
        == QStringLiteral("Beta Health Centre"));
    const auto late = importBytes(c, insertBundle);
    REQUIRE(late.ok());
    CHECK(late->conflicts == 0); // a late ancestor is recognised, not a conflict
    REQUIRE(importBytes(c, updateBundle).ok());
    REQUIRE(importBytes(a, updateBundle).ok());
    CHECK(synctest::contentHash(a) == synctest::contentHash(b));
    CHECK(synctest::contentHash(b) == synctest::contentHash(c));
}

TEST_CASE("Concurrent edits: the newest stamp wins everywhere and both offices log it for review", "[sync][conflict]")
{
    hubtest::TempDir tmp;
    auto o = synctest::officesFromSeed(tmp, { QStringLiteral("AAA"), QStringLiteral("BBB") });
    OfficeFile &a = *o[0];
    OfficeFile &b = *o[1];
    const QString ccg = synctest::firstId(a, kCcg);
    synctest::edit(a, kCcg, ccg, { { kLead, QStringLiteral("Dr A") } });
    synctest::edit(b, kCcg, ccg, { { kLead, QStringLiteral("Dr B") } });
    const QString revA = RecordStore(a).current(kCcg, ccg).value(QStringLiteral("rev")).toString();
    const QString revB = RecordStore(b).current(kCcg, ccg).value(QStringLiteral("rev")).toString();
    const QString winner = revA > revB ? QStringLiteral("Dr A") : QStringLiteral("Dr B");

    const auto intoB = importBytes(b, allChanges(a));
    const auto intoA = importBytes(a, allChanges(b));
    REQUIRE(intoA.ok());
    REQUIRE(intoB.ok());
    CHECK(intoA->conflicts == 1);
    CHECK(intoB->conflicts == 1);
    CHECK(lead(a, ccg) == winner);
    CHECK(lead(b, ccg) == winner);
    CHECK(synctest::contentHash(a) == synctest::contentHash(b));

    ConflictRepository conflictsA(a);
    const auto list = conflictsA.list();
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    const SyncConflict &c = list->first();
    CHECK(c.table == kCcg);
    CHECK(c.rowId == ccg);
    CHECK(c.kind == QStringLiteral("data"));
    CHECK(c.localRow.value(kLead).toString() == QStringLiteral("Dr A"));
    CHECK(c.incomingRow.value(kLead).toString() == QStringLiteral("Dr B"));
    CHECK(c.winner == (winner == QStringLiteral("Dr B") ? QStringLiteral("theirs") : QStringLiteral("local")));

    SECTION("resolving writes the choice as a new version that reaches the other office")
    {
        const std::int64_t before = synctest::outboxMax(a);
        // Choose the version that lost, so a write is needed.
        const auto keep
            = c.winner == QStringLiteral("theirs") ? ConflictRepository::Keep::Local : ConflictRepository::Keep::Theirs;
        const QString loser = winner == QStringLiteral("Dr A") ? QStringLiteral("Dr B") : QStringLiteral("Dr A");
        REQUIRE(conflictsA.resolve(c.id, keep).ok());
        CHECK(lead(a, ccg) == loser);
        CHECK(conflictsA.list()->isEmpty());
        CHECK(synctest::outboxMax(a) == before + 1);
        REQUIRE(importBytes(b, allChanges(a, before + 1)).ok());
        CHECK(lead(b, ccg) == loser);
        CHECK(synctest::contentHash(a) == synctest::contentHash(b));
        CHECK_FALSE(conflictsA.resolve(c.id, keep).ok());
    }
}

TEST_CASE("A change that breaks a uniqueness rule is logged, not applied", "[sync][conflict]")
{
    hubtest::TempDir tmp;
    auto o = synctest::officesFromSeed(tmp, { QStringLiteral("AAA"), QStringLiteral("BBB") });
    OfficeFile &a = *o[0];
    OfficeFile &b = *o[1];
    auto addCcg = [](OfficeFile &f, const QString &name) {
        WriteTransaction tx(f.connection());
        RecordStore(f).insert(
            kCcg, { { QStringLiteral("code"), QStringLiteral("99Z") }, { QStringLiteral("name"), name } });
        tx.commit();
    };
    addCcg(a, QStringLiteral("Made in A"));
    addCcg(b, QStringLiteral("Made in B"));
    const auto r = importBytes(b, allChanges(a));
    REQUIRE(r.ok());
    CHECK(r->conflicts == 1);
    const auto list = ConflictRepository(b).list();
    REQUIRE(list->size() == 1);
    CHECK(list->first().kind == QStringLiteral("constraint"));
    CHECK(list->first().incomingRow.value(QStringLiteral("name")).toString() == QStringLiteral("Made in A"));
}

TEST_CASE("Damaged, truncated, foreign and own bundles are refused whole with the file unchanged", "[sync][refuse]")
{
    hubtest::TempDir tmp;
    auto o = synctest::officesFromSeed(tmp, { QStringLiteral("AAA"), QStringLiteral("BBB") });
    OfficeFile &a = *o[0];
    OfficeFile &b = *o[1];
    synctest::edit(a, kCcg, synctest::firstId(a, kCcg), { { kLead, QStringLiteral("Dr A") } });
    insertPractice(a, QStringLiteral("M85003"), QStringLiteral("Gamma"));
    const QByteArray good = allChanges(a);
    const QString before = synctest::wholeFileHash(b);

    auto refused = [&](const QByteArray &bytes, ErrorCode code, const char *words) {
        const auto r = importBytes(b, bytes);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == code);
        CHECK(r.error().message.contains(QString::fromLatin1(words)));
        CHECK(synctest::wholeFileHash(b) == before);
    };
    SECTION("one flipped byte")
    {
        QByteArray bad = good;
        bad[bad.size() - 5] = static_cast<char>(bad[bad.size() - 5] ^ 0x10);
        refused(bad, ErrorCode::Corrupt, "damaged");
    }
    SECTION("cut short")
    {
        refused(good.left(good.size() - 10), ErrorCode::Corrupt, "incomplete");
        refused(good.left(30), ErrorCode::Corrupt, "incomplete");
    }
    SECTION("not a bundle at all")
    {
        refused(QByteArray("id,name\n1,x\n"), ErrorCode::NotHubcaseFile, "not a Hubcase sync bundle");
        QFile office(a.path());
        REQUIRE(office.open(QIODevice::ReadOnly));
        refused(office.readAll(), ErrorCode::NotHubcaseFile, "not a Hubcase sync bundle");
        refused(QByteArray(), ErrorCode::NotHubcaseFile, "not a Hubcase sync bundle");
    }
    SECTION("a bundle from this very office")
    {
        const auto r = importBytes(a, good);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("exported by this office")));
    }
    SECTION("a resealed bundle whose changes touch a local table")
    {
        // Valid checksum, hostile content: must still be refused whole.
        QByteArray evil = good;
        const int at = evil.indexOf("ccg");
        REQUIRE(at > 0);
        QByteArray renamed = evil;
        renamed.replace(at, 3, "zzz");
        refused(BundleFormat::reseal(renamed), ErrorCode::Invalid, "not a synced table");
    }
}

TEST_CASE("A new office started from a file with sync history numbers its own changes from 1", "[sync]")
{
    hubtest::TempDir tmp;
    auto o = synctest::officesFromSeed(tmp, { QStringLiteral("AAA") });
    OfficeFile &a = *o[0];
    const QString ccg = synctest::firstId(a, kCcg);
    synctest::edit(a, kCcg, ccg, { { kLead, QStringLiteral("Dr A") } });
    synctest::edit(a, kCcg, ccg, { { kLead, QStringLiteral("Dr B") } });
    REQUIRE(synctest::outboxMax(a) == 2);

    const QString path = tmp.path(QStringLiteral("from-aaa.hubcase"));
    REQUIRE(SyncService::startNewOffice(a, path, QStringLiteral("CCC"), QStringLiteral("CCC office")).ok());
    auto c = synctest::open(path);
    synctest::edit(*c, kCcg, ccg, { { kLead, QStringLiteral("Dr C") } });
    CHECK(synctest::outboxMax(*c) == 1); // not 3: others would wait forever for 1 and 2
}
