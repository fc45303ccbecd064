// Several desktops on one file, inside one process: presence, change
// notification through data_version, the write retry, the locking check on
// open, and clear all-or-nothing failures on a full disk or a read-only file.
#include "test_support.h"

#include "database/backup/backup.h"
#include "database/cases/closure_repository.h"
#include "database/office_file.h"
#include "database/practices/practice_repository.h"
#include "database/shared_file/busy_handler.h"
#include "database/shared_file/change_watcher.h"
#include "database/shared_file/lock_check.h"
#include "database/shared_file/presence_registry.h"
#include "database/shared_file/write_retry.h"
#include "database/sqlite/connection.h"
#include "database/sqlite/sql_error.h"
#include "database/sqlite/transaction.h"

#include <QFile>
#include <QFileInfo>

using namespace hub;
using namespace hub::db;

namespace
{

std::unique_ptr<OfficeFile> mustOpen(const QString &path, bool readOnly = false)
{
    auto r = OfficeFile::open(path, readOnly);
    INFO((r ? QString() : r.error().describe()).toStdString());
    REQUIRE(r.ok());
    return std::move(r).value();
}

QString newFile(const hubtest::TempDir &tmp, const QString &name = QStringLiteral("office.hubcase"))
{
    const QString path = tmp.path(name);
    CreateOptions options;
    options.seedCatalogue = false;
    auto r = OfficeFile::create(path, options);
    INFO((r ? QString() : r.error().describe()).toStdString());
    REQUIRE(r.ok());
    return path;
}

void setSetting(const OfficeFile &file, const QString &key, const QString &value)
{
    WriteTransaction tx(file.connection());
    Statement st = file.connection().prepare(QStringLiteral(
        "INSERT INTO local_settings(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value=excluded.value"));
    st.bind(1, key).bind(2, value).exec();
    tx.commit();
}

int presenceRows(const OfficeFile &file)
{
    return file.connection().scalar(QStringLiteral("SELECT count(*) FROM local_presence")).toInt();
}

// A large, valid practice list: 3000 payments-style records.
PracticeImport bigPracticeList()
{
    PracticeImport parsed;
    parsed.format = QStringLiteral("payments");
    for (int i = 0; i < 3000; ++i) {
        PracticeRecord p;
        p.odsCode = QStringLiteral("M%1").arg(10000 + i);
        p.name = QStringLiteral("PRACTICE NUMBER %1 WITH A LONG ENOUGH NAME TO FILL PAGES").arg(i);
        p.ccgCode = QStringLiteral("05C");
        p.address = QStringLiteral("%1 HIGH STREET, SOMEWHERE, WEST MIDLANDS").arg(i);
        p.postcode = QStringLiteral("WV1 1AA");
        p.registeredPatients = 5000 + i;
        parsed.records.append(p);
    }
    parsed.rowsRead = int(parsed.records.size());
    return parsed;
}

} // namespace

TEST_CASE("Presence and the backup log are local tables of every office file", "[database][shared][presence]")
{
    hubtest::TempDir tmp;
    auto file = mustOpen(newFile(tmp));
    for (const char *table : { "local_presence", "local_backup_log" }) {
        Statement st = file->connection().prepare(
            QStringLiteral("SELECT sql FROM sqlite_master WHERE type='table' AND name=?1"));
        st.bind(1, table);
        REQUIRE(st.step());
        CHECK_FALSE(st.text(0).contains(QStringLiteral("row_version"))); // local: never synced
    }
}

