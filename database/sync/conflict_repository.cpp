#include "database/sync/conflict_repository.h"

#include "database/office_file.h"
#include "database/records/record_store.h"
#include "database/sqlite/sql_error.h"
#include "database/sqlite/transaction.h"
#include "database/sync/changeset_codec.h"
#include "database/sync/synced_tables.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hub::db
{

namespace
{

const char *kColumns
    = "id, detected_at, kind, table_name, row_key, origin_office_code, origin_seq, local_rev, incoming_rev, winner, "
      "local_row, incoming_row, status, note, resolution, resolved_at, resolved_by";

SyncConflict fromRow(const Statement &st)
{
    SyncConflict c;
    c.id = st.int64(0);
    c.detectedAt = st.text(1);
    c.kind = st.text(2);
    c.table = st.text(3);
    const QJsonArray key = QJsonDocument::fromJson(st.text(4).toUtf8()).array();
    c.rowId = key.isEmpty() ? QString() : key.first().toVariant().toString();
    c.originOfficeCode = st.text(5);
    c.originSeq = st.int64(6);
    c.localRev = st.text(7);
    c.incomingRev = st.text(8);
    c.winner = st.text(9);
    c.localRow = QJsonDocument::fromJson(st.text(10).toUtf8()).object();
    c.incomingRow = QJsonDocument::fromJson(st.text(11).toUtf8()).object();
    c.status = st.text(12);
    c.note = st.text(13);
    c.resolution = st.text(14);
    c.resolvedAt = st.text(15);
    c.resolvedBy = st.text(16);
    return c;
}

// Columns a person edits; bookkeeping is restamped by RecordStore.
bool isBookkeeping(const QString &column)
{
    static const QStringList names { QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("created_by"),
        QStringLiteral("updated_at"), QStringLiteral("updated_by"), QStringLiteral("row_version"),
        QStringLiteral("rev") };
    return names.contains(column);
}

QVariant toVariant(const QJsonValue &v)
{
    const Field f = Field::fromJson(v);
    switch (f.type) {
    case Field::Integer:
        return QVariant::fromValue<qint64>(f.integer);
    case Field::Real:
        return f.real;
    case Field::Text:
        return f.text();
    case Field::Blob:
        return f.bytes;
    default:
        return {};
    }
}

} // namespace

Result<QVector<SyncConflict>> ConflictRepository::list(bool all) const
{
    return guarded([&]() -> Result<QVector<SyncConflict>> {
        Statement st = m_file.connection().prepare(
            QStringLiteral("SELECT %1 FROM local_sync_conflict WHERE ?1 OR status='open' ORDER BY id")
                .arg(QLatin1String(kColumns)));
        st.bind(1, all);
        QVector<SyncConflict> out;
        while (st.step())
            out.append(fromRow(st));
        return out;
    });
}

Result<SyncConflict> ConflictRepository::get(std::int64_t id) const
{
    return guarded([&]() -> Result<SyncConflict> {
        Statement st = m_file.connection().prepare(
            QStringLiteral("SELECT %1 FROM local_sync_conflict WHERE id=?1").arg(QLatin1String(kColumns)));
        st.bind(1, id);
        if (!st.step())
            return makeError(ErrorCode::NotFound, QStringLiteral("No sync conflict %1.").arg(id));
        return fromRow(st);
    });
}

Result<int> ConflictRepository::openCount() const
{
    return guarded([&]() -> Result<int> {
        return m_file.connection()
            .scalar(QStringLiteral("SELECT count(*) FROM local_sync_conflict WHERE status='open'"))
            .toInt();
    });
}

Status ConflictRepository::resolve(std::int64_t id, Keep keep)
{
    const auto found = get(id);
    if (!found)
        return found.error();
    const SyncConflict &c = found.value();
    if (c.status == QLatin1String("resolved"))
        return makeError(
            ErrorCode::Invalid, QStringLiteral("Sync conflict %1 is already resolved (%2).").arg(id).arg(c.resolution));
    return guarded([&]() -> Status {
        WriteTransaction tx(m_file.connection());
        SyncedTables tables(m_file.connection());
        if (!tables.find(c.table))
            return makeError(ErrorCode::Invalid, QStringLiteral("Table '%1' is not synced here.").arg(c.table));
        const QJsonObject &chosen = keep == Keep::Local ? c.localRow : c.incomingRow;
        RecordStore store(m_file);
        const QVariantMap now = store.current(checkedIdentifier(c.table), c.rowId);
        if (!chosen.isEmpty() && !now.isEmpty()) {
            // Write the chosen content as a new version (newest stamp), unless
            // the row already holds it. Either way every office ends up with it.
            QVariantMap changes;
            for (auto it = chosen.begin(); it != chosen.end(); ++it) {
                if (isBookkeeping(it.key()) || !now.contains(it.key()))
                    continue;
                const QVariant want = toVariant(it.value());
                const QVariant have = now.value(it.key());
                const bool same = (want.isNull() && have.isNull())
                    || (!want.isNull() && !have.isNull() && want.toString() == have.toString());
                if (!same)
                    changes.insert(checkedIdentifier(it.key()), want);
            }
            if (!changes.isEmpty())
                store.update(c.table, c.rowId, now.value(QStringLiteral("row_version")).toLongLong(), changes);
        } else if (keep == Keep::Theirs && now.isEmpty() && !chosen.isEmpty()) {
            return makeError(ErrorCode::Invalid,
                QStringLiteral("Their version cannot be taken as it is (it breaks a rule here); edit the record by "
                               "hand, then resolve keeping local."));
        }
        Statement st
            = m_file.connection().prepare(QStringLiteral("UPDATE local_sync_conflict SET status='resolved', "
                                                         "resolution=?2, resolved_at=?3, resolved_by=?4 WHERE id=?1"));
        st.bind(1, id)
            .bind(2, keep == Keep::Local ? QStringLiteral("keep-local") : QStringLiteral("take-theirs"))
            .bind(3, OfficeFile::nowUtc())
            .bind(4, m_file.user())
            .exec();
        tx.commit();
        return {};
    });
}

} // namespace hub::db
