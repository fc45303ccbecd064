// A full disk (issue 8, item 6) is reported as a full disk on every path,
// and what a failed save can leave behind (a hot journal) never locks out
// read-only openers. The disk is made "full" by a test VFS that fails
// journal writes with SQLITE_FULL, as the unix VFS does on ENOSPC: a real
// tiny file system needs root to mount, which CI cannot promise.
#include "test_support.h"

#include "database/office_file.h"
#include "database/practices/practice_repository.h"
#include "database/records/record_store.h"
#include "database/sqlite/journal_guard.h"
#include "database/sqlite/sql_error.h"
#include "database/sqlite/sqlite_api.h"
#include "database/sqlite/transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <atomic>
#include <cstring>

using namespace hub;
using namespace hub::db;

namespace
{

std::atomic<bool> g_journalDiskFull { false };
sqlite3_vfs *g_under = nullptr;
sqlite3_vfs g_full;

struct FullFile {
    sqlite3_file base;
    sqlite3_file *real;
    bool journal;
};

sqlite3_file *realOf(sqlite3_file *f)
{
    return reinterpret_cast<FullFile *>(f)->real;
}

int fClose(sqlite3_file *f)
{
    sqlite3_file *r = realOf(f);
    const int rc = r->pMethods ? r->pMethods->xClose(r) : SQLITE_OK;
    sqlite3_free(r);
    return rc;
}
int fRead(sqlite3_file *f, void *b, int n, sqlite3_int64 o)
{
    return realOf(f)->pMethods->xRead(realOf(f), b, n, o);
}
int fWrite(sqlite3_file *f, const void *b, int n, sqlite3_int64 o)
{
    if (reinterpret_cast<FullFile *>(f)->journal && g_journalDiskFull)
        return SQLITE_FULL;
    return realOf(f)->pMethods->xWrite(realOf(f), b, n, o);
}
int fTruncate(sqlite3_file *f, sqlite3_int64 s)
{
    return realOf(f)->pMethods->xTruncate(realOf(f), s);
}
int fSync(sqlite3_file *f, int fl)
{
    return realOf(f)->pMethods->xSync(realOf(f), fl);
}
int fFileSize(sqlite3_file *f, sqlite3_int64 *s)
{
    return realOf(f)->pMethods->xFileSize(realOf(f), s);
}
int fLock(sqlite3_file *f, int l)
{
    return realOf(f)->pMethods->xLock(realOf(f), l);
}
int fUnlock(sqlite3_file *f, int l)
{
    return realOf(f)->pMethods->xUnlock(realOf(f), l);
}
int fCheckReserved(sqlite3_file *f, int *o)
{
    return realOf(f)->pMethods->xCheckReservedLock(realOf(f), o);
}
int fControl(sqlite3_file *f, int op, void *a)
{
    return realOf(f)->pMethods->xFileControl(realOf(f), op, a);
}
int fSector(sqlite3_file *f)
{
    return realOf(f)->pMethods->xSectorSize(realOf(f));
}
int fCaps(sqlite3_file *f)
{
    return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f));
}

// Version 1 methods only: no WAL, no mmap (the office file uses neither).
const sqlite3_io_methods kMethods = { 1, fClose, fRead, fWrite, fTruncate, fSync, fFileSize, fLock, fUnlock,
    fCheckReserved, fControl, fSector, fCaps, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr };

int vOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *out)
{
    auto *ff = reinterpret_cast<FullFile *>(file);
    ff->base.pMethods = nullptr;
    ff->real = static_cast<sqlite3_file *>(sqlite3_malloc(g_under->szOsFile));
    std::memset(ff->real, 0, size_t(g_under->szOsFile));
    ff->journal = (flags & SQLITE_OPEN_MAIN_JOURNAL) != 0;
    const int rc = g_under->xOpen(g_under, name, ff->real, flags, out);
    if (rc != SQLITE_OK || !ff->real->pMethods) {
        sqlite3_free(ff->real);
        return rc == SQLITE_OK ? SQLITE_CANTOPEN : rc;
    }
    ff->base.pMethods = &kMethods;
    return SQLITE_OK;
}
int vDelete(sqlite3_vfs *, const char *n, int s)
{
    return g_under->xDelete(g_under, n, s);
}
int vAccess(sqlite3_vfs *, const char *n, int f, int *o)
{
    return g_under->xAccess(g_under, n, f, o);
}
int vFull(sqlite3_vfs *, const char *n, int k, char *o)
{
    return g_under->xFullPathname(g_under, n, k, o);
}
int vRandom(sqlite3_vfs *, int k, char *o)
{
    return g_under->xRandomness(g_under, k, o);
}
int vSleep(sqlite3_vfs *, int us)
{
    return g_under->xSleep(g_under, us);
}
int vTime(sqlite3_vfs *, double *t)
{
    return g_under->xCurrentTime(g_under, t);
}
int vLastError(sqlite3_vfs *, int k, char *o)
{
    return g_under->xGetLastError(g_under, k, o);
}

