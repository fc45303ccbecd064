#pragma once
// Who else has this office file open: one local_presence row per desktop
// session (user, machine, since), refreshed by a heartbeat, removed on exit.
// A desktop that crashed or lost the network cannot say goodbye, so rows
// whose heartbeat is older than staleAfter are ignored and cleaned up.

#include "core/common/result.h"

#include <QDateTime>
#include <QString>
#include <QVector>

namespace hub::db
{

class OfficeFile;

struct PresenceEntry {
    QString sessionId;
    QString user;
    QString machine;
    qint64 pid = 0;
    QDateTime since; // UTC
    QDateTime heartbeatAt; // UTC
};

class PresenceRegistry
{
public:
    // Heartbeat every 30 s; a row is stale after 2 min (four missed beats),
    // long enough that a busy or briefly disconnected desktop is not dropped.
    static constexpr int kHeartbeatSeconds = 30;
    static constexpr int kStaleSeconds = 120;

    // `file` must outlive the registry (the destructor writes to it).
    explicit PresenceRegistry(const OfficeFile &file);
    ~PresenceRegistry(); // leave()s if announced
    PresenceRegistry(const PresenceRegistry &) = delete;
    PresenceRegistry &operator=(const PresenceRegistry &) = delete;

    // Writes (or rewrites) this session's row. A read-only file cannot show
    // its readers: announce() then returns ReadOnly and the app carries on.
    Status announce();
    // Refreshes heartbeat_at; re-announces if another desktop removed the
    // row as stale (this machine slept), and cleans up others' stale rows.
    Status heartbeat();
    // Removes this session's row (on close; also done by the destructor).
    Status leave();

    // Live sessions other than this one, oldest first.
    Result<QVector<PresenceEntry>> others() const;
    // Every live session, this one included (the CLI, which never announces).
    Result<QVector<PresenceEntry>> live() const;
    // Deletes stale rows; returns how many.
    Result<int> removeStale();

    const QString &sessionId() const { return m_sessionId; }
    bool announced() const { return m_announced; }

    // Tests move the clock instead of waiting: "now" for staleness decisions.
    void setNowForTesting(const QDateTime &nowUtc) { m_fixedNow = nowUtc; }

private:
    Status writePresence(bool cleanStale);
    QDateTime now() const;
    const OfficeFile &m_file;
    QString m_sessionId;
    QDateTime m_since;
    QDateTime m_fixedNow;
    bool m_announced = false;
};

} // namespace hub::db
