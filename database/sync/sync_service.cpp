#include "database/sync/sync_service.h"

#include "core/common/uuid.h"
#include "database/office_file.h"
#include "database/sqlite/sql_error.h"
#include "database/sqlite/transaction.h"
#include "database/sync/bundle_format.h"
#include "database/sync/changeset_codec.h"
#include "database/sync/synced_tables.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

namespace hub::db
{

Status SyncService::setSetting(const QString &key, const QString &value)
{
    return guarded([&]() -> Status {
        WriteTransaction tx(m_file.connection());
        Statement st
            = m_file.connection().prepare(QStringLiteral("INSERT INTO local_settings(key, value) VALUES (?1, ?2) ON "
                                                         "CONFLICT(key) DO UPDATE SET value=excluded.value"));
        st.bind(1, key).bind(2, value).exec();
        tx.commit();
        return {};
    });
}

QString SyncService::exchangeFolder() const
{
    return m_file.setting(QStringLiteral("sync_exchange_folder"));
}

Status SyncService::setExchangeFolder(const QString &folder)
{
    if (!folder.isEmpty() && !QFileInfo(folder).isDir())
        return makeError(ErrorCode::NotFound,
            QStringLiteral("The exchange folder %1 does not exist or cannot be reached.").arg(folder));
    return setSetting(
        QStringLiteral("sync_exchange_folder"), folder.isEmpty() ? QString() : QDir(folder).absolutePath());
}

Result<QByteArray> SyncService::bundleBytes(std::int64_t from, std::int64_t to)
{
    return guarded([&]() -> Result<QByteArray> {
        Bundle b;
        b.officeId = m_file.officeId();
        b.officeCode = m_file.officeCode();
        b.officeName = m_file.officeName();
        b.schemaVersion = m_file.schemaVersion();
        b.createdAt = OfficeFile::nowUtc();
        Statement st = m_file.connection().prepare(
            QStringLiteral("SELECT seq, changeset FROM local_outbox WHERE seq BETWEEN ?1 AND ?2 ORDER BY seq"));
        st.bind(1, from).bind(2, to);
        while (st.step())
            b.entries.append({ st.int64(0), st.blob(1) });
        if (b.entries.isEmpty())
            return makeError(
                ErrorCode::NotFound, QStringLiteral("No captured changes between %1 and %2.").arg(from).arg(to));
        b.seqFrom = b.entries.first().seq;
        b.seqTo = b.entries.last().seq;
        // Ship the known history behind each changed row (bounded).
        SyncedTables tables(m_file.connection());
        Statement baseOf
            = m_file.connection().prepare(QStringLiteral("SELECT base_rev FROM local_sync_lineage WHERE rev=?1"));
        QSet<QString> done;
        for (const BundleEntry &e : b.entries) {
            QVector<ChangeSummary> changes;
            describeChangeset(
                e.changeset,
                [&](const QString &t) {
                    const SyncedTable *s = tables.find(t);
                    return s ? s->revColumn : -1;
                },
                &changes);
            for (const ChangeSummary &c : changes) {
                QString cur = c.baseRev;
                for (int steps = 0; steps < 64 && !cur.isEmpty() && !done.contains(cur); ++steps) {
                    done.insert(cur);
                    baseOf.reset();
                    baseOf.bind(1, cur);
                    if (!baseOf.step())
                        break;
                    const QString base = baseOf.text(0);
                    b.lineage.append({ cur, base });
                    cur = base;
                }
            }
        }
        return BundleFormat::write(b);
    });
}

Result<ExportSummary> SyncService::exportChanges(const QString &folder, bool everything)
{
    if (m_file.isDamaged())
        return m_file.writeRefusal();
    if (m_file.isReadOnly())
        return makeError(
            ErrorCode::ReadOnly, QStringLiteral("The office file is open read-only; export from a writable copy."));
    if (!QFileInfo(folder).isDir())
        return makeError(
            ErrorCode::NotFound, QStringLiteral("The folder %1 does not exist or cannot be reached.").arg(folder));
    ExportSummary sum;
    const std::int64_t after = everything ? 0 : m_file.setting(QStringLiteral("sync_last_export_seq")).toLongLong();
    const Status counted = guarded([&]() -> Status {
        Statement st = m_file.connection().prepare(
            QStringLiteral("SELECT coalesce(min(seq), 0), coalesce(max(seq), 0), count(*), coalesce(sum(change_count), "
                           "0) FROM local_outbox WHERE seq > ?1"));
        st.bind(1, after);
        if (st.step()) {
            sum.seqFrom = st.int64(0);
            sum.seqTo = st.int64(1);
            sum.entries = st.integer(2);
            sum.changes = st.integer(3);
        }
        return {};
    });
    if (!counted)
        return counted.error();
    if (sum.entries == 0)
        return sum;
    const auto bytes = bundleBytes(sum.seqFrom, sum.seqTo);
    if (!bytes)
        return bytes.error();
    // Name: office, identity and range, so bundles from different offices
    // never collide in a shared folder and a re-export replaces its twin.
    const QString name = QStringLiteral("%1-%2-%3-%4%5")
                             .arg(m_file.officeCode(), m_file.officeId().left(8))
                             .arg(sum.seqFrom, 10, 10, QLatin1Char('0'))
                             .arg(sum.seqTo, 10, 10, QLatin1Char('0'))
                             .arg(bundleSuffix());
    const QString path = QDir(folder).filePath(name);
    // QSaveFile writes beside and renames, so another office never reads half a bundle.
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes.value()) != bytes->size() || !out.commit())
        return makeError(ErrorCode::Io, QStringLiteral("Could not write %1: %2").arg(path, out.errorString()));
    sum.path = path;
    const std::int64_t last = m_file.setting(QStringLiteral("sync_last_export_seq")).toLongLong();
    if (sum.seqTo > last) {
        const Status saved = setSetting(QStringLiteral("sync_last_export_seq"), QString::number(sum.seqTo));
        if (!saved)
            return saved.error();
    }
    const Status stamped = setSetting(QStringLiteral("sync_last_export_at"), OfficeFile::nowUtc());
    if (!stamped)
        return stamped.error();
    return sum;
}

