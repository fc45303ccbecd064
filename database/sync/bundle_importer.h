#pragma once
// Applies another office's bundle in one transaction with
// sqlite3changeset_apply_v2 and the conflict policy of docs/sync.md:
// the newest revision stamp wins, every DATA / NOTFOUND / CONFLICT /
// CONSTRAINT case is written to local_sync_conflict with both versions.

#include "core/common/result.h"
#include "database/sync/bundle_format.h"

#include <QString>
#include <cstdint>

namespace hub::db
{

class OfficeFile;

struct ImportSummary {
    QString bundle; // file name (or the name given)
    QString officeId;
    QString officeCode;
    std::int64_t seqFrom = 0;
    std::int64_t seqTo = 0;
    int entries = 0; // outbox entries in the bundle
    int entriesApplied = 0;
    int entriesAlreadyImported = 0;
    int changes = 0; // row changes in the applied entries
    int conflicts = 0; // logged for review (status 'open')
    int autoResolved = 0; // logged, nothing lost (status 'auto')
    int danglingReferences = 0; // rows whose parent has not arrived yet
    bool alreadyImported() const { return entriesApplied == 0; }
};

class BundleImporter
{
public:
    explicit BundleImporter(OfficeFile &file)
        : m_file(file)
    {
    }

    Result<ImportSummary> importFile(const QString &path);
    Result<ImportSummary> importBytes(const QByteArray &bytes, const QString &name);

    // Checks a parsed bundle against this office without changing anything.
    Status validate(const Bundle &bundle);

private:
    OfficeFile &m_file;
};

} // namespace hub::db
