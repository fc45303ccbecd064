#include "database/sync/sync_status.h"

#include "database/office_file.h"
#include "database/sqlite/sql_error.h"
#include "database/sqlite/sqlite_api.h"
#include "database/sync/changeset_codec.h"
#include "database/sync/synced_tables.h"

#include <QCryptographicHash>
#include <QStringList>

namespace hub::db
{

QString syncedContentHash(const Connection &connection)
{
    SyncedTables tables(connection);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const SyncedTable &t : tables.all()) {
        QStringList order;
        for (int c : t.pkColumns)
            order << t.columns[c];
        if (order.isEmpty())
            order << QStringLiteral("rowid");
        hash.addData(t.name.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
        sqlite3_stmt *raw = nullptr;
        const QByteArray sql
            = QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(t.name, order.join(QLatin1Char(','))).toUtf8();
        if (sqlite3_prepare_v2(connection.handle(), sql.constData(), -1, &raw, nullptr) != SQLITE_OK)
            throwSqlite(sqlite3_errcode(connection.handle()), QString::fromUtf8(sqlite3_errmsg(connection.handle())));
        while (sqlite3_step(raw) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(raw); ++c) {
                const Field f = Field::fromColumn(raw, c);
                // Type, length and value, so ('ab','c') and ('a','bc') differ.
                QByteArray cell(1, static_cast<char>(f.type));
                if (f.type == Field::Integer)
                    cell += QByteArray::number(static_cast<qlonglong>(f.integer));
                else if (f.type == Field::Real)
                    cell += QByteArray::number(f.real, 'g', 17);
                else
                    cell += QByteArray::number(f.bytes.size()) + ':' + f.bytes;
                hash.addData(cell);
            }
            hash.addData(QByteArrayView("\n", 1));
        }
        sqlite3_finalize(raw);
    }
    return QString::fromLatin1(hash.result().toHex());
}

Result<SyncStatus> syncStatus(OfficeFile &file)
{
    return guarded([&]() -> Result<SyncStatus> {
        const Connection &c = file.connection();
        SyncStatus s;
        s.officeId = file.officeId();
        s.officeCode = file.officeCode();
        s.exchangeFolder = file.setting(QStringLiteral("sync_exchange_folder"));
        s.lastExportSeq = file.setting(QStringLiteral("sync_last_export_seq")).toLongLong();
        s.lastExportAt = file.setting(QStringLiteral("sync_last_export_at"));
        s.outboxSeq = c.scalar(QStringLiteral("SELECT coalesce(max(seq), 0) FROM local_outbox")).toLongLong();
        {
            Statement st = c.prepare(
                QStringLiteral("SELECT count(*), coalesce(sum(change_count), 0) FROM local_outbox WHERE seq > ?1"));
            st.bind(1, static_cast<std::int64_t>(s.lastExportSeq));
            if (st.step()) {
                s.pendingEntries = st.int64(0);
                s.pendingChanges = st.int64(1);
            }
        }
        {
            Statement st
                = c.prepare(QStringLiteral("SELECT status, count(*) FROM local_sync_conflict GROUP BY status"));
            while (st.step()) {
                if (st.text(0) == QLatin1String("open"))
                    s.openConflicts = st.integer(1);
                else if (st.text(0) == QLatin1String("auto"))
                    s.autoResolved = st.integer(1);
                else
                    s.resolvedConflicts = st.integer(1);
            }
        }
        {
            Statement st = c.prepare(QStringLiteral("SELECT office_id, office_code, contiguous_seq, max_seq, entries, "
                                                    "coalesce(last_import_at, ''), last_bundle "
                                                    "FROM local_sync_peer ORDER BY office_code, office_id"));
            while (st.step())
                s.peers.append(
                    { st.text(0), st.text(1), st.int64(2), st.int64(3), st.int64(4), st.text(5), st.text(6) });
        }
        s.contentHash = syncedContentHash(c);
        return s;
    });
}

} // namespace hub::db
