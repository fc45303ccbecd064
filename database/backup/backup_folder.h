#pragma once
// Backups kept in a folder: timestamped names, the last N kept, the newest
// good one found again when the office file is damaged, and a log of every
// backup in the office file itself (local_backup_log) shared by all desktops.

#include "core/common/result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace hub::db
{

class OfficeFile;

struct BackupSettings {
    QString folder; // empty: no scheduled backups
    int intervalMinutes = 0; // 0: no scheduled backups
    int keep = 20; // timestamped backups kept per office in the folder
};

// Stored in local_settings (backup_folder, backup_interval_minutes, backup_keep):
// shared by every desktop on the file, so one desktop's schedule serves all.
BackupSettings loadBackupSettings(const OfficeFile &file);
Status saveBackupSettings(const OfficeFile &file, const BackupSettings &settings);

// "<office>-YYYYMMDD-HHMMSS.hubcase" with the time in UTC: names then sort in
// time order through clock changes, which rotation relies on.
QString backupFileName(const QString &officeCode, const QDateTime &when);

struct BackupOutcome {
    QString path;
    qint64 bytes = 0;
    QStringList removed; // older backups rotated out
};

// A verified backup of `file` into `folder` (created if missing) under a
// timestamped name, then all but the newest `keep` of this office's
// timestamped backups there are deleted (keep <= 0 keeps all). Files that do
// not match the pattern are never touched. `kind`: on-demand | scheduled.
Result<BackupOutcome> backupToFolder(
    const OfficeFile &file, const QString &folder, int keep, const QString &kind = QStringLiteral("on-demand"));
// A verified backup to exactly `path` (refuses to overwrite an existing file).
Result<BackupOutcome> backupToFile(
    const OfficeFile &file, const QString &path, const QString &kind = QStringLiteral("on-demand"));

// This office's timestamped backups in `folder`, newest first (every
// office's when officeCode is empty: the damaged file cannot say its code).
// Also clears killed backups' leftovers there (backup_leftovers.h); a backup
// into the folder does the same before it starts.
QStringList listBackups(const QString &folder, const QString &officeCode = {});
// Deletes all but the newest `keep`; returns what was deleted.
QStringList rotateBackups(const QString &folder, const QString &officeCode, int keep);
// The newest backup in `folder` that verifies (Hubcase file, integrity ok,
// readable by this version); empty when there is none. For offering a
// restore when OfficeFile::open says Corrupt.
QString latestBackup(const QString &folder, const QString &officeCode = {});

// When anyone last backed this file up (invalid if never), from local_backup_log.
QDateTime lastBackupTime(const OfficeFile &file);

} // namespace hub::db
