#include "database/sqlite/transaction.h"

#include "database/sqlite/connection.h"
#include "database/sqlite/sql_error.h"
#include "database/sqlite/sqlite_api.h"

namespace hub::db {

WriteTransaction::WriteTransaction(const Connection &connection) : m_connection(connection)
{
    if (connection.isReadOnly())
        throw SqlError(makeError(ErrorCode::ReadOnly,
            QStringLiteral("The office file is open read-only; nothing can be changed.")));
    connection.execScript(QStringLiteral("BEGIN IMMEDIATE"));
    if (WriteObserver *observer = connection.writeObserver())
        observer->writeBegun();
}

WriteTransaction::~WriteTransaction()
{
    if (!m_done && sqlite3_get_autocommit(m_connection.handle()) == 0)
        sqlite3_exec(m_connection.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    if (!m_done) {
        if (WriteObserver *observer = m_connection.writeObserver())
            observer->writeEnded();
    }
}

void WriteTransaction::commit()
{
    // The observer writes the outbox entry inside this transaction; if that
    // throws, the destructor rolls the whole change back.
    if (WriteObserver *observer = m_connection.writeObserver())
        observer->writeCommitting();
    m_connection.execScript(QStringLiteral("COMMIT"));
    m_done = true;
    if (WriteObserver *observer = m_connection.writeObserver())
        observer->writeEnded();
}

ReadTransaction::ReadTransaction(const Connection &connection) : m_connection(connection)
{
    connection.execScript(QStringLiteral("BEGIN"));
}

ReadTransaction::~ReadTransaction()
{
    if (sqlite3_get_autocommit(m_connection.handle()) == 0)
        sqlite3_exec(m_connection.handle(), "COMMIT", nullptr, nullptr, nullptr);
}

} // namespace hub::db
