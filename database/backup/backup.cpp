#include "database/backup/backup.h"

#include "database/sqlite/connection.h"
#include "database/sqlite/sql_error.h"
#include "database/sqlite/sqlite_api.h"

#include <QFile>
#include <QFileInfo>

namespace hub::db {

Result<QString> integrityCheck(const QString &path)
{
    return guarded([&]() -> Result<QString> {
        Connection c;
        c.open(path, Connection::Access::ReadOnly);
        return c.scalar(QStringLiteral("PRAGMA integrity_check")).toString();
    });
}

Status backupTo(const Connection &source, const QString &destination)
{
    const QString temp = destination + QStringLiteral(".partial");
    QFile::remove(temp);
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
        } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
        sqlite3_backup_finish(b);
        if (rc != SQLITE_DONE)
            throwSqlite(rc, QStringLiteral("backup to %1 failed").arg(destination));
        return {};
    });
    if (!copied) {
        QFile::remove(temp);
        return copied;
    }
    const Result<QString> check = integrityCheck(temp);
    if (!check || check.value() != QStringLiteral("ok")) {
        QFile::remove(temp);
        return makeError(ErrorCode::Corrupt, QStringLiteral("The backup copy %1 did not verify: %2")
                             .arg(destination, check ? check.value() : check.error().message));
    }
    QFile::remove(destination);
    if (!QFile::rename(temp, destination))
        return makeError(ErrorCode::Io, QStringLiteral("Could not move the verified backup into place at %1").arg(destination));
    return {};
}

} // namespace hub::db