TEST_CASE("Two desktops on one file see each other, and stale or departed sessions are not shown",
    "[database][shared][presence]")
{
    hubtest::TempDir tmp;
    const QString path = newFile(tmp);
    auto first = mustOpen(path);
    auto second = mustOpen(path);
    first->setUser(QStringLiteral("alice"));
    second->setUser(QStringLiteral("bob"));
    PresenceRegistry a(*first);
    PresenceRegistry b(*second);
    REQUIRE(a.announce().ok());
    REQUIRE(b.announce().ok());

    auto seenByA = a.others();
    REQUIRE(seenByA.ok());
    REQUIRE(seenByA->size() == 1);
    CHECK(seenByA->at(0).user == QStringLiteral("bob"));
    CHECK(seenByA->at(0).sessionId == b.sessionId());
    CHECK_FALSE(seenByA->at(0).machine.isEmpty());
    CHECK(seenByA->at(0).since.isValid());
    auto seenByB = b.others();
    REQUIRE(seenByB.ok());
    REQUIRE(seenByB->size() == 1);
    CHECK(seenByB->at(0).user == QStringLiteral("alice"));

    SECTION("a desktop that stopped beating is ignored, then cleaned up")
    {
        const QString old = QDateTime::currentDateTimeUtc().addSecs(-10 * 60).toString(Qt::ISODateWithMs);
        Statement st = first->connection().prepare(
            QStringLiteral("INSERT INTO local_presence(session_id, user, machine, pid, since, heartbeat_at) VALUES "
                           "('crashed','carol','PC-9',1,?1,?1)"));
        st.bind(1, old).exec();
        REQUIRE(presenceRows(*first) == 3);
        CHECK(a.others()->size() == 1); // carol is not shown
        REQUIRE(a.heartbeat().ok()); // and the next beat removes her row
        CHECK(presenceRows(*first) == 2);
    }
    SECTION("leaving removes the row at once")
    {
        REQUIRE(b.leave().ok());
        CHECK(a.others()->isEmpty());
        CHECK(presenceRows(*first) == 1);
    }
    SECTION("a registry that goes away (the app closing) leaves")
    {
        {
            PresenceRegistry c(*second);
            REQUIRE(c.announce().ok());
            CHECK(a.others()->size() == 2);
        }
        CHECK(a.others()->size() == 1);
    }
    SECTION("a desktop dropped as stale while asleep comes back on its next beat")
    {
        a.setNowForTesting(QDateTime::currentDateTimeUtc().addSecs(PresenceRegistry::kStaleSeconds + 60));
        REQUIRE(a.heartbeat().ok()); // from a's future, b is stale: removed
        CHECK(presenceRows(*first) == 1);
        REQUIRE(b.heartbeat().ok()); // b wakes up and writes its row again
        CHECK(presenceRows(*first) == 2);
    }
}

TEST_CASE("A read-only desktop cannot announce itself but still sees the others", "[database][shared][presence]")
{
    hubtest::TempDir tmp;
    const QString path = newFile(tmp);
    auto writer = mustOpen(path);
    PresenceRegistry w(*writer);
    REQUIRE(w.announce().ok());
    auto reader = mustOpen(path, true);
    PresenceRegistry r(*reader);
    const Status announced = r.announce();
    REQUIRE_FALSE(announced.ok());
    CHECK(announced.error().code == ErrorCode::ReadOnly);
    REQUIRE(r.others().ok());
    CHECK(r.others()->size() == 1);
}

TEST_CASE("ChangeWatcher reports commits made by another connection, not its own", "[database][shared][watcher]")
{
    hubtest::TempDir tmp;
    const QString path = newFile(tmp);
    auto mine = mustOpen(path);
    auto theirs = mustOpen(path);
    ChangeWatcher watcher(mine->connection());
    int notices = 0;
    QObject::connect(&watcher, &ChangeWatcher::changed, [&] { ++notices; });

    CHECK_FALSE(watcher.poll());
    setSetting(*theirs, QStringLiteral("colour"), QStringLiteral("blue"));
    CHECK(watcher.poll());
    CHECK(notices == 1);
    CHECK_FALSE(watcher.poll()); // reported once
    setSetting(*mine, QStringLiteral("colour"), QStringLiteral("green"));
    CHECK_FALSE(watcher.poll()); // our own save is not news
    setSetting(*theirs, QStringLiteral("colour"), QStringLiteral("red"));
    setSetting(*theirs, QStringLiteral("colour"), QStringLiteral("amber"));
    CHECK(watcher.poll()); // two commits, one refresh
    CHECK(notices == 2);
}

TEST_CASE("ChangeWatcher tells content changes from other desktops' heartbeats", "[database][shared][watcher]")
{
    hubtest::TempDir tmp;
    const QString path = newFile(tmp);
    auto mine = mustOpen(path);
    auto theirs = mustOpen(path);
    ChangeWatcher watcher(mine->connection());
    int any = 0;
    int content = 0;
    QObject::connect(&watcher, &ChangeWatcher::changed, [&] { ++any; });
    QObject::connect(&watcher, &ChangeWatcher::contentChanged, [&] { ++content; });

    PresenceRegistry presence(*theirs);
    REQUIRE(presence.announce().ok());
    CHECK(watcher.poll());
    CHECK(any == 1);
    CHECK(content == 0); // someone arrived: no screen needs reloading

    REQUIRE(ClosureRepository(*theirs).add(QDate(2026, 11, 24), QStringLiteral("Staff training")).ok());
    CHECK(watcher.poll());
    CHECK(any == 2);
    CHECK(content == 1); // a captured write: screens reload
}