Status SyncService::startNewOffice(
    OfficeFile &source, const QString &destPath, const QString &officeCode, const QString &officeName)
{
    if (QFileInfo::exists(destPath))
        return makeError(
            ErrorCode::Invalid, QStringLiteral("%1 already exists; Hubcase will not overwrite it.").arg(destPath));
    if (officeCode == source.officeCode())
        return makeError(
            ErrorCode::Invalid, QStringLiteral("The new office needs its own code, not %1.").arg(officeCode));
    return guarded([&]() -> Status {
        Statement vacuum = source.connection().prepare(QStringLiteral("VACUUM INTO ?1"));
        vacuum.bind(1, destPath).exec();
        Connection copy;
        copy.open(destPath, Connection::Access::ReadWrite);
        copy.applyOfficePragmas();
        WriteTransaction tx(copy);
        // The copy's sync history is the source office's, not its own.
        copy.execScript(QStringLiteral(
            "DELETE FROM local_outbox; DELETE FROM local_sync_peer; DELETE FROM local_sync_seen; "
            "DELETE FROM local_sync_conflict; DELETE FROM local_settings WHERE key LIKE 'sync\\_%' ESCAPE '\\'; "
            // Numbering restarts too, or other offices would wait forever for the source's numbers.
            "DELETE FROM sqlite_sequence WHERE name IN ('local_outbox', 'local_sync_conflict');"));
        Statement set = copy.prepare(QStringLiteral("INSERT INTO local_settings(key, value) VALUES (?1, ?2) ON "
                                                    "CONFLICT(key) DO UPDATE SET value=excluded.value"));
        const QList<QPair<QString, QString>> identity = {
            { QStringLiteral("office_code"), officeCode },
            { QStringLiteral("office_id"), newUuid7() },
            { QStringLiteral("office_name"), officeName },
            { QStringLiteral("created_at"), OfficeFile::nowUtc() },
        };
        for (const auto &[k, v] : identity) {
            set.reset();
            set.bind(1, k).bind(2, v).exec();
        }
        tx.commit();
        return {};
    });
}

Result<ImportSummary> SyncService::importBundle(const QString &path)
{
    return BundleImporter(m_file).importFile(path);
}

Result<FolderSyncSummary> SyncService::syncWithFolder()
{
    const QString folder = exchangeFolder();
    if (folder.isEmpty())
        return makeError(ErrorCode::Invalid, QStringLiteral("No exchange folder is set for this office file."));
    if (!QFileInfo(folder).isDir())
        return makeError(ErrorCode::NotFound, QStringLiteral("The exchange folder %1 cannot be reached.").arg(folder));
    FolderSyncSummary sum;
    const QStringList files = QDir(folder).entryList({ QStringLiteral("*") + bundleSuffix() }, QDir::Files, QDir::Name);
    const QString own = QStringLiteral("%1-%2-").arg(m_file.officeCode(), m_file.officeId().left(8));
    for (const QString &name : files) {
        if (name.startsWith(own))
            continue; // our own exports
        ++sum.bundlesSeen;
        const auto imported = BundleImporter(m_file).importFile(QDir(folder).filePath(name));
        if (!imported)
            sum.refused.append({ name, imported.error().message });
        else if (!imported->alreadyImported())
            sum.imported.append(imported.value());
    }
    const auto exported = exportChanges(folder);
    if (!exported)
        return exported.error();
    sum.exported = exported.value();
    return sum;
}

} // namespace hub::db
