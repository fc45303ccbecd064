#pragma once
// Online backup of an open office file (sqlite3_backup_*), verified by
// integrity_check on the copy before it is trusted.

#include "core/common/result.h"

#include <QString>
#include <functional>

namespace hub::db
{

class Connection;

// Told after each step of the copy: pages still to copy, and in all.
using BackupStep = std::function<void(int remaining, int total)>;

// Writes a consistent copy of `source` to `destination` (replacing it only
// when the new copy verifies) and checks it. The copy is written as
// "<destination>.partial"; a killed earlier run's one is removed first
// (backup_leftovers.h).
Status backupTo(const Connection &source, const QString &destination, const BackupStep &onStep = {});

// integrity_check of a file on disk: "ok" or the first problem found.
Result<QString> integrityCheck(const QString &path);

// What a backup file says about itself, once it has been verified.
struct BackupFacts {
    QString officeCode;
    QString officeId;
    QString officeName;
    int schemaVersion = 0;
};

// A backup is only trusted when it is a Hubcase file (application_id), passes
// integrity_check, and is not from a newer Hubcase. Opened read-only: a
// backup is never changed by looking at it.
Result<BackupFacts> verifyBackup(const QString &path);

} // namespace hub::db
