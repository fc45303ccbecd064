#include "database/sqlite/connection.h"

#include "database/shared_file/busy_handler.h"

#include "database/sqlite/journal_guard.h"
#include "database/sqlite/sql_error.h"
#include "database/sqlite/sqlite_api.h"

#include <utility>

namespace hub::db
{

Connection::~Connection()
{
    close();
}

Connection::Connection(Connection &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
    , m_readOnly(other.m_readOnly)
    , m_observer(std::exchange(other.m_observer, nullptr))
    , m_identity(other.m_identity)
    , m_writeRefusal(std::move(other.m_writeRefusal))
{
}

Connection &Connection::operator=(Connection &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_readOnly = other.m_readOnly;
        m_observer = std::exchange(other.m_observer, nullptr);
        m_identity = other.m_identity;
        m_writeRefusal = std::move(other.m_writeRefusal);
    }
    return *this;
}

void Connection::open(const QString &path, Access access)
{
    close();
    installJournalGuard();
    (void)takeJournalRefusal();
    int flags = SQLITE_OPEN_FULLMUTEX | SQLITE_OPEN_URI;
    switch (access) {
    case Access::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Access::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Access::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString msg = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("out of memory");
        sqlite3_close_v2(db);
        throwSqlite(rc, QStringLiteral("%1: %2").arg(path, msg));
    }
    sqlite3_extended_result_codes(db, 1);
    // Wait for locks from the very first read: another desktop may be committing.
    installFairBusyHandler(db, 10000);
    m_db = db;
    m_path = path;
    // SQLite has the file open now: this is the file every commit must still find at the path.
    m_identity = identityOf(path);
    m_writeRefusal.reset();
    m_readOnly = access == Access::ReadOnly || sqlite3_db_readonly(db, "main") == 1;
}

bool Connection::stillNamesOpenedFile() const
{
    if (!m_identity.valid)
        return true; // nothing recorded (an unusual file system): nothing to compare
    return identityOf(m_path) == m_identity;
}

void Connection::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

void Connection::execScript(const QString &sql) const
{
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        const QString msg = err ? QString::fromUtf8(err) : QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_free(err);
        throwSqlite(rc, msg);
    }
}

QVariant Connection::scalar(const QString &sql) const
{
    Statement st = prepare(sql);
    return st.step() ? st.value(0) : QVariant();
}

std::int64_t Connection::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Connection::changes() const
{
    return sqlite3_changes(m_db);
}

void Connection::applyOfficePragmas(int busyTimeoutMs)
{
    installFairBusyHandler(m_db, busyTimeoutMs);
    execScript(QStringLiteral("PRAGMA foreign_keys=ON;"));
    if (m_readOnly)
        return;
    // DELETE journal: WAL needs shared memory, which network file systems lack.
    const QString mode = scalar(QStringLiteral("PRAGMA journal_mode=DELETE")).toString().toLower();
    if (mode != QStringLiteral("delete"))
        throw SqlError(makeError(ErrorCode::Io,
            QStringLiteral("The office file's folder cannot provide safe locking (journal mode '%1'); "
                           "copy the file to a local or properly shared drive.")
                .arg(mode)));
    execScript(QStringLiteral("PRAGMA synchronous=FULL;"));
}

} // namespace hub::db
