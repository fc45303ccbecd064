#pragma once
// What keeps an open office file alive on a shared drive while the window
// shows it: this desktop's presence (announced, 30 s heartbeat, removed on
// close), the data_version watcher that notices other desktops' commits, and
// the backup schedule. The main window owns one per open file.

#include "database/shared_file/presence_registry.h"

#include <QObject>
#include <QTimer>
#include <QVector>
#include <memory>

namespace hub::db
{
class BackupScheduler;
class ChangeWatcher;
class OfficeFile;
}

namespace hub::ui
{

class OfficeSession : public QObject
{
    Q_OBJECT
public:
    // `file` must outlive the session.
    explicit OfficeSession(db::OfficeFile &file, QObject *parent = nullptr);
    ~OfficeSession() override;

    // Starts presence, watching and scheduled backups. Tests may leave the timers off.
    void start();

    // Live sessions of other desktops, oldest first (as of the last refresh).
    const QVector<db::PresenceEntry> &others() const { return m_others; }
    const QString &sessionId() const;
    db::BackupScheduler *backupScheduler() const { return m_backups.get(); }
    db::ChangeWatcher *watcher() const { return m_watcher.get(); }

public slots:
    // Heartbeat + re-read who else is here (the heartbeat timer's slot).
    void heartbeat();
    // One data_version poll (the watcher's timer does this every second).
    void poll();

signals:
    // Another desktop committed a change to shared content: screens reload.
    void contentChanged();
    void othersChanged(const QVector<hub::db::PresenceEntry> &others);
    void backedUp(const QString &path);
    void backupFailed(const QString &message);

private:
    void refreshOthers();

    db::OfficeFile &m_file;
    db::PresenceRegistry m_presence;
    std::unique_ptr<db::ChangeWatcher> m_watcher;
    std::unique_ptr<db::BackupScheduler> m_backups;
    QTimer m_heartbeat;
    QVector<db::PresenceEntry> m_others;
};

// "a.smith on PC-0142 since 09:14" — for the status bar tooltip and lists.
QString describePresence(const db::PresenceEntry &entry);

} // namespace hub::ui
