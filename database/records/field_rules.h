#pragma once
// What every field of a synced table may hold, in one place.
//
// Two layers share the same rules:
//  - FieldRules / checkFields: which fields an edit form may change, and how
//    typed input ("23/11/2026", "yes") is normalised before a write;
//  - ColumnRule / tableRules (table_rules.cpp): one rule per column of every
//    synced table, for values as SQLite stores them. RecordStore checks every
//    value it writes against them, and the sync importer checks every value a
//    bundle would apply (docs/sync.md "Values"), so a bundle can never store
//    what a local edit could not.
// The enumerations (hub roles, case types, …) are defined once and used by both.

#include "core/common/result.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>
#include <QVariantMap>
#include <QVector>
#include <cstdint>
#include <limits>

namespace hub::db
{

class OfficeFile;

enum class FieldKind {
    Text,
    NonEmptyText,
    Date,
    Bool,
    NonNegativeInt,
    HubRole,
    Determination,
    SpecStatus,
    ContractType
};

using FieldRules = QHash<QString, FieldKind>;

// Validates `changes` against `rules` and normalises values (dates to ISO text).
Result<QVariantMap> checkFields(const QVariantMap &changes, const FieldRules &rules);

// checkFields + one write transaction + optimistic update.
Status updateChecked(OfficeFile &file, const QString &table, const QString &id, std::int64_t expectedVersion,
    const QVariantMap &changes, const FieldRules &rules);

// The enumerations, as stored.
const QStringList &hubRoleCodes(); // "", CORE, TBC, SUPPORT
const QStringList &determinationCodes(); // "", hub-delivers, ccg-delivers, hub-supports
const QStringList &specStatusCodes(); // draft, agreed
const QStringList &contractTypeCodes(); // GMS, PMS, APMS, UNKNOWN

// ---- Stored values ---------------------------------------------------------

enum class ValueKind {
    Text, // valid UTF-8, no control characters (tab and line breaks allowed when `multiline`)
    Key, // a code or key: non-empty single-line text
    Uuid, // 8-4-4-4-12 lower-case hex
    Date, // YYYY-MM-DD, a real day
    Timestamp, // YYYY-MM-DDTHH:MM:SS[.mmm]Z, UTC
    Rev, // revision stamp <millis>.<counter>@<office>
    Integer, // within [min, max]
    Bool, // 0 or 1
    Enum, // one of `allowed`
    Blob,
};

struct ColumnRule {
    QString column;
    ValueKind kind = ValueKind::Text;
    bool nullable = false;
    bool nonEmpty = false;
    bool multiline = false;
    int maxLength = 0; // characters; 0 = the kind's default
    std::int64_t min = std::numeric_limits<std::int64_t>::min();
    std::int64_t max = std::numeric_limits<std::int64_t>::max();
    QStringList allowed; // Enum
    // The row this value names (an empty value names nothing). `shipped`:
    // the target is built-in catalogue every office has, so it must exist;
    // otherwise it may be another office's row that has not arrived yet.
    QString refTable;
    QString refColumn;
    bool shipped = false;
};

struct TableRules {
    QString table;
    QVector<ColumnRule> columns;
    const ColumnRule *find(const QString &column) const;
};

// The rules of one synced table (null: no rules, which the schema test forbids).
const TableRules *tableRules(const QString &table);
const QVector<TableRules> &allTableRules();

// A value as SQLite stores (and a changeset carries) it.
struct StoredValue {
    enum Type { Null, Integer, Real, Text, Blob };
    Type type = Null;
    std::int64_t integer = 0;
    double real = 0;
    QByteArray bytes; // Text (UTF-8) or Blob

    static StoredValue fromVariant(const QVariant &v); // as Statement::bind would store it
    QString shown() const; // for messages, shortened
};

// Why `value` breaks `rule`, in the user's words; empty when it is fine.
// References are not looked up here (the caller knows where to look).
QString valueProblem(const ColumnRule &rule, const StoredValue &value);

// Checks the given columns of a local write against tableRules(table);
// throws SqlError(Invalid) naming the field. Unknown tables pass.
void checkStoredValues(const QString &table, const QVariantMap &values);

} // namespace hub::db
