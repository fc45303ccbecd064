#pragma once
// One SQLite connection with the office-file discipline: pragmas for a file
// shared on a network drive, verified on open, and explicit write locks.

#include "core/common/result.h"
#include "database/sqlite/file_identity.h"
#include "database/sqlite/statement.h"

#include <optional>

#include <QString>

struct sqlite3;

namespace hub::db
{

// Told about every outermost WriteTransaction on a connection (sync's change
// capture, which also publishes the change events). committing() runs inside
// the transaction, just before COMMIT, so what it writes commits or rolls
// back with the change itself. Nested transactions are not reported.
class WriteObserver
{
public:
    virtual ~WriteObserver() = default;
    virtual void writeBegun() = 0;
    virtual void writeCommitting() = 0;
    // After COMMIT (committed) or ROLLBACK; the connection is out of its
    // transaction, so the observer may tell others, who may write again.
    virtual void writeEnded(bool committed) = 0;
};

class Connection
{
public:
    enum class Access { ReadWrite, ReadOnly, Create };

    Connection() = default;
    ~Connection();
    Connection(Connection &&other) noexcept;
    Connection &operator=(Connection &&other) noexcept;
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // Throws SqlError when the file cannot be opened with that access.
    void open(const QString &path, Access access);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    bool isReadOnly() const { return m_readOnly; }
    const QString &path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }

    Statement prepare(const QString &sql) const { return Statement(m_db, sql); }
    // Runs one or more statements with no parameters (schema, pragmas).
    void execScript(const QString &sql) const;
    // Single value of a one-row query (pragmas, counts).
    QVariant scalar(const QString &sql) const;
    std::int64_t lastInsertRowId() const;
    int changes() const;

    // The pragmas from docs/architecture.md; journal mode is read back and a
    // file system that cannot give rollback-journal locking is refused.
    void applyOfficePragmas(int busyTimeoutMs = 10000);

    // False when the path no longer names the file this connection opened
    // (deleted, or another file renamed over it): checked before COMMIT.
    bool stillNamesOpenedFile() const;

    // Why writes are refused on this connection (a damaged office file), or
    // none. WriteTransaction throws it instead of starting.
    void refuseWrites(const Error &why) const { m_writeRefusal = why; }
    const std::optional<Error> &writeRefusal() const { return m_writeRefusal; }

    // At most one observer; null to stop. Not owned.
    void setWriteObserver(WriteObserver *observer) { m_observer = observer; }
    WriteObserver *writeObserver() const { return m_observer; }

    // Open WriteTransactions on this connection (0 = none; >1 = nested).
    int writeDepth() const { return m_writeDepth; }

private:
    friend class WriteTransaction;
    sqlite3 *m_db = nullptr;
    QString m_path;
    bool m_readOnly = false;
    WriteObserver *m_observer = nullptr;
    FileIdentity m_identity;
    // Mutable: a check that finds damage on a shared const connection stops
    // its writes at once.
    mutable std::optional<Error> m_writeRefusal;
    mutable int m_writeDepth = 0;
};

} // namespace hub::db