TEST_CASE("A write that stays busy is retried, then reported plainly, and other errors are not retried",
    "[database][shared][retry]")
{
    hubtest::TempDir tmp;
    const QString path = newFile(tmp);
    Connection blocker;
    blocker.open(path, Connection::Access::ReadWrite);
    blocker.applyOfficePragmas();
    Connection writer;
    writer.open(path, Connection::Access::ReadWrite);
    writer.applyOfficePragmas(20); // tiny busy timeout: the test never waits long
    const auto save = [&]() -> Status {
        WriteTransaction tx(writer);
        writer.execScript(QStringLiteral("INSERT INTO local_settings(key, value) VALUES ('saved', 'yes')"));
        tx.commit();
        return {};
    };
    QVector<int> pauses;
    WriteRetryPolicy policy;
    policy.pause = [&](int ms) { pauses << ms; };

    SECTION("still locked after every try")
    {
        blocker.execScript(QStringLiteral("BEGIN IMMEDIATE"));
        const Status r = withWriteRetry(save, policy);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Busy);
        CHECK(r.error().message.contains(QStringLiteral("changes are kept")));
        CHECK(pauses == QVector<int> { 200, 400 }); // 3 tries, growing pauses
        blocker.execScript(QStringLiteral("ROLLBACK"));
        CHECK(writer.scalar(QStringLiteral("SELECT count(*) FROM local_settings WHERE key='saved'")).toInt() == 0);
    }
    SECTION("the lock goes away during the pause")
    {
        blocker.execScript(QStringLiteral("BEGIN IMMEDIATE"));
        policy.pause = [&](int ms) {
            pauses << ms;
            blocker.execScript(QStringLiteral("ROLLBACK"));
        };
        REQUIRE(withWriteRetry(save, policy).ok());
        CHECK(pauses.size() == 1);
        CHECK(writer.scalar(QStringLiteral("SELECT value FROM local_settings WHERE key='saved'")).toString()
            == QStringLiteral("yes"));
    }
    SECTION("a conflict is returned at once")
    {
        int tries = 0;
        const Status r = withWriteRetry(
            [&]() -> Status {
                ++tries;
                return makeError(ErrorCode::Conflict, QStringLiteral("changed by bob"));
            },
            policy);
        CHECK(r.error().code == ErrorCode::Conflict);
        CHECK(tries == 1);
        CHECK(pauses.isEmpty());
    }
    SECTION("results pass through")
    {
        const Result<int> r = withWriteRetry([]() -> Result<int> { return 42; }, policy);
        REQUIRE(r.ok());
        CHECK(r.value() == 42);
    }
}

TEST_CASE("The fair busy handler gives up with Busy once its timeout has passed", "[database][shared][retry]")
{
    hubtest::TempDir tmp;
    const QString path = newFile(tmp);
    Connection blocker;
    blocker.open(path, Connection::Access::ReadWrite);
    Connection waiter;
    waiter.open(path, Connection::Access::ReadWrite);
    installFairBusyHandler(waiter.handle(), 30);
    blocker.execScript(QStringLiteral("BEGIN IMMEDIATE"));
    try {
        waiter.execScript(QStringLiteral("BEGIN IMMEDIATE"));
        FAIL("took the write lock another connection holds");
    } catch (const SqlError &e) {
        CHECK(e.error().code == ErrorCode::Busy);
    }
    blocker.execScript(QStringLiteral("ROLLBACK"));
    waiter.execScript(QStringLiteral("BEGIN IMMEDIATE; ROLLBACK;")); // and takes it once free
}

