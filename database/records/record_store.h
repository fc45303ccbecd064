#pragma once
// The one write path for synced tables: stamps created/updated at/by, bumps
// row_version, mints a revision stamp, and refuses stale updates with a
// Conflict error carrying the record as it now is. Table and column names
// come from code, never from users; values are always bound.

#include "core/common/result.h"

#include <QString>
#include <QVariantMap>
#include <cstdint>

namespace hub::db
{

class OfficeFile;

class RecordStore
{
public:
    explicit RecordStore(OfficeFile &file)
        : m_file(file)
    {
    }

    // Inserts a row (id: given, or a new UUIDv7); returns the id. Call inside a WriteTransaction.
    QString insert(const QString &table, const QVariantMap &values, const QString &id = {});

    // Seeding and imports: insert, or update only the columns that differ.
    enum class Upsert { Inserted, Updated, Unchanged };
    Upsert upsert(const QString &table, const QString &id, const QVariantMap &values);

    // Updates when the stored row_version still equals expectedVersion; throws
    // SqlError(Conflict) with the current values otherwise.
    void update(const QString &table, const QString &id, std::int64_t expectedVersion, const QVariantMap &changes);

    // Marks deleted (tombstone); rows are never physically removed.
    void tombstone(const QString &table, const QString &id, std::int64_t expectedVersion);

    // The stored row as column -> value; empty when absent.
    QVariantMap current(const QString &table, const QString &id) const;

private:
    [[noreturn]] void throwConflict(const QString &table, const QString &id, std::int64_t expectedVersion) const;
    OfficeFile &m_file;
};

// Guards identifiers that are spliced into SQL text.
const QString &checkedIdentifier(const QString &name);

} // namespace hub::db
