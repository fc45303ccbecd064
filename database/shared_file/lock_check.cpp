#include "database/shared_file/lock_check.h"

#include "database/sqlite/connection.h"
#include "database/sqlite/sql_error.h"
#include "database/sqlite/sqlite_api.h"

#include <QFileInfo>

namespace hub::db
{

namespace
{

Error cannotLock(const Connection &c, const QString &what)
{
    Error e = makeError(ErrorCode::Io,
        QStringLiteral(
            "The folder holding this office file cannot provide the locking Hubcase needs to share it safely (%1). "
            "Nothing was changed. Copy the file to a local disk, or ask IT for a share that supports file locking "
            "(SMB, or NFS with locking).")
            .arg(what));
    e.file = QFileInfo(c.path()).fileName();
    return e;
}

// A full disk fails the journal write too; that is not a locking problem.
bool diskFull(int rc)
{
    return (rc & 0xFF) == SQLITE_FULL;
}

} // namespace

Status verifyLocking(const Connection &connection)
{
    if (connection.isReadOnly())
        return {};
    sqlite3 *db = connection.handle();
    const auto run = [db](const char *sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr); };

    QString mode;
    try {
        mode = connection.scalar(QStringLiteral("PRAGMA journal_mode")).toString().toLower();
    } catch (const SqlError &e) {
        return e.error();
    }
    if (mode != QStringLiteral("delete"))
        return cannotLock(connection, QStringLiteral("journal mode is '%1', expected 'delete'").arg(mode));

    int rc = run("BEGIN IMMEDIATE");
    if (rc != SQLITE_OK) {
        const QString msg = QString::fromUtf8(sqlite3_errmsg(db));
        if ((rc & 0xFF) == SQLITE_BUSY || diskFull(rc))
            return errorFromSqlite(rc, msg); // a real lock held by another desktop: locking works
        return cannotLock(connection, QStringLiteral("taking the write lock failed: %1").arg(msg));
    }
    // A change forces SQLite to create the rollback journal beside the file;
    // the rollback then replays and deletes it. This is what every save does,
    // minus the commit. (It must really change bytes: SQLite does not even
    // dirty a page for an UPDATE that writes the same values back.)
    rc = run("INSERT OR REPLACE INTO local_settings(key, value) VALUES ('hubcase-lock-check', hex(randomblob(8)))");
    if (rc != SQLITE_OK) {
        const QString msg = QString::fromUtf8(sqlite3_errmsg(db));
        run("ROLLBACK");
        if (diskFull(rc))
            return errorFromSqlite(rc, msg);
        return cannotLock(connection, QStringLiteral("writing the rollback journal failed: %1").arg(msg));
    }
    // Checked while we still hold the write lock: afterwards another desktop
    // may legitimately have a journal of its own there.
    const char *file = sqlite3_db_filename(db, "main");
    const bool journalled = file && QFileInfo::exists(QString::fromUtf8(file) + QStringLiteral("-journal"));
    rc = run("ROLLBACK");
    if (rc != SQLITE_OK && diskFull(rc))
        return errorFromSqlite(rc, QString::fromUtf8(sqlite3_errmsg(db)));
    if (rc != SQLITE_OK)
        return cannotLock(
            connection, QStringLiteral("rolling back failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    if (!journalled)
        return cannotLock(connection, QStringLiteral("no rollback journal appeared beside the file"));
    return {};
}

} // namespace hub::db
