// Every kind of write waits for another desktop's write lock instead of
// failing at once with "database is locked" (issue 8, item 2).
//
// A second connection holds the write lock (BEGIN IMMEDIATE: RESERVED, so
// reads still go through and the first place the write can meet the lock is
// its own BEGIN IMMEDIATE). The writer's busy handler is replaced by one that
// counts its calls and releases the other connection on the first: a write
// that waits therefore succeeds, and one that SQLite refuses to let wait (a
// read statement still open on its connection) fails with Busy and zero calls.
// Nothing is timed. The multi-process version is shared_file_stress_test.cpp.
#include "test_support.h"

#include "database/backup/backup.h"
#include "database/backup/backup_folder.h"
#include "database/cases/attachment_repository.h"
#include "database/cases/case_repository.h"
#include "database/cases/closure_repository.h"
#include "database/cases/template_repository.h"
#include "database/catalogue/catalogue_repository.h"
#include "database/ccgs/ccg_repository.h"
#include "database/demo/demo_as_of.h"
#include "database/office_file.h"
#include "database/practices/practice_repository.h"
#include "database/shared_file/busy_handler.h"
#include "database/shared_file/presence_registry.h"
#include "database/specs/spec_repository.h"
#include "database/sqlite/sql_error.h"
#include "database/sqlite/sqlite_api.h"
#include "database/sqlite/transaction.h"
#include "database/sync/sync_service.h"

#include <QDir>
#include <QFile>
#include <functional>
#include <memory>

using namespace hub;
using namespace hub::db;

namespace
{

using namespace Qt::StringLiterals;

// Another desktop holding the write lock until our writer first waits for it.
struct LockHolder {
    Connection other;
    int waits = 0;

