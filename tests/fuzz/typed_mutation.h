#pragma once
// Typed mutations of a real bundle (docs/sync.md "Fuzzing"): decode its
// changesets with the session API, change one value of one row the way a bug
// or a hand edit would (a date string, UTF-8 bytes, an enumeration code, a
// reference, an integer, a NULL), re-encode the changeset in SQLite's format
// and reseal the bundle with a correct length and SHA-256. The result is a
// well-formed bundle that only value checks can refuse.
//
// Used by the fuzz target (every input also drives one typed mutation) and by
// tests/database/sync_values_test.cpp.

#include "database/sync/changeset_codec.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>
#include <cstdint>
#include <functional>

namespace hubfuzz
{

struct Change {
    QString table;
    QByteArray pkFlags;
    int op = 0; // SQLITE_INSERT / UPDATE / DELETE
    hub::db::Row oldRow; // empty for an insert
    hub::db::Row newRow; // empty for a delete
};

// False when the changeset is unreadable.
bool decodeChangeset(const QByteArray &changeset, QVector<Change> *out);
QByteArray encodeChangeset(const QVector<Change> &changes);

// Column names of a table, in changeset order (empty: unknown table).
using ColumnsOf = std::function<QStringList(const QString &table)>;

// Sets `column` of the `occurrence`-th insert/update of `table` to `value`
// (for an update, in the new image) and reseals. Returns empty when there is
// no such row or column.
QByteArray withValue(const QByteArray &bundle, const ColumnsOf &columnsOf, const QString &table, const QString &column,
    const hub::db::Field &value, int occurrence = 0);

struct TypedMutation {
    QByteArray bundle; // empty when the input offered nothing to mutate
    QString description; // "case_record.received_on = '2\u{fffd}26-11-30'"
};

// One typed mutation chosen by `choice` (any 64-bit number: libFuzzer's input
// hash, or a counter in the replay driver).
TypedMutation typedMutation(const QByteArray &bundle, const ColumnsOf &columnsOf, std::uint64_t choice);

hub::db::Field textField(const QByteArray &utf8);
hub::db::Field integerField(std::int64_t v);

} // namespace hubfuzz
