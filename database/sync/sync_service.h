#pragma once
// Export changes / Import changes / Sync with the exchange folder: what the
// GUI's sync actions and `hubcase-cli sync` call.

#include "core/common/result.h"
#include "database/sync/bundle_importer.h"

#include <QString>
#include <QStringList>
#include <QVector>
#include <cstdint>

namespace hub::db
{

class OfficeFile;

struct ExportSummary {
    QString path; // empty when there was nothing to export
    std::int64_t seqFrom = 0;
    std::int64_t seqTo = 0;
    int entries = 0;
    int changes = 0;
};

struct RefusedBundle {
    QString file;
    QString message;
};

struct FolderSyncSummary {
    ExportSummary exported;
    QVector<ImportSummary> imported; // bundles that brought something new
    QVector<RefusedBundle> refused;
    int bundlesSeen = 0;

    // Totals over the imported bundles, for whoever reports the sync.
    int changesReceived() const
    {
        int n = 0;
        for (const ImportSummary &i : imported)
            n += i.changes;
        return n;
    }
    int conflictsMet() const
    {
        int n = 0;
        for (const ImportSummary &i : imported)
            n += i.conflicts;
        return n;
    }
};

class SyncService
{
public:
    explicit SyncService(OfficeFile &file)
        : m_file(file)
    {
    }

    // Writes the outbox entries not yet exported (all of them with
    // `everything`) as one bundle in `folder`. Nothing pending: no file.
    Result<ExportSummary> exportChanges(const QString &folder, bool everything = false);
    // The bundle bytes for outbox entries in [from, to] (tests, benchmarks).
    Result<QByteArray> bundleBytes(std::int64_t from, std::int64_t to);

    Result<ImportSummary> importBundle(const QString &path);

    // The exchange folder (a network share or OneDrive/SharePoint folder every
    // office can reach), kept in local_settings: each office chooses its own path.
    QString exchangeFolder() const;
    Status setExchangeFolder(const QString &folder);
    // Imports every new bundle of other offices found there, then exports own changes.
    Result<FolderSyncSummary> syncWithFolder();

    static QString bundleSuffix() { return QStringLiteral(".hubsync"); }

    // Sets up a new office from a consistent copy of an existing office file
    // (VACUUM INTO), with its own identity and an empty sync history, so
    // both start with identical content and only exchange what changes.
    static Status startNewOffice(
        OfficeFile &source, const QString &destPath, const QString &officeCode, const QString &officeName);

private:
    Status setSetting(const QString &key, const QString &value);
    OfficeFile &m_file;
};

} // namespace hub::db