// Becomes the process default while it lives, wrapping the journal guard.
struct FullDiskVfs {
    FullDiskVfs()
    {
        installJournalGuard();
        g_under = sqlite3_vfs_find(nullptr);
        std::memset(&g_full, 0, sizeof g_full);
        g_full.iVersion = 1;
        g_full.szOsFile = int(sizeof(FullFile));
        g_full.mxPathname = g_under->mxPathname;
        g_full.zName = "hubcase-test-full-disk";
        g_full.xOpen = vOpen;
        g_full.xDelete = vDelete;
        g_full.xAccess = vAccess;
        g_full.xFullPathname = vFull;
        g_full.xRandomness = vRandom;
        g_full.xSleep = vSleep;
        g_full.xCurrentTime = vTime;
        g_full.xGetLastError = vLastError;
        sqlite3_vfs_register(&g_full, 1);
    }
    ~FullDiskVfs()
    {
        g_journalDiskFull = false;
        sqlite3_vfs_unregister(&g_full);
        sqlite3_vfs_register(g_under, 1);
    }
};

} // namespace

TEST_CASE("A full disk during open's lock check is reported as a full disk", "[database][diskfull]")
{
    hubtest::TempDir tmp;
    const QString path = tmp.path(QStringLiteral("office.hubcase"));
    REQUIRE(OfficeFile::create(path).ok());
    const QByteArray before = hubtest::bytesOf(path);
    FullDiskVfs vfs;
    g_journalDiskFull = true;
    auto opened = OfficeFile::open(path);
    g_journalDiskFull = false;
    REQUIRE_FALSE(opened.ok());
    INFO(opened.error().describe().toStdString());
    CHECK(opened.error().message.contains(QStringLiteral("The disk is full")));
    CHECK_FALSE(opened.error().message.contains(QStringLiteral("locking")));
    CHECK(hubtest::bytesOf(path) == before);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
    CHECK(OfficeFile::open(path).ok()); // room again: opens as usual
}

TEST_CASE("A save on a full disk says so, and the file opens afterwards, read-only too", "[database][diskfull]")
{
    hubtest::TempDir tmp;
    const QString path = tmp.path(QStringLiteral("office.hubcase"));
    REQUIRE(OfficeFile::create(path).ok());
    FullDiskVfs vfs;
    {
        auto opened = OfficeFile::open(path);
        REQUIRE(opened.ok());
        g_journalDiskFull = true;
        const Status saved = guarded([&]() -> Status {
            WriteTransaction tx(opened.value()->connection());
            opened.value()->connection().execScript(
                QStringLiteral("INSERT INTO local_settings(key, value) VALUES ('x', hex(randomblob(5000)))"));
            tx.commit();
            return {};
        });
        g_journalDiskFull = false;
        REQUIRE_FALSE(saved.ok());
        CHECK(saved.error().message.contains(QStringLiteral("The disk is full; nothing was saved")));
    }
    auto reader = OfficeFile::open(path, true);
    INFO((reader ? QString() : reader.error().describe()).toStdString());
    REQUIRE(reader.ok());
    CHECK(reader.value()->setting(QStringLiteral("x")).isEmpty());
}

TEST_CASE("A read-only opener is not locked out by a dead writer's journal", "[database][diskfull][journal]")
{
    // What a failed save or a crash leaves: a hot journal. SQLite will not
    // let a read-only connection read past it; Hubcase undoes it first
    // when the file can be written.
    hubtest::TempDir tmp;
    const QString path = tmp.path(QStringLiteral("office.hubcase"));
    {
        CreateOptions options;
        options.seedCatalogue = false;
        auto created = OfficeFile::create(path, options);
        REQUIRE(created.ok());
        WriteTransaction tx(created.value()->connection());
        RecordStore store(*created.value());
        for (int i = 1; i <= 20; ++i) {
            const QString ods = QStringLiteral("S%1").arg(i, 5, 10, QLatin1Char('0'));
            store.insert(QStringLiteral("practice"),
                { { QStringLiteral("ods_code"), ods }, { QStringLiteral("name"), ods },
                    { QStringLiteral("registered_patients"), 0 } },
                practiceId(ods));
        }
        tx.commit();
    }
    QProcess worker;
    worker.start(
        hubtest::stressWorkerPath(), { path, QStringLiteral("hold"), QStringLiteral("0"), QStringLiteral("1") });
    REQUIRE(worker.waitForStarted(-1));
    QByteArray out;
    while (!out.contains("holding") && worker.state() == QProcess::Running) {
        worker.waitForReadyRead(-1);
        out += worker.readAllStandardOutput();
    }
    REQUIRE(out.contains("holding"));
    worker.kill();
    REQUIRE(worker.waitForFinished(-1));
    REQUIRE(QFileInfo::exists(path + QStringLiteral("-journal")));

    auto reader = OfficeFile::open(path, true);
    INFO((reader ? QString() : reader.error().describe()).toStdString());
    REQUIRE(reader.ok());
    CHECK(reader.value()->isReadOnly());
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
    CHECK(reader.value()->connection().scalar(QStringLiteral("SELECT sum(registered_patients) FROM practice")).toInt()
        == 0);
}
