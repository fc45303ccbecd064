#pragma once
// Move-only prepared statement. Every value reaches SQLite through bind();
// no SQL is ever built from user input.

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QVariant>
#include <cstdint>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace hub::db
{

class Statement
{
public:
    Statement() = default;
    Statement(sqlite3 *db, const QString &sql);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // 1-based positional parameters; binding returns *this for chaining.
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const char *value) { return bind(index, QString::fromUtf8(value)); }
    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement &bind(int index, bool value) { return bind(index, static_cast<std::int64_t>(value ? 1 : 0)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QDate &value); // ISO text, NULL when invalid
    Statement &bind(int index, const QByteArray &value);
    Statement &bind(int index, const QVariant &value);
    Statement &bindNull(int index);
    // Named parameters (":name").
    int parameterIndex(const char *name) const;

    // Advances; true while a row is available.
    bool step();
    // Runs to completion (for writes); returns sqlite3_changes().
    int exec();
    void reset();

    int columnCount() const;
    QString columnName(int col) const;
    bool isNull(int col) const;
    QString text(int col) const;
    std::int64_t int64(int col) const;
    int integer(int col) const { return static_cast<int>(int64(col)); }
    double real(int col) const;
    QDate date(int col) const;
    QByteArray blob(int col) const;
    QVariant value(int col) const;

private:
    void check(int rc, const char *what) const;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace hub::db
