#include "database/shared_file/change_watcher.h"

#include "database/sqlite/connection.h"
#include "database/sqlite/sql_error.h"
#include "database/sqlite/sqlite_api.h"

namespace hub::db {

namespace {

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
QString contentStamp(const Connection &c)
{
    try {
        return c.scalar(QStringLiteral(
            "SELECT (SELECT ifnull(max(seq), 0) FROM sqlite_sequence WHERE name = 'local_outbox') || ':' || "
            "(SELECT count(*) FROM local_sync_seen) || ':' || (SELECT count(*) FROM local_sync_conflict)")).toString();
    } catch (const SqlError &) {
        return {};
    }
}

} // namespace

ChangeWatcher::ChangeWatcher(const Connection &connection, QObject *parent)
    : QObject(parent), m_connection(connection), m_lastVersion(dataVersion(connection)),
      m_lastStamp(contentStamp(connection))
{
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::poll);
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
    const QString stamp = contentStamp(m_connection);
    if (stamp.isEmpty() || stamp != m_lastStamp) {
        m_lastStamp = stamp;
        emit contentChanged();
    }
    return true;
}

} // namespace hub::db
