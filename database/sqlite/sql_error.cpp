#include "database/sqlite/sql_error.h"

#include "database/sqlite/journal_guard.h"
#include "database/sqlite/sqlite_api.h"

namespace hub::db
{

namespace
{

Error headline(int code, const QString &message);

} // namespace

Error errorFromSqlite(int code, const QString &message)
{
    // SQLite's own words travel with every error, for a details section.
    Error e = headline(code, message);
    if (e.details.isEmpty())
        e.details = QStringLiteral("SQLite: %1 (code %2)").arg(message).arg(code);
    return e;
}

namespace
{

Error headline(int code, const QString &message)
{
    if ((code & 0xFF) == SQLITE_CANTOPEN) {
        // The journal guard refused a hot journal that is not this file's.
        const QString refusal = takeJournalRefusal();
        if (!refusal.isEmpty())
            return makeError(ErrorCode::Corrupt, refusal);
    }
    // SQLite's own check when a write starts (unix): the same fault as
    // WriteTransaction's identity check at COMMIT.
    if (code == SQLITE_READONLY_DBMOVED)
        return makeError(ErrorCode::Io,
            QStringLiteral("The office file was moved or replaced while saving, so nothing was saved. "
                           "Open the office file again and repeat the change. (%1)")
                .arg(message));
    if (code == SQLITE_READONLY_ROLLBACK)
        return makeError(ErrorCode::ReadOnly,
            QStringLiteral(
                "A desktop stopped while saving to the office file, and its unfinished save must be undone before "
                "the file can be read. That needs write access to the file and its folder: open it once normally "
                "from a desktop that can write there (nothing is lost). (%1)")
                .arg(message));
    switch (code & 0xFF) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return makeError(ErrorCode::Busy,
            QStringLiteral(
                "The office file is busy: another desktop is saving. Your changes were not lost; try again. (%1)")
                .arg(message));
    case SQLITE_READONLY:
        return makeError(ErrorCode::ReadOnly, QStringLiteral("The office file is read-only: %1").arg(message));
    case SQLITE_NOTADB:
        return makeError(
            ErrorCode::NotHubcaseFile, QStringLiteral("This is not a Hubcase office file (%1)").arg(message));
    case SQLITE_CORRUPT:
        return makeError(ErrorCode::Corrupt, QStringLiteral("The office file is damaged: %1").arg(message));
    case SQLITE_FULL:
        return makeError(ErrorCode::Io, QStringLiteral("The disk is full; nothing was saved: %1").arg(message));
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
        return makeError(ErrorCode::Io, QStringLiteral("Cannot read or write the office file: %1").arg(message));
    case SQLITE_CONSTRAINT:
        return makeError(ErrorCode::Invalid, QStringLiteral("Rejected by the office file's rules: %1").arg(message));
    default:
        return makeError(ErrorCode::Internal, message);
    }
}

} // namespace

void throwSqlite(int code, const QString &message)
{
    throw SqlError(errorFromSqlite(code, message));
}

} // namespace hub::db
