// What killed backups and a killed `init --demo` leave behind: real child
// processes (hubcase-leftover-worker) die as kill -9 would at a chosen point,
// then the next backup, listing or init must clear exactly their leftovers.
#include "test_support.h"

#include "database/backup/backup.h"
#include "database/backup/backup_folder.h"
#include "database/backup/backup_leftovers.h"
#include "database/demo/demo_office.h"
#include "database/office_file.h"
#include "database/sqlite/sqlite_api.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

using namespace hub;
using namespace hub::db;

namespace
{

// Runs the worker and requires that it was killed, not that it finished.
void runKilledWorker(const QStringList &args)
{
    QProcess p;
#ifdef Q_OS_WIN
    p.setProgram(hubtest::binaryPath(QStringLiteral("tests/hubcase-leftover-worker.exe")));
#else
    p.setProgram(hubtest::binaryPath(QStringLiteral("tests/hubcase-leftover-worker")));
#endif
    p.setArguments(args);
    p.start();
    REQUIRE(p.waitForFinished(300000));
    INFO(p.readAllStandardOutput().toStdString() << p.readAllStandardError().toStdString());
#ifdef Q_OS_WIN
    REQUIRE(p.exitCode() == 9);
#else
    REQUIRE(p.exitStatus() == QProcess::CrashExit);
#endif
}

// Backdates a file's modification time, as if written `seconds` ago.
void age(const QString &path, int seconds)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-seconds), QFileDevice::FileModificationTime));
}

QString touch(const QString &path, const QByteArray &bytes = "x")
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

QStringList partialsIn(const QString &folder)
{
    return QDir(folder).entryList(
        { QStringLiteral("*.partial"), QStringLiteral("*.partial-journal") }, QDir::Files, QDir::Name);
}

// Another desktop's backup in progress: a SQLite file with a write transaction open.
struct LiveWriter {
    sqlite3 *db = nullptr;
    explicit LiveWriter(const QString &path)
    {
        REQUIRE(sqlite3_open_v2(
                    QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
            == SQLITE_OK);
        REQUIRE(sqlite3_exec(db, "BEGIN EXCLUSIVE; CREATE TABLE t(x); INSERT INTO t VALUES (randomblob(100000));",
                    nullptr, nullptr, nullptr)
            == SQLITE_OK);
    }
    ~LiveWriter() { sqlite3_close_v2(db); }
};

} // namespace

TEST_CASE("A killed backup's copy and journal are removed by the next backup, and nothing else is",
    "[database][backup][leftovers]")
{
    hubtest::TempDir tmp;
    const QString office = tmp.path(QStringLiteral("office.hubcase"));
    REQUIRE(createDemoOffice(office).ok());
    const QString folder = tmp.path(QStringLiteral("backups"));
    REQUIRE(QDir().mkpath(folder));

    // Two desktops killed in the middle of copying (after 1 and 2 steps of 256 pages).
    runKilledWorker({ QStringLiteral("backup"), office, folder, QStringLiteral("1") });
    runKilledWorker({ QStringLiteral("backup"), office, folder, QStringLiteral("2") });
    const QStringList killed = partialsIn(folder);
    INFO(killed.join(QLatin1Char(' ')).toStdString());
    REQUIRE(killed.size() >= 1);
    for (const QString &name : killed) {
        CHECK(name.startsWith(QStringLiteral("WMH-")));
        age(QDir(folder).filePath(name), 3600);
    }

    // What must survive: names that are not ours, a copy written a moment ago,
    // and an old copy another desktop holds a lock on.
    const QStringList notOurs = { touch(QDir(folder).filePath(QStringLiteral("notes.partial"))),
        touch(QDir(folder).filePath(QStringLiteral("WMH-20260101-000000.hubcase.partial.txt"))),
        touch(QDir(folder).filePath(QStringLiteral("office.hubcase.partial"))) };
    for (const QString &p : notOurs)
        age(p, 3600);
    const QString fresh = touch(QDir(folder).filePath(QStringLiteral("WMH-20260101-000001.hubcase.partial")));
    const QString locked = QDir(folder).filePath(QStringLiteral("WMH-20260101-000002.hubcase.partial"));
    auto writer = std::make_unique<LiveWriter>(locked);
    age(locked, 3600);
    CHECK(sqliteFileIsLocked(locked));

    auto file = OfficeFile::open(office);
    REQUIRE(file.ok());
    const auto backup = backupToFolder(*file.value(), folder, 0);
    REQUIRE(backup.ok());
    CHECK(verifyBackup(backup->path).ok());
    for (const QString &name : killed)
        CHECK_FALSE(QFileInfo::exists(QDir(folder).filePath(name)));
    for (const QString &p : notOurs)
        CHECK(QFileInfo::exists(p));
    CHECK(QFileInfo::exists(fresh));
    CHECK(QFileInfo::exists(locked));

    // Once that desktop has gone, looking at the folder clears its copy; the fresh one waits its turn.
    writer.reset();
    age(locked, 3600);
    CHECK(listBackups(folder).size() == 1);
    CHECK_FALSE(QFileInfo::exists(locked));
    CHECK_FALSE(QFileInfo::exists(locked + QStringLiteral("-journal")));
    CHECK(QFileInfo::exists(fresh));
    age(fresh, kLeftoverQuietSeconds + 1);
    CHECK(removeBackupLeftovers(folder) == QStringList { fresh });
}

