#pragma once
// Notices commits made by other connections - other desktops on the shared
// file, or other processes on this one - by polling PRAGMA data_version.
// SQLite's update hooks and file-system watchers only see this process (and
// a network share often reports no file events at all); data_version is read
// from the file itself, so it works across processes and machines. Commits
// made through the watched connection itself do not count: the app already
// knows about its own saves.
//
// What changed is read from the outbox entries written since the last poll
// (each names its tables and row keys) and published through the file's
// ChangeNotifier as a RecordsChanged from another desktop. An import made by
// another desktop (rows unknown) is published as every synced table changed.

#include "database/events/records_changed.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>
#include <cstdint>

namespace hub::db
{

class ChangeNotifier;
class Connection;

class ChangeWatcher : public QObject
{
    Q_OBJECT
public:
    // One poll a second keeps "appears within about two seconds" with room
    // for a poll that had to wait out another desktop's commit.
    static constexpr int kDefaultIntervalMs = 1000;

    // `connection` (the GUI's own) and `notifier` must outlive the watcher;
    // without a notifier only the signals below are emitted.
    explicit ChangeWatcher(const Connection &connection, ChangeNotifier *notifier = nullptr, QObject *parent = nullptr);

    void start(int intervalMs = kDefaultIntervalMs);
    void stop();
    bool isActive() const { return m_timer.isActive(); }

public slots:
    // Reads data_version once; emits changed() and returns true when another
    // connection committed since the last poll. Never throws: a poll that
    // meets a busy or unreadable file just tries again next time.
    bool poll();

signals:
    // Another connection committed anything (presence heartbeats included).
    void changed();
    // ...and it touched shared content: a captured write (outbox), an
    // imported bundle or a conflict. Other desktops' heartbeats commit every
    // 30 s; they must not reload every screen.
    void contentChanged();

public:
    // What moves when shared content does (read in one statement per poll).
    struct ContentStamp {
        std::int64_t outboxSeq = 0; // highest outbox entry ever written
        qint64 seen = 0; // imported bundle entries (local_sync_seen)
        qint64 conflicts = 0; // sync conflicts
        bool valid = false; // false: the file could not be read just now

        bool operator==(const ContentStamp &o) const
        {
            return valid == o.valid && outboxSeq == o.outboxSeq && seen == o.seen && conflicts == o.conflicts;
        }
        bool operator!=(const ContentStamp &o) const { return !(*this == o); }
    };

private:
    RecordsChanged othersChanges(const ContentStamp &now);
    void noteOwnCommit(const RecordsChanged &change);

    const Connection &m_connection;
    ChangeNotifier *m_notifier;
    QTimer m_timer;
    std::int64_t m_lastVersion = -1;
    ContentStamp m_lastStamp;
    std::int64_t m_lastSeq = 0; // highest outbox entry already accounted for
    qint64 m_lastSeen = 0; // count of imported entries (local_sync_seen)
    QSet<qint64> m_ownEntries; // outbox entries this connection wrote since the last poll
};

} // namespace hub::db
