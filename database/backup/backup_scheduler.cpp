#include "database/backup/backup_scheduler.h"

#include "database/backup/backup_folder.h"
#include "database/office_file.h"

namespace hub::db
{

BackupScheduler::BackupScheduler(const OfficeFile &file, QObject *parent)
    : QObject(parent)
    , m_file(file)
{
    connect(&m_timer, &QTimer::timeout, this, &BackupScheduler::check);
}

void BackupScheduler::start(int checkIntervalMs)
{
    m_timer.start(checkIntervalMs);
}

void BackupScheduler::stop()
{
    m_timer.stop();
}

bool BackupScheduler::isDue(const QDateTime &nowUtc) const
{
    // A read-only desktop cannot log its backup, so it would back up every
    // minute; it leaves the schedule to the desktops that can write.
    if (m_file.isReadOnly())
        return false;
    const BackupSettings s = loadBackupSettings(m_file);
    if (s.folder.isEmpty() || s.intervalMinutes <= 0)
        return false;
    const QDateTime last = lastBackupTime(m_file);
    return !last.isValid() || last.addSecs(qint64(s.intervalMinutes) * 60) <= nowUtc;
}

bool BackupScheduler::check()
{
    if (!isDue(QDateTime::currentDateTimeUtc()))
        return false;
    return runBackup(QStringLiteral("scheduled")).ok();
}

Result<QString> BackupScheduler::backupNow()
{
    return runBackup(QStringLiteral("on-demand"));
}

Result<QString> BackupScheduler::runBackup(const QString &kind)
{
    // Only the schedule's own runs are announced: whoever asks for a backup on demand hears the result.
    const bool scheduled = kind == QLatin1String("scheduled");
    const BackupSettings s = loadBackupSettings(m_file);
    if (s.folder.isEmpty()) {
        const Error e = makeError(ErrorCode::Invalid, QStringLiteral("No backup folder is set for this office file."));
        if (scheduled)
            emit backupFailed(e.describe());
        return e;
    }
    const Result<BackupOutcome> done = backupToFolder(m_file, s.folder, s.keep, kind);
    if (!done) {
        if (scheduled)
            emit backupFailed(done.error().describe());
        return done.error();
    }
    if (scheduled)
        emit backedUp(done->path);
    return done->path;
}

} // namespace hub::db
