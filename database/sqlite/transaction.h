#pragma once
// RAII transactions: roll back unless committed. Writes take the write lock
// up front (BEGIN IMMEDIATE) so a read-then-write never dies with BUSY
// halfway; the busy timeout does the waiting.
//
// A WriteTransaction opened while another is open on the same connection is
// nested: it is a SAVEPOINT, its commit releases it and its rollback undoes
// only its own part. Only the outermost one reaches COMMIT, and only then is
// the write observer told (so change events fire once per commit, after it,
// and never after a rollback).

namespace hub::db
{

class Connection;

class WriteTransaction
{
public:
    explicit WriteTransaction(const Connection &connection);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    void commit();
    // True when an outer WriteTransaction was open when this one began.
    bool isNested() const { return m_level > 1; }

private:
    void end();

    const Connection &m_connection;
    int m_level = 0; // 1 = outermost
    bool m_done = false;
    bool m_open = false;
};

class ReadTransaction
{
public:
    explicit ReadTransaction(const Connection &connection);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    const Connection &m_connection;
};

} // namespace hub::db