TEST_CASE("Opening read-write proves the folder can lock and journal, without changing the file",
    "[database][shared][locking]")
{
    hubtest::TempDir tmp;
    const QString path = newFile(tmp);
    auto file = mustOpen(path);
    const auto versionBefore = file->connection().scalar(QStringLiteral("PRAGMA data_version")).toLongLong();
    Connection other;
    other.open(path, Connection::Access::ReadWrite);
    const auto otherVersion = other.scalar(QStringLiteral("PRAGMA data_version")).toLongLong();

    const Status locking = verifyLocking(file->connection());
    INFO((locking ? QString() : locking.error().describe()).toStdString());
    REQUIRE(locking.ok());
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
    CHECK(other.scalar(QStringLiteral("PRAGMA data_version")).toLongLong() == otherVersion); // nothing committed
    CHECK(file->connection().scalar(QStringLiteral("PRAGMA data_version")).toLongLong() == versionBefore);

    SECTION("another desktop holding the write lock is Busy, not a locking failure")
    {
        Connection quick;
        quick.open(path, Connection::Access::ReadWrite);
        quick.applyOfficePragmas(20);
        other.execScript(QStringLiteral("BEGIN IMMEDIATE"));
        const Status r = verifyLocking(quick);
        other.execScript(QStringLiteral("ROLLBACK"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Busy);
    }
    SECTION("a journal mode other than DELETE is refused with a plain reason")
    {
        Connection wal;
        wal.open(tmp.path(QStringLiteral("memory-journal.hubcase")), Connection::Access::Create);
        wal.execScript(QStringLiteral(
            "CREATE TABLE local_settings(key TEXT PRIMARY KEY, value TEXT); PRAGMA journal_mode=MEMORY;"));
        const Status r = verifyLocking(wal);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Io);
        CHECK(r.error().message.contains(QStringLiteral("locking")));
    }
    SECTION("read-only connections pass: they take no write lock")
    {
        auto reader = mustOpen(path, true);
        CHECK(verifyLocking(reader->connection()).ok());
    }
}

TEST_CASE("A full disk fails a large import whole, with a clear message, and the file stays good",
    "[database][shared][failure]")
{
    hubtest::TempDir tmp;
    const QString path = newFile(tmp);
    auto file = mustOpen(path);
    const int pages = file->connection().scalar(QStringLiteral("PRAGMA page_count")).toInt();
    // The "disk" holds a few pages more than the file has now.
    file->connection().execScript(QStringLiteral("PRAGMA max_page_count=%1").arg(pages + 4));

    PracticeRepository practices(*file);
    const auto r = practices.importParsed(bigPracticeList(), QStringLiteral("big.csv"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::Io);
    CHECK(r.error().message.contains(QStringLiteral("disk is full")));
    CHECK(r.error().message.contains(QStringLiteral("nothing was saved")));
    CHECK(practices.count().value() == 0); // not one row of the 3000
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
    CHECK(integrityCheck(path).value() == QStringLiteral("ok"));

    // With room again, the same import goes through whole.
    file->connection().execScript(QStringLiteral("PRAGMA max_page_count=1073741823"));
    const auto again = practices.importParsed(bigPracticeList(), QStringLiteral("big.csv"));
    REQUIRE(again.ok());
    CHECK(again->inserted == 3000);
}

TEST_CASE("A read-only office file refuses writes plainly and is not changed", "[database][shared][failure]")
{
    hubtest::TempDir tmp;
    const QString path = newFile(tmp);
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();

    SECTION("opened read-only")
    {
        auto file = mustOpen(path, true);
        CHECK(file->mode() == OfficeFile::Mode::ReadOnly);
        const auto r = PracticeRepository(*file).importParsed(bigPracticeList(), QStringLiteral("big.csv"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::ReadOnly);
        CHECK(r.error().message.contains(QStringLiteral("read-only")));
    }
    SECTION("the file itself is read-only")
    {
        REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        if (QFileInfo(path).isWritable()) {
            WARN("running as a user who can write read-only files (root); checked through a read-only connection "
                 "instead");
            Connection c;
            c.open(path, Connection::Access::ReadOnly);
            try {
                WriteTransaction tx(c);
                FAIL("a write transaction started on a read-only connection");
            } catch (const SqlError &e) {
                CHECK(e.error().code == ErrorCode::ReadOnly);
            }
        } else {
            auto file = mustOpen(path);
            CHECK(file->mode() == OfficeFile::Mode::ReadOnly);
            const auto r = PracticeRepository(*file).importParsed(bigPracticeList(), QStringLiteral("big.csv"));
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().code == ErrorCode::ReadOnly);
        }
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == before);
}
