#include "database/sqlite/transaction.h"

#include "database/sqlite/connection.h"
#include "database/sqlite/sql_error.h"
#include "database/sqlite/sqlite_api.h"

#include <QFileInfo>

namespace hub::db
{

namespace
{

// BEGIN IMMEDIATE waits for the write lock (busy handler) only from a
// connection that holds no lock yet. A statement still stepping on this
// connection (a read stepped to its first row and kept in scope) holds a
// SHARED lock, and then SQLite returns SQLITE_BUSY at once instead of waiting:
// waiting could deadlock with another desktop's COMMIT, which is waiting for
// that SHARED lock to go. So a write must never begin with a read still open:
// refused here, every time, so such code fails in the tests and not only when
// another desktop happens to be saving.
void requireIdle(const Connection &connection)
{
    sqlite3 *db = connection.handle();
    QString open;
    if (sqlite3_get_autocommit(db) == 0)
        open = QStringLiteral("a transaction");
    for (sqlite3_stmt *st = sqlite3_next_stmt(db, nullptr); st && open.isEmpty(); st = sqlite3_next_stmt(db, st)) {
        if (sqlite3_stmt_busy(st))
            open = QStringLiteral("the statement [%1]").arg(QString::fromUtf8(sqlite3_sql(st)).simplified().left(120));
    }
    if (!open.isEmpty())
        throw SqlError(makeError(ErrorCode::Internal,
            QStringLiteral("Hubcase began saving while %1 was still open on the office file, so it could not wait for "
                           "other desktops. Nothing was saved; please report this.")
                .arg(open)));
}

QString savepoint(int level)
{
    return QStringLiteral("hub_nested_%1").arg(level);
}

} // namespace

WriteTransaction::WriteTransaction(const Connection &connection)
    : m_connection(connection)
{
    if (const std::optional<Error> &refused = connection.writeRefusal())
        throw SqlError(*refused);
    if (connection.isReadOnly())
        throw SqlError(makeError(
            ErrorCode::ReadOnly, QStringLiteral("The office file is open read-only; nothing can be changed.")));
    m_level = connection.m_writeDepth + 1;
    if (isNested()) {
        // Inside the outer write: the write lock is already held.
        connection.execScript(QStringLiteral("SAVEPOINT ") + savepoint(m_level));
        ++connection.m_writeDepth;
        m_open = true;
        return;
    }
    requireIdle(connection);
    connection.execScript(QStringLiteral("BEGIN IMMEDIATE"));
    ++connection.m_writeDepth;
    m_open = true;
    if (WriteObserver *observer = connection.writeObserver()) {
        try {
            observer->writeBegun();
        } catch (...) {
            sqlite3_exec(connection.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
            --connection.m_writeDepth;
            m_open = false;
            throw;
        }
    }
}

WriteTransaction::~WriteTransaction()
{
    if (m_done || !m_open)
        return;
    sqlite3 *db = m_connection.handle();
    if (isNested()) {
        const QByteArray name = savepoint(m_level).toUtf8();
        sqlite3_exec(db, ("ROLLBACK TO " + name).constData(), nullptr, nullptr, nullptr);
        sqlite3_exec(db, ("RELEASE " + name).constData(), nullptr, nullptr, nullptr);
        end();
        return;
    }
    // A full disk or an I/O error can leave SQLite's pager in its error
    // state with the journal still hot; a read plays it back now, so the
    // file is not left enlarged with a journal that read-only openers cannot undo.
    const int failed = sqlite3_errcode(db) & 0xFF;
    if (sqlite3_get_autocommit(db) == 0)
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    if ((failed == SQLITE_FULL || failed == SQLITE_IOERR) && sqlite3_get_autocommit(db) != 0)
        sqlite3_exec(db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
    end();
    if (WriteObserver *observer = m_connection.writeObserver())
        observer->writeEnded(false);
}

void WriteTransaction::end()
{
    if (m_open) {
        --m_connection.m_writeDepth;
        m_open = false;
    }
}

void WriteTransaction::commit()
{
    if (isNested()) {
        m_connection.execScript(QStringLiteral("RELEASE ") + savepoint(m_level));
        m_done = true;
        end();
        return;
    }
    // Deleted or renamed over since it was opened: the commit would land in
    // a file nobody opens again. Throwing here rolls the change back.
    if (!m_connection.stillNamesOpenedFile())
        throw SqlError(makeError(ErrorCode::Io,
            QStringLiteral(
                "The office file was moved or replaced while saving (%1 is no longer the file that was opened), "
                "so nothing was saved. Open the office file again and repeat the change.")
                .arg(QFileInfo(m_connection.path()).fileName())));
    // The observer writes the outbox entry inside this transaction; if that
    // throws, the destructor rolls the whole change back.
    if (WriteObserver *observer = m_connection.writeObserver())
        observer->writeCommitting();
    m_connection.execScript(QStringLiteral("COMMIT"));
    m_done = true;
    end();
    if (WriteObserver *observer = m_connection.writeObserver())
        observer->writeEnded(true);
}

ReadTransaction::ReadTransaction(const Connection &connection)
    : m_connection(connection)
{
    connection.execScript(QStringLiteral("BEGIN"));
}

ReadTransaction::~ReadTransaction()
{
    if (sqlite3_get_autocommit(m_connection.handle()) == 0)
        sqlite3_exec(m_connection.handle(), "COMMIT", nullptr, nullptr, nullptr);
}

} // namespace hub::db