TEST_CASE("A backup refuses to start over a copy another desktop is writing to the same name",
    "[database][backup][leftovers]")
{
    hubtest::TempDir tmp;
    auto file = OfficeFile::create(tmp.path(QStringLiteral("office.hubcase")));
    REQUIRE(file.ok());
    const QString dest = tmp.path(QStringLiteral("copy.hubcase"));
    {
        LiveWriter other(dest + QStringLiteral(".partial"));
        const Status s = backupTo(file.value()->connection(), dest);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == ErrorCode::Busy);
        CHECK(sqliteFileIsLocked(dest + QStringLiteral(".partial")));
    }
    // An earlier run's leftover with nobody on it is simply replaced.
    touch(dest + QStringLiteral(".partial-journal"), "not a journal");
    REQUIRE(backupTo(file.value()->connection(), dest).ok());
    CHECK(verifyBackup(dest).ok());
    CHECK_FALSE(QFileInfo::exists(dest + QStringLiteral(".partial")));
    CHECK_FALSE(QFileInfo::exists(dest + QStringLiteral(".partial-journal")));
}

TEST_CASE("A killed init --demo leaves no office file at its name; the next init makes a whole one",
    "[database][demo][leftovers]")
{
    hubtest::TempDir tmp;
    const QString path = tmp.path(QStringLiteral("demo.hubcase"));
    for (const char *stage : { "practices", "cases" }) {
        INFO(stage);
        runKilledWorker({ QStringLiteral("demo"), path, QString::fromLatin1(stage) });
        // Before: a valid-looking office file without its demo stood at `path`.
        CHECK_FALSE(QFileInfo::exists(path));
        CHECK(QFileInfo::exists(path + QStringLiteral(".creating")));
    }
    const auto demo = createDemoOffice(path);
    REQUIRE(demo.ok());
    CHECK(demo->practices == 687);
    CHECK(demo->cases > 0);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".creating")));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".creating-journal")));
    auto file = OfficeFile::open(path);
    REQUIRE(file.ok());
    CHECK(file.value()->connection().scalar(QStringLiteral("SELECT count(*) FROM practice")).toInt() == 687);
}

TEST_CASE(
    "A failed create leaves nothing, and one under way elsewhere is not disturbed", "[database][office][leftovers]")
{
    hubtest::TempDir tmp;
    const QString path = tmp.path(QStringLiteral("new.hubcase"));
    const auto failed = OfficeFile::create(path, {},
        [](OfficeFile &) -> Status { return makeError(ErrorCode::Invalid, QStringLiteral("stopped on purpose")); });
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().message == QStringLiteral("stopped on purpose"));
    CHECK(QDir(tmp.dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());

    LiveWriter other(path + QStringLiteral(".creating"));
    const auto busy = OfficeFile::create(path);
    REQUIRE_FALSE(busy.ok());
    CHECK(busy.error().code == ErrorCode::Busy);
    CHECK_FALSE(QFileInfo::exists(path));
}
