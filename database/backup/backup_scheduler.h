#pragma once
// Scheduled backups for the app: a timer checks once a minute whether the
// interval in local_settings has passed since the last backup *by any
// desktop* (local_backup_log), so several desktops on one shared file take
// one backup per interval between them, not one each.

#include "core/common/result.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>

namespace hub::db
{

class OfficeFile;

class BackupScheduler : public QObject
{
    Q_OBJECT
public:
    static constexpr int kCheckIntervalMs = 60 * 1000;

    // `file` must outlive the scheduler.
    explicit BackupScheduler(const OfficeFile &file, QObject *parent = nullptr);

    void start(int checkIntervalMs = kCheckIntervalMs);
    void stop();

    // True when the file is writable, a folder and an interval are set, and
    // the interval has passed since the newest logged backup (or none yet).
    bool isDue(const QDateTime &nowUtc) const;

public slots:
    // Timer slot: backs up if due. Returns true when a backup was taken.
    bool check();
    // The on-demand backup (menu "Back up now"), same folder and rotation.
    // Its result is returned, not signalled: the signals are the schedule's.
    Result<QString> backupNow();

signals:
    // A scheduled backup was taken / did not work.
    void backedUp(const QString &path);
    void backupFailed(const QString &message);

private:
    Result<QString> runBackup(const QString &kind);
    const OfficeFile &m_file;
    QTimer m_timer;
};

} // namespace hub::db
