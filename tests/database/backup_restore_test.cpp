// Backups in a folder (timestamped, rotated, verified), the schedule, and
// restore: round trip, current file kept aside, and refusals that leave the
// current file exactly as it was.
#include "test_support.h"

#include "database/backup/backup.h"
#include "database/backup/backup_folder.h"
#include "database/backup/backup_scheduler.h"
#include "database/backup/restore.h"
#include "database/office_file.h"
#include "database/practices/practice_repository.h"
#include "database/records/record_store.h"
#include "database/shared_file/presence_registry.h"
#include "database/sqlite/connection.h"
#include "database/sqlite/transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

using namespace hub;
using namespace hub::db;

namespace
{

QString newFile(const hubtest::TempDir &tmp, const QString &name, const QString &office = QStringLiteral("WMH"))
{
    const QString path = tmp.path(name);
    CreateOptions options;
    options.officeCode = office;
    auto r = OfficeFile::create(path, options);
    INFO((r ? QString() : r.error().describe()).toStdString());
    REQUIRE(r.ok());
    return path;
}

std::unique_ptr<OfficeFile> mustOpen(const QString &path)
{
    auto r = OfficeFile::open(path);
    INFO((r ? QString() : r.error().describe()).toStdString());
    REQUIRE(r.ok());
    return std::move(r).value();
}

void addPractice(OfficeFile &file, const QString &ods)
{
    WriteTransaction tx(file.connection());
    RecordStore(file).insert(QStringLiteral("practice"),
        { { QStringLiteral("ods_code"), ods }, { QStringLiteral("name"), QStringLiteral("Practice ") + ods } },
        practiceId(ods));
    tx.commit();
}

int practiceCount(const QString &path)
{
    auto file = mustOpen(path);
    return PracticeRepository(*file).count().value();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// Trashes pages in the middle (as the office-file tests do).
void damage(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.size() > 8192);
    f.seek(f.size() / 2);
    f.write(QByteArray(4096, '\x5a'));
}

} // namespace

TEST_CASE("A folder backup gets a timestamped name, verifies and is logged", "[database][backup]")
{
    hubtest::TempDir tmp;
    const QString path = newFile(tmp, QStringLiteral("office.hubcase"));
    auto file = mustOpen(path);
    const QString folder = tmp.path(QStringLiteral("backups/nested"));
    const auto done = backupToFolder(*file, folder, 5);
    INFO((done ? QString() : done.error().describe()).toStdString());
    REQUIRE(done.ok());
    CHECK(
        QFileInfo(done->path).fileName().contains(QRegularExpression(QStringLiteral("^WMH-\\d{8}-\\d{6}\\.hubcase$"))));
    CHECK(done->bytes == QFileInfo(path).size());
    const auto facts = verifyBackup(done->path);
    REQUIRE(facts.ok());
    CHECK(facts->officeCode == QStringLiteral("WMH"));
    CHECK(facts->officeId == file->officeId());
    CHECK(lastBackupTime(*file).isValid());

    // Same second again: a second name, not an overwrite.
    const auto again = backupToFolder(*file, folder, 5);
    REQUIRE(again.ok());
    CHECK(again->path != done->path);
    CHECK(listBackups(folder, QStringLiteral("WMH")).size() == 2);
    CHECK(listBackups(folder).first() == QFileInfo(again->path).absoluteFilePath()); // newest first

    // A named file is never overwritten.
    const auto named = backupToFile(*file, done->path);
    REQUIRE_FALSE(named.ok());
    CHECK(named.error().message.contains(QStringLiteral("will not overwrite")));
}

TEST_CASE("Rotation keeps the newest N of this office's backups and touches nothing else", "[database][backup]")
{
    hubtest::TempDir tmp;
    const QString path = newFile(tmp, QStringLiteral("office.hubcase"));
    auto file = mustOpen(path);
    const QString folder = tmp.path(QStringLiteral("backups"));
    QDir().mkpath(folder);
    const QByteArray good = hubtest::bytesOf(path);
    for (const char *old :
        { "WMH-20240101-090000.hubcase", "WMH-20240201-090000.hubcase", "WMH-20240301-090000.hubcase",
            "WMH-20240301-090000-2.hubcase", "WOL-20200101-000000.hubcase", "notes.txt" })
        writeBytes(QDir(folder).filePath(QString::fromLatin1(old)), good);

    const auto done = backupToFolder(*file, folder, 3);
    REQUIRE(done.ok());
    CHECK(done->removed.size() == 2);
    const QStringList kept = listBackups(folder, QStringLiteral("WMH"));
    REQUIRE(kept.size() == 3);
    CHECK(kept[0] == QFileInfo(done->path).absoluteFilePath());
    CHECK(QFileInfo(kept[1]).fileName() == QStringLiteral("WMH-20240301-090000-2.hubcase"));
    CHECK(QFileInfo(kept[2]).fileName() == QStringLiteral("WMH-20240301-090000.hubcase"));
    CHECK(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("WOL-20200101-000000.hubcase"))));
    CHECK(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("notes.txt"))));
}

