#pragma once
// What a killed backup or init leaves behind, and when it is safe to delete.
//
// A backup is written to "<name>.partial" (with SQLite's "<name>.partial-journal"
// beside it while it is being written) and renamed when it verifies; a process
// killed meanwhile leaves both for ever (792 MB after 57 kills in the fault
// trials). A new office file is built as "<name>.creating" likewise.
//
// A leftover may belong to a backup another desktop is writing right now, so
// it is deleted only when both hold:
//  - nobody holds a lock on it: sqlite3_backup keeps a write lock on the copy
//    from its first step to its last, and the verification after it a read
//    lock, so a live backup always refuses BEGIN EXCLUSIVE;
//  - neither file has been written for kLeftoverQuietSeconds: this covers the
//    instants between the copy's commit, its verification and its rename, when
//    the writer holds no lock but has only just written the file.
// Only our own names are touched: "<office>-YYYYMMDD-HHMMSS[-N].hubcase" plus
// ".partial" or ".partial-journal", exactly.

#include "core/common/result.h"

#include <QString>
#include <QStringList>

namespace hub::db
{

inline constexpr int kLeftoverQuietSeconds = 10 * 60;

// True when another connection (this process or another) holds a lock on the
// SQLite file at `path`; false for a missing, unlocked or non-database file.
bool sqliteFileIsLocked(const QString &path);

// Deletes the backup leftovers in `folder` that are safe to delete (above);
// returns what was deleted. Called by every backup into the folder and
// whenever the folder's backups are listed.
QStringList removeBackupLeftovers(const QString &folder, int quietSeconds = kLeftoverQuietSeconds);

// Before writing `temp` (a ".partial" or ".creating" file): removes an earlier
// run's `temp` and `temp-journal`, or refuses when another process is writing it.
Status clearOwnLeftover(const QString &temp);

} // namespace hub::db
