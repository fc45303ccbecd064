#pragma once
// Restoring an office file from a backup. The backup is verified first; the
// current file is kept aside as "<file>.before-restore-YYYYMMDD-HHMMSS"; then
// the content is replaced in one step, so a failure at any point leaves
// either the old file or the restored one, never a mixture.

#include "core/common/result.h"
#include "database/backup/backup.h"

#include <QString>

namespace hub::db
{

struct RestoreOptions {
    // Another desktop working on the file would have its work replaced under
    // it; restore is refused while any live presence is found, except this
    // caller's own session (the GUI restoring the file it has open).
    QString ownSessionId;
    bool evenIfOthersHaveItOpen = false;
};

struct RestoreOutcome {
    QString restoredFrom;
    QString keptAside; // empty when there was no current file
    BackupFacts backup;
    bool replacedDamagedFile = false;
};

// Refuses (and changes nothing) when the backup is not a verified Hubcase
// backup, belongs to another office, the current file is not a Hubcase file,
// or other desktops have it open.
Result<RestoreOutcome> restoreFromBackup(
    const QString &officePath, const QString &backupPath, const RestoreOptions &options = {});

} // namespace hub::db
