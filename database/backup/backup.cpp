#include "database/backup/backup.h"

#include "database/backup/backup_leftovers.h"
#include "database/office_file.h"
#include "database/schema/migrations.h"
#include "database/sqlite/connection.h"
#include "database/sqlite/sql_error.h"
#include "database/sqlite/sqlite_api.h"

#include <QFile>
#include <QFileInfo>

namespace hub::db
{

Result<QString> integrityCheck(const QString &path)
{
    return guarded([&]() -> Result<QString> {
        Connection c;
        c.open(path, Connection::Access::ReadOnly);
        return c.scalar(QStringLiteral("PRAGMA integrity_check")).toString();
    });
}

Result<BackupFacts> verifyBackup(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    if (!QFileInfo(path).isFile())
        return makeError(ErrorCode::NotFound, QStringLiteral("There is no backup file %1.").arg(path));
    try {
        Connection c;
        c.open(path, Connection::Access::ReadOnly);
        if (c.scalar(QStringLiteral("PRAGMA application_id")).toInt() != kApplicationId)
            return makeError(ErrorCode::NotHubcaseFile, QStringLiteral("%1 is not a Hubcase backup.").arg(name));
        const QString check = c.scalar(QStringLiteral("PRAGMA integrity_check")).toString();
        if (check != QStringLiteral("ok"))
            return makeError(ErrorCode::Corrupt, QStringLiteral("The backup %1 is damaged (%2).").arg(name, check));
        BackupFacts f;
        f.schemaVersion = c.scalar(QStringLiteral("PRAGMA user_version")).toInt();
        if (f.schemaVersion > latestSchemaVersion())
            return makeError(ErrorCode::NewerVersion,
                QStringLiteral("The backup %1 was written by a newer Hubcase (schema %2).")
                    .arg(name)
                    .arg(f.schemaVersion));
        Statement st = c.prepare(QStringLiteral(
            "SELECT key, value FROM local_settings WHERE key IN ('office_code','office_id','office_name')"));
        while (st.step()) {
            const QString key = st.text(0);
            (key == QStringLiteral("office_code")        ? f.officeCode
                    : key == QStringLiteral("office_id") ? f.officeId
                                                         : f.officeName)
                = st.text(1);
        }
        return f;
    } catch (const SqlError &sqlError) {
        // SQLite's own words ("file is not a database") need saying what was being read.
        Error e = sqlError.error();
        e.message = QStringLiteral("%1 cannot be used as a backup: %2").arg(name, e.message);
        return e;
    }
}

Status backupTo(const Connection &source, const QString &destination, const BackupStep &onStep)
{
    const QString temp = destination + QStringLiteral(".partial");
    // A killed earlier run's copy and journal go; a copy another process is writing stops us.
    if (const Status cleared = clearOwnLeftover(temp); !cleared)
        return cleared;
    Status copied = guarded([&]() -> Status {
        Connection dest;
        dest.open(temp, Connection::Access::Create);
        sqlite3_backup *b = sqlite3_backup_init(dest.handle(), "main", source.handle(), "main");
        if (!b)
            throwSqlite(sqlite3_errcode(dest.handle()), QString::fromUtf8(sqlite3_errmsg(dest.handle())));
        int rc;
        // Small steps let other desktops' writers in between; -1 would hold the lock throughout.
        do {
            rc = sqlite3_backup_step(b, 256);
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                sqlite3_sleep(50);
            else if (rc == SQLITE_OK && onStep)
                onStep(sqlite3_backup_remaining(b), sqlite3_backup_pagecount(b));
        } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
        sqlite3_backup_finish(b);
        if (rc != SQLITE_DONE)
            throwSqlite(rc, QStringLiteral("backup to %1 failed").arg(destination));
        return {};
    });
    if (!copied) {
        (void)clearOwnLeftover(temp);
        return copied;
    }
    const Result<QString> check = integrityCheck(temp);
    if (!check || check.value() != QStringLiteral("ok")) {
        QFile::remove(temp);
        return makeError(ErrorCode::Corrupt,
            QStringLiteral("The backup copy %1 did not verify: %2")
                .arg(destination, check ? check.value() : check.error().message));
    }
    QFile::remove(destination);
    if (!QFile::rename(temp, destination))
        return makeError(
            ErrorCode::Io, QStringLiteral("Could not move the verified backup into place at %1").arg(destination));
    return {};
}

} // namespace hub::db