TEST_CASE("latestBackup offers the newest backup that verifies", "[database][backup]")
{
    hubtest::TempDir tmp;
    const QString path = newFile(tmp, QStringLiteral("office.hubcase"));
    const QString folder = tmp.path(QStringLiteral("backups"));
    QDir().mkpath(folder);
    CHECK(latestBackup(folder).isEmpty());
    const QByteArray good = hubtest::bytesOf(path);
    writeBytes(QDir(folder).filePath(QStringLiteral("WMH-20240101-090000.hubcase")), good);
    writeBytes(QDir(folder).filePath(QStringLiteral("WMH-20240201-090000.hubcase")), good);
    damage(QDir(folder).filePath(QStringLiteral("WMH-20240201-090000.hubcase")));
    writeBytes(QDir(folder).filePath(QStringLiteral("WMH-20240301-090000.hubcase")), "not a database at all");
    CHECK(QFileInfo(latestBackup(folder)).fileName() == QStringLiteral("WMH-20240101-090000.hubcase"));
}

TEST_CASE("Restore brings back the backup and keeps the current file aside", "[database][backup][restore]")
{
    hubtest::TempDir tmp;
    const QString path = newFile(tmp, QStringLiteral("office.hubcase"));
    const QString backup = tmp.path(QStringLiteral("backup.hubcase"));
    {
        auto file = mustOpen(path);
        REQUIRE(backupToFile(*file, backup).ok());
        addPractice(*file, QStringLiteral("M92001"));
    }
    REQUIRE(practiceCount(path) == 1);

    SECTION("healthy current file: replaced in place")
    {
        const auto r = restoreFromBackup(path, backup);
        INFO((r ? QString() : r.error().describe()).toStdString());
        REQUIRE(r.ok());
        CHECK_FALSE(r->replacedDamagedFile);
        CHECK(QFileInfo(r->keptAside).fileName().startsWith(QStringLiteral("office.hubcase.before-restore-")));
        CHECK(practiceCount(path) == 0); // as in the backup
        CHECK(practiceCount(r->keptAside) == 1); // the file as it was, kept aside
        CHECK(integrityCheck(path).value() == QStringLiteral("ok"));
    }
    SECTION("a desktop with the file open is told; restore waits for it to close")
    {
        auto open = mustOpen(path);
        open->setUser(QStringLiteral("bob"));
        PresenceRegistry bob(*open);
        REQUIRE(bob.announce().ok());
        const QByteArray before = hubtest::bytesOf(path);
        const auto refused = restoreFromBackup(path, backup);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Busy);
        CHECK(refused.error().message.contains(QStringLiteral("bob on ")));
        CHECK(hubtest::bytesOf(path) == before);
        RestoreOptions own; // bob's own app restoring
        own.ownSessionId = bob.sessionId();
        REQUIRE(restoreFromBackup(path, backup, own).ok());
        CHECK(PracticeRepository(*open).count().value() == 0); // the open connection sees the restore
    }
    SECTION("damaged current file: replaced whole, damaged bytes kept aside")
    {
        damage(path);
        const QByteArray damaged = hubtest::bytesOf(path);
        {
            // Refused, or opened read-only with the damage named: never writable.
            const auto opened = OfficeFile::open(path);
            REQUIRE((!opened.ok() || opened.value()->isDamaged()));
        }
        const auto r = restoreFromBackup(path, backup);
        INFO((r ? QString() : r.error().describe()).toStdString());
        REQUIRE(r.ok());
        CHECK(r->replacedDamagedFile);
        CHECK(hubtest::bytesOf(r->keptAside) == damaged);
        CHECK(practiceCount(path) == 0);
    }
    SECTION("no current file: the backup is copied into place")
    {
        REQUIRE(QFile::remove(path));
        const auto r = restoreFromBackup(path, backup);
        REQUIRE(r.ok());
        CHECK(r->keptAside.isEmpty());
        CHECK(practiceCount(path) == 0);
    }
}