    int onBusy()
    {
        ++waits;
        if (sqlite3_get_autocommit(other.handle()) == 0)
            sqlite3_exec(other.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        return 1; // try again: the lock is free now
    }
    static int busy(void *self, int) { return static_cast<LockHolder *>(self)->onBusy(); }
};

template <typename R> Status statusOf(const R &r)
{
    if (r.ok())
        return {};
    return r.error();
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

const QByteArray kEpraccurRow = "\"M92001\",\"BILSTON HEALTH CENTRE\",\"Y60\",\"Q54\",\"BILSTON HEALTH "
                                "CENTRE\",\"PROUDS LANE\",\"BILSTON\",\"WEST MIDLANDS\",\"\",\"WV14 "
                                "6PW\",\"19740401\",\"\",\"A\",\"B\",\"06A\",\"20130401\",\"\",\"01902 "
                                "444000\",\"\",\"\",\"\",\"0\",\"\",\"06A\",\"\",\"4\",\"\"\r\n";

struct Write {
    const char *name;
    std::function<Status()> run;
};

} // namespace

TEST_CASE("WriteTransaction refuses to begin while a read is still open on its connection", "[database][shared][busy]")
{
    hubtest::TempDir tmp;
    auto file = OfficeFile::create(tmp.path(u"idle.hubcase"_s));
    REQUIRE(file.ok());
    const Connection &c = (*file)->connection();
    Statement open = c.prepare(u"SELECT code FROM ccg ORDER BY code"_s);
    REQUIRE(open.step()); // one row read, more to come: the connection holds SHARED
    try {
        WriteTransaction tx(c);
        FAIL("the write began with a read open");
    } catch (const SqlError &e) {
        CHECK(e.error().code == ErrorCode::Internal);
        CHECK(e.error().message.contains(u"SELECT code FROM ccg"_s));
    }
    CHECK(sqlite3_get_autocommit(c.handle()) == 1); // nothing begun
    open.reset();
    WriteTransaction tx(c); // a reset (or finished) statement holds no lock
    tx.commit();
}

TEST_CASE("Every kind of write waits for another desktop's write lock", "[database][shared][busy]")
{
    hubtest::TempDir tmp;
    const QString path = tmp.path(u"waits.hubcase"_s);
    REQUIRE(OfficeFile::create(path).ok());
    auto opened = OfficeFile::open(path);
    REQUIRE(opened.ok());
    OfficeFile &file = *opened.value();

    // A bundle from another office to import.
    const QString outbox = tmp.path(u"outbox"_s);
    QDir().mkpath(outbox);
    QString bundle;
    {
        const QString otherPath = tmp.path(u"other.hubcase"_s);
        REQUIRE(SyncService::startNewOffice(file, otherPath, u"BCH"_s, u"Other office"_s).ok());
        auto other = OfficeFile::open(otherPath);
        REQUIRE(other.ok());
        REQUIRE(ClosureRepository(**other).add(QDate(2031, 3, 5), u"Other office training"_s).ok());
        const auto exported = SyncService(**other).exportChanges(outbox, true);
        REQUIRE(exported.ok());
        bundle = exported->path;
        REQUIRE_FALSE(bundle.isEmpty());
    }
    REQUIRE(PracticeRepository(file).importFile(writeFile(tmp.path(u"epraccur.csv"_s), kEpraccurRow)).ok());
    const QString mine = tmp.path(u"mine"_s);
    QDir().mkpath(mine);
    const QString backups = tmp.path(u"backups"_s);
    QDir().mkpath(backups);

    CaseRepository cases(file);
    QString ref;
    QString noteId;
    std::int64_t version = 0;
    const auto track = [&](const Result<CaseDetail> &r) {
        if (r.ok()) {
            ref = r->row.ref;
            version = r->row.version;
        }
        return statusOf(r);
    };
    NewCase nc;
    nc.ccgCode = u"06A"_s;
    nc.received = QDate(2026, 2, 2);
    nc.title = u"Locum query"_s;
    std::unique_ptr<PresenceRegistry> presence;

    const QVector<Write> writes = {
        { "case add", [&] { return track(cases.add(nc)); } },
        { "case add with a practice",
            [&] {
                NewCase p = nc;
                p.practiceOds = u"M92001"_s;
                return track(cases.add(p));
            } },
        { "case event: acknowledged",
            [&] {
                CaseEvent e;
                e.kind = CaseEventKind::Acknowledged;
                e.on = QDate(2026, 2, 3);
                return track(cases.addEvent(ref, e));
            } },
        { "case event: note",
            [&] {
                CaseEvent e;
                e.kind = CaseEventKind::Note;
                e.on = QDate(2026, 2, 4);
                e.note = u"Rang the practice"_s;
                return track(cases.addEvent(ref, e, &noteId));
            } },
        { "case event removed", [&] { return track(cases.removeEvent(ref, noteId, version)); } },
        { "case edit",
            [&] {
                return track(cases.edit(
                    ref, version, { { u"title"_s, u"Locum query (edited)"_s }, { u"priority"_s, u"high"_s } }));
            } },
        { "case edit: type",
            [&] {
                return track(cases.edit(ref, version, { { u"type"_s, u"information-request"_s } }));
            } },
        { "case import",
            [&] {
                CaseRepository::Import imp;
                imp.newCase = nc;
                return statusOf(cases.addMany({ imp, imp }));
            } },
        { "attachment add",
            [&] {
                return statusOf(AttachmentRepository(file).add(ref, u"note.txt"_s, "hello", u"text/plain"_s, {}));
            } },
        { "closure add", [&] { return ClosureRepository(file).add(QDate(2030, 6, 5), u"Staff training"_s); } },
        { "closure reason",
            [&] {
                const auto list = ClosureRepository(file).list();
                REQUIRE(list.ok());
                REQUIRE_FALSE(list->isEmpty());
                return ClosureRepository(file).updateReason(
                    QDate(2030, 6, 5), list->first().meta.version, u"Training day"_s);
            } },
        { "closure remove",
            [&] {
                const auto list = ClosureRepository(file).list();
                REQUIRE(list.ok());
                REQUIRE_FALSE(list->isEmpty());
                return ClosureRepository(file).remove(QDate(2030, 6, 5), list->first().meta.version);
            } },
        { "practices import",
            [&] {
                const QByteArray changed
                    = QByteArray(kEpraccurRow).replace("BILSTON HEALTH CENTRE\",\"Y60", "BILSTON HC\",\"Y60");
                return statusOf(PracticeRepository(file).importFile(writeFile(tmp.path(u"epraccur2.csv"_s), changed)));
            } },
        { "spec created", [&] { return statusOf(SpecRepository(file).loadOrCreate(u"05L"_s)); } },
        { "spec determination",
            [&] {
                const auto spec = SpecRepository(file).loadOrCreate(u"05L"_s);
                REQUIRE(spec.ok());
                REQUIRE_FALSE(spec->items.isEmpty());
                const auto &item = spec->items.first();
                return SpecRepository(file).setDetermination(spec.value(), item.activityKey, Determination::HubDelivers,
                    u"agreed at panel"_s, item.meta.version);
            } },
        { "spec header",
            [&] {
                const auto spec = SpecRepository(file).loadOrCreate(u"05L"_s);
                REQUIRE(spec.ok());
                return SpecRepository(file).updateHeader(
                    spec->meta.id, spec->meta.version, { { u"director_name"_s, u"A. Director"_s } });
            } },
        { "template defaults", [&] { return TemplateRepository(file).ensureDefaults(); } },
        { "template add",
            [&] {
                LetterTemplate t;
                t.key = u"chaser"_s;
                t.name = u"Chaser"_s;
                t.body = u"<p>Dear {{practice}}</p>"_s;
                return TemplateRepository(file).add(t);
            } },
        { "template edit",
            [&] {
                const auto t = TemplateRepository(file).get(u"chaser"_s);
                REQUIRE(t.ok());
                return TemplateRepository(file).update(
                    u"chaser"_s, t->meta.version, { { u"body"_s, u"<p>Hello</p>"_s } });
            } },
        { "template remove",
            [&] {
                const auto t = TemplateRepository(file).get(u"chaser"_s);
                REQUIRE(t.ok());
                return TemplateRepository(file).remove(u"chaser"_s, t->meta.version);
            } },
        { "sync export", [&] { return statusOf(SyncService(file).exportChanges(mine)); } },
        { "sync import", [&] { return statusOf(SyncService(file).importBundle(bundle)); } },
        { "sync exchange folder", [&] { return SyncService(file).setExchangeFolder(outbox); } },
        { "sync with folder", [&] { return statusOf(SyncService(file).syncWithFolder()); } },
        { "presence announce",
            [&] {
                presence = std::make_unique<PresenceRegistry>(file);
                return presence->announce();
            } },
        { "presence heartbeat", [&] { return presence->heartbeat(); } },
        { "presence leave", [&] { return presence->leave(); } },
        { "backup settings",
            [&] {
                return saveBackupSettings(file, BackupSettings { backups, 60, 3 });
            } },
        { "backup (logged)", [&] { return statusOf(backupToFolder(file, backups, 3)); } },
        { "demo as-of day", [&] { return setDemoAsOf(file, QDate(2026, 3, 1)); } },
    };

    for (const Write &w : writes) {
        INFO(w.name);
        LockHolder holder;
        holder.other.open(path, Connection::Access::ReadWrite);
        holder.other.execScript(u"BEGIN IMMEDIATE"_s);
        sqlite3_busy_handler(file.connection().handle(), &LockHolder::busy, &holder);
        const Status r = w.run();
        installFairBusyHandler(file.connection().handle(), 10000);
        INFO((r.ok() ? QString() : r.error().describe()).toStdString());
        CHECK(r.ok());
        CHECK(holder.waits >= 1); // it met the lock and waited for it
    }
    const auto integrity = integrityCheck(path);
    REQUIRE(integrity.ok());
    CHECK(integrity.value() == u"ok"_s);
}
