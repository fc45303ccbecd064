#pragma once
// Values and rows of a changeset, and a writer for SQLite's documented
// changeset format (sqlite3session.c, "CHANGESET FORMAT"). Capture uses it to
// turn the session's column-level changes into full-row images, which is
// what makes offices converge whatever order bundles arrive in.

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QVector>
#include <cstdint>
#include <functional>
#include <memory>

struct sqlite3_value;
struct sqlite3_stmt;
struct sqlite3_changeset_iter;

namespace hub::db
{

struct Field {
    // Type bytes as the changeset format writes them.
    enum Type : unsigned char { Undefined = 0, Integer = 1, Real = 2, Text = 3, Blob = 4, Null = 5 };
    Type type = Undefined;
    std::int64_t integer = 0;
    double real = 0;
    QByteArray bytes; // Text (UTF-8) or Blob

    static Field from(sqlite3_value *value); // null pointer -> Undefined
    static Field fromColumn(sqlite3_stmt *stmt, int column);
    // Binds this value to parameter `index` (1-based); the inverse of fromColumn.
    void bindTo(sqlite3_stmt *stmt, int index) const;
    QString text() const { return QString::fromUtf8(bytes); }
    bool operator==(const Field &o) const;
    QJsonValue toJson() const; // blobs as {"base64": ...}
    static Field fromJson(const QJsonValue &v);
};

using Row = QVector<Field>;

// Owns a changeset iterator (sqlite3changeset_finalize on destruction).
struct ChangesetIterDeleter {
    void operator()(sqlite3_changeset_iter *it) const;
};
using ChangesetIter = std::unique_ptr<sqlite3_changeset_iter, ChangesetIterDeleter>;

// One row change of a captured changeset, for display and tests.
struct ChangeSummary {
    QString table;
    QString key; // first key column as text
    int op = 0; // SQLITE_INSERT / UPDATE / DELETE
    QString rev; // the version written ('' for a delete)
    QString baseRev; // the version it replaced ('' for an insert)
};

// Reads a Hubcase changeset; `revColumn` gives the rev column of a table (-1 if none).
// Returns false when the changeset is unreadable.
bool describeChangeset(
    const QByteArray &changeset, const std::function<int(const QString &)> &revColumn, QVector<ChangeSummary> *out);

// Strict structural check of a changeset before SQLite parses it (some
// malformed inputs make sqlite3changeset_next spin): table headers, op and
// field types, lengths within bounds, full rows for inserts and deletes.
bool isWellFormedChangeset(const QByteArray &changeset, QString *why);

class ChangesetWriter
{
public:
    // op is SQLITE_INSERT / SQLITE_UPDATE / SQLITE_DELETE; records hold one
    // Field per column. pkFlags: one byte per column, non-zero for key columns.
    void add(const QString &table, const QByteArray &pkFlags, int op, const Row *oldRow, const Row *newRow);
    const QByteArray &data() const { return m_out; }
    bool isEmpty() const { return m_out.isEmpty(); }

private:
    void putVarint(std::uint64_t v);
    void putField(const Field &f);
    QByteArray m_out;
    QString m_table;
};

} // namespace hub::db