TEST_CASE(
    "Restore refuses a damaged, foreign or other office's backup and changes nothing", "[database][backup][restore]")
{
    hubtest::TempDir tmp;
    const QString path = newFile(tmp, QStringLiteral("office.hubcase"));
    const QByteArray before = hubtest::bytesOf(path);
    QString bad;
    ErrorCode expected = ErrorCode::Internal;
    SECTION("damaged backup")
    {
        bad = tmp.path(QStringLiteral("damaged.hubcase"));
        writeBytes(bad, before);
        damage(bad);
        expected = ErrorCode::Corrupt;
    }
    SECTION("not a Hubcase file")
    {
        bad = tmp.path(QStringLiteral("notes.hubcase"));
        writeBytes(bad, "Dear diary, today I made a backup.");
        expected = ErrorCode::NotHubcaseFile;
    }
    SECTION("another SQLite file")
    {
        bad = tmp.path(QStringLiteral("other.sqlite"));
        Connection c;
        c.open(bad, Connection::Access::Create);
        c.execScript(QStringLiteral("CREATE TABLE t(x); INSERT INTO t VALUES (1);"));
        expected = ErrorCode::NotHubcaseFile;
    }
    SECTION("another office's backup")
    {
        bad = newFile(tmp, QStringLiteral("wol.hubcase"), QStringLiteral("WOL"));
        expected = ErrorCode::Invalid;
    }
    SECTION("missing backup")
    {
        bad = tmp.path(QStringLiteral("missing.hubcase"));
        expected = ErrorCode::NotFound;
    }
    const auto r = restoreFromBackup(path, bad);
    REQUIRE_FALSE(r.ok());
    INFO(r.error().describe().toStdString());
    if (expected == ErrorCode::Corrupt)
        CHECK((r.error().code == ErrorCode::Corrupt || r.error().code == ErrorCode::NotHubcaseFile));
    else
        CHECK(r.error().code == expected);
    CHECK_FALSE(r.error().message.isEmpty());
    CHECK(hubtest::bytesOf(path) == before);
    const QStringList aside = QDir(tmp.path(QString())).entryList({ QStringLiteral("*.before-restore-*") });
    CHECK(aside.isEmpty());
}

TEST_CASE("The schedule backs up once per interval across desktops", "[database][backup]")
{
    hubtest::TempDir tmp;
    const QString path = newFile(tmp, QStringLiteral("office.hubcase"));
    auto mine = mustOpen(path);
    auto theirs = mustOpen(path);
    BackupScheduler scheduler(*mine);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CHECK_FALSE(scheduler.isDue(now)); // no folder or interval set
    BackupSettings s;
    s.folder = tmp.path(QStringLiteral("scheduled"));
    s.intervalMinutes = 60;
    s.keep = 2;
    REQUIRE(saveBackupSettings(*mine, s).ok());
    CHECK(loadBackupSettings(*theirs).folder == s.folder); // one setting for every desktop
    CHECK(scheduler.isDue(now));

    QStringList taken;
    QObject::connect(&scheduler, &BackupScheduler::backedUp, [&](const QString &p) { taken << p; });
    CHECK(scheduler.check());
    REQUIRE(taken.size() == 1);
    // The other desktop's scheduler sees the backup in the shared log.
    BackupScheduler other(*theirs);
    CHECK_FALSE(other.isDue(QDateTime::currentDateTimeUtc()));
    CHECK(other.isDue(QDateTime::currentDateTimeUtc().addSecs(61 * 60)));
    // A read-only desktop cannot log a backup, so it leaves the schedule to the others.
    auto reader = OfficeFile::open(path, true);
    REQUIRE(reader.ok());
    CHECK_FALSE(BackupScheduler(**reader).isDue(QDateTime::currentDateTimeUtc().addSecs(61 * 60)));
    // On demand, any time; rotation keeps 2.
    REQUIRE(scheduler.backupNow().ok());
    REQUIRE(scheduler.backupNow().ok());
    CHECK(listBackups(s.folder).size() == 2);
}
