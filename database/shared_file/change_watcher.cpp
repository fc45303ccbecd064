#include "database/shared_file/change_watcher.h"

#include "database/events/change_notifier.h"
#include "database/sqlite/connection.h"
#include "database/sqlite/sql_error.h"
#include "database/sqlite/sqlite_api.h"
#include "database/sync/changeset_codec.h"
#include "database/sync/synced_tables.h"

namespace hub::db
{

namespace
{

// -1 when the version cannot be read right now.
std::int64_t dataVersion(const Connection &c)
{
    // Inside an open transaction data_version would describe our own
    // snapshot; skip the tick rather than report a half-seen state.
    if (!c.isOpen() || sqlite3_get_autocommit(c.handle()) == 0)
        return -1;
    try {
        return c.scalar(QStringLiteral("PRAGMA data_version")).toLongLong();
    } catch (const SqlError &) {
        return -1;
    }
}

// Moves whenever shared content does: every captured write adds an outbox
// entry (sqlite_sequence keeps counting when old entries are pruned), every
// import adds seen entries, and conflicts are resolved through captured writes.
// All zero (and not valid) when it cannot be read right now.
ChangeWatcher::ContentStamp readContentStamp(const Connection &c)
{
    try {
        Statement st = c.prepare(
            QStringLiteral("SELECT (SELECT ifnull(max(seq), 0) FROM sqlite_sequence WHERE name = 'local_outbox'), "
                           "(SELECT count(*) FROM local_sync_seen), (SELECT count(*) FROM local_sync_conflict)"));
        if (st.step())
            return { st.int64(0), st.int64(1), st.int64(2), true };
    } catch (const SqlError &) {
    }
    return {};
}

} // namespace

ChangeWatcher::ChangeWatcher(const Connection &connection, ChangeNotifier *notifier, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_notifier(notifier)
    , m_lastVersion(dataVersion(connection))
    , m_lastStamp(readContentStamp(connection))
    , m_lastSeq(m_lastStamp.outboxSeq)
    , m_lastSeen(m_lastStamp.seen)
{
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::poll);
    if (m_notifier)
        connect(m_notifier, &ChangeNotifier::recordsChanged, this, &ChangeWatcher::noteOwnCommit);
}

void ChangeWatcher::start(int intervalMs)
{
    if (m_lastVersion < 0)
        m_lastVersion = dataVersion(m_connection);
    m_timer.start(intervalMs);
}

void ChangeWatcher::stop()
{
    m_timer.stop();
}

void ChangeWatcher::noteOwnCommit(const RecordsChanged &change)
{
    if (!change.fromOtherDesktop() && change.outboxSeq() > 0)
        m_ownEntries.insert(change.outboxSeq());
}

RecordsChanged ChangeWatcher::othersChanges(const ContentStamp &now)
{
    RecordsChanged out;
    out.setOrigin(RecordsChanged::Origin::OtherDesktop);
    try {
        SyncedTables synced(m_connection);
        const std::int64_t last = now.outboxSeq;
        std::int64_t read = m_lastSeq;
        Statement st = m_connection.prepare(
            QStringLiteral("SELECT seq, changeset FROM local_outbox WHERE seq > ?1 ORDER BY seq"));
        st.bind(1, m_lastSeq);
        while (st.step()) {
            const std::int64_t seq = st.int64(0);
            read = seq;
            if (m_ownEntries.remove(seq))
                continue;
            QVector<ChangeSummary> rows;
            if (!describeChangeset(
                    st.blob(1), [](const QString &) { return -1; }, &rows)) {
                for (const SyncedTable &t : synced.all())
                    out.addWholeTable(t.name);
                continue;
            }
            for (const ChangeSummary &c : rows)
                out.add(c.table, c.key,
                    c.op == SQLITE_INSERT       ? ChangeKind::Inserted
                        : c.op == SQLITE_DELETE ? ChangeKind::Deleted
                                                : ChangeKind::Updated);
        }
        // Entries exported and pruned before this poll could read them: the
        // rows are unknown, so every synced table may have changed.
        if (last > read && last > m_lastSeq) {
            for (const SyncedTable &t : synced.all())
                out.addWholeTable(t.name);
        }
        m_lastSeq = std::max(last, read);
        m_ownEntries.clear();
        const qint64 seen = now.seen;
        if (seen != m_lastSeen) {
            // Another desktop imported a bundle (its changes are not captured).
            for (const SyncedTable &t : synced.all())
                out.addWholeTable(t.name);
            m_lastSeen = seen;
        }
    } catch (const SqlError &) {
        // Busy: the next poll reads from the same place.
    }
    return out;
}

bool ChangeWatcher::poll()
{
    const std::int64_t now = dataVersion(m_connection);
    if (now < 0)
        return false;
    const bool moved = m_lastVersion >= 0 && now != m_lastVersion;
    m_lastVersion = now;
    if (!moved)
        return false;
    emit changed();
    const ContentStamp stamp = readContentStamp(m_connection);
    if (!stamp.valid || stamp != m_lastStamp) {
        m_lastStamp = stamp;
        emit contentChanged();
        if (m_notifier)
            m_notifier->publish(othersChanges(stamp));
    }
    return true;
}

} // namespace hub::db
