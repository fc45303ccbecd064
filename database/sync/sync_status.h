#pragma once
// What the sync status screen and `sync status` show: pending changes, last
// export, each other office's last import, conflicts to review, and a hash of
// every synced table so two offices can see at a glance they are in step.

#include "core/common/result.h"

#include <QString>
#include <QVector>
#include <cstdint>

namespace hub::db
{

class Connection;
class OfficeFile;

struct PeerStatus {
    QString officeId;
    QString officeCode;
    std::int64_t contiguousSeq = 0;
    std::int64_t maxSeq = 0;
    std::int64_t entries = 0;
    QString lastImportAt;
    QString lastBundle;
};

struct SyncStatus {
    QString officeId;
    QString officeCode;
    QString exchangeFolder;
    std::int64_t outboxSeq = 0; // last captured entry
    std::int64_t lastExportSeq = 0;
    QString lastExportAt;
    std::int64_t pendingEntries = 0; // captured, not yet exported
    std::int64_t pendingChanges = 0;
    int openConflicts = 0;
    int autoResolved = 0;
    int resolvedConflicts = 0;
    QString contentHash; // SHA-256 over every synced table
    QVector<PeerStatus> peers;
};

Result<SyncStatus> syncStatus(OfficeFile &file);

// SHA-256 (hex) over every synced table, tables by name and rows by key.
// Equal in two offices exactly when their synced content is identical.
QString syncedContentHash(const Connection &connection);

} // namespace hub::db
