#include "ui/session/office_session.h"

#include "core/common/format.h"
#include "database/backup/backup_scheduler.h"
#include "database/office_file.h"
#include "database/shared_file/change_watcher.h"

namespace hub::ui
{

OfficeSession::OfficeSession(db::OfficeFile &file, QObject *parent)
    : QObject(parent)
    , m_file(file)
    , m_presence(file)
    , m_watcher(std::make_unique<db::ChangeWatcher>(file.connection(), file.changes()))
    , m_backups(std::make_unique<db::BackupScheduler>(file))
{
    connect(m_watcher.get(), &db::ChangeWatcher::changed, this, &OfficeSession::refreshOthers);
    connect(m_watcher.get(), &db::ChangeWatcher::contentChanged, this, &OfficeSession::contentChanged);
    connect(m_backups.get(), &db::BackupScheduler::backedUp, this, &OfficeSession::backedUp);
    connect(m_backups.get(), &db::BackupScheduler::backupFailed, this, &OfficeSession::backupFailed);
    connect(&m_heartbeat, &QTimer::timeout, this, &OfficeSession::heartbeat);
}

OfficeSession::~OfficeSession()
{
    m_heartbeat.stop();
    m_watcher->stop();
    m_backups->stop();
    // m_presence leaves in its destructor, while the file is still open.
}

void OfficeSession::start()
{
    // A read-only desktop cannot announce itself; it still sees the others.
    (void)m_presence.announce();
    refreshOthers();
    m_heartbeat.start(db::PresenceRegistry::kHeartbeatSeconds * 1000);
    m_watcher->start();
    m_backups->start();
}

const QString &OfficeSession::sessionId() const
{
    return m_presence.sessionId();
}

void OfficeSession::heartbeat()
{
    if (m_presence.announced())
        (void)m_presence.heartbeat();
    refreshOthers();
}

void OfficeSession::poll()
{
    m_watcher->poll();
}

void OfficeSession::refreshOthers()
{
    Result<QVector<db::PresenceEntry>> others = m_presence.others();
    if (!others)
        return; // a busy moment on the share: the next beat tries again
    const auto key = [](const QVector<db::PresenceEntry> &list) {
        QStringList ids;
        for (const db::PresenceEntry &e : list)
            ids << e.sessionId;
        return ids;
    };
    const bool moved = key(others.value()) != key(m_others);
    m_others = std::move(others).value();
    if (moved)
        emit othersChanged(m_others);
}

QString describePresence(const db::PresenceEntry &entry)
{
    const QDateTime since = entry.since.toLocalTime();
    const QString when = since.date() == QDate::currentDate()
        ? since.toString(QStringLiteral("HH:mm"))
        : formatDate(since.date()) + since.toString(QStringLiteral(" HH:mm"));
    return QObject::tr("%1 on %2 since %3").arg(entry.user, entry.machine, when);
}

} // namespace hub::ui
