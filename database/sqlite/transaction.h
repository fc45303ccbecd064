#pragma once
// RAII transactions: roll back unless committed. Writes take the write lock
// up front (BEGIN IMMEDIATE) so a read-then-write never dies with BUSY
// halfway; the busy timeout does the waiting.

namespace hub::db {

class Connection;

class WriteTransaction {
public:
    explicit WriteTransaction(const Connection &connection);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    void commit();

private:
    const Connection &m_connection;
    bool m_done = false;
};

class ReadTransaction {
public:
    explicit ReadTransaction(const Connection &connection);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    const Connection &m_connection;
};

} // namespace hub::db
