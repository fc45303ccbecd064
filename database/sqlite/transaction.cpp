#include "database/sqlite/transaction.h"

#include "database/sqlite/connection.h"
#include "database/sqlite/sql_error.h"
#include "database/sqlite/sqlite_api.h"

namespace hub::db {

namespace {

QString savepoint(int level)
{
    return QStringLiteral("hub_nested_%1").arg(level);
}

} // namespace

WriteTransaction::WriteTransaction(const Connection &connection) : m_connection(connection)
{
    if (connection.isReadOnly())
        throw SqlError(makeError(ErrorCode::ReadOnly,
            QStringLiteral("The office file is open read-only; nothing can be changed.")));
    m_level = connection.m_writeDepth + 1;
    if (isNested()) {
        connection.execScript(QStringLiteral("SAVEPOINT ") + savepoint(m_level));
        ++connection.m_writeDepth;
        m_open = true;
        return;
    }
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
    if (isNested()) {
        const QByteArray name = savepoint(m_level).toUtf8();
        sqlite3_exec(m_connection.handle(), ("ROLLBACK TO " + name).constData(), nullptr, nullptr, nullptr);
        sqlite3_exec(m_connection.handle(), ("RELEASE " + name).constData(), nullptr, nullptr, nullptr);
        end();
        return;
    }
    if (sqlite3_get_autocommit(m_connection.handle()) == 0)
        sqlite3_exec(m_connection.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
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
