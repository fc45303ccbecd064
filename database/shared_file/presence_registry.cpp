#include "database/shared_file/presence_registry.h"

#include "core/common/uuid.h"
#include "database/office_file.h"
#include "database/sqlite/sql_error.h"
#include "database/sqlite/transaction.h"

#include <QCoreApplication>
#include <QSysInfo>

namespace hub::db
{

using namespace Qt::StringLiterals;

namespace
{

QString stamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseStamp(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

} // namespace

PresenceRegistry::PresenceRegistry(const OfficeFile &file)
    : m_file(file)
    , m_sessionId(newUuid7())
{
}

PresenceRegistry::~PresenceRegistry()
{
    if (m_announced)
        (void)leave();
}

QDateTime PresenceRegistry::now() const
{
    return m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
}

Status PresenceRegistry::announce()
{
    return writePresence(false);
}

Status PresenceRegistry::heartbeat()
{
    return writePresence(true);
}

// One tiny transaction per beat: the upsert also re-creates this session's
// row if another desktop removed it as stale (this machine slept), and the
// stale rows of vanished desktops go in the same write.
Status PresenceRegistry::writePresence(bool cleanStale)
{
    if (m_file.isReadOnly())
        return makeError(ErrorCode::ReadOnly,
            u"The office file is open read-only, so other desktops cannot see you have it open."_s);
    if (!m_since.isValid())
        m_since = now();
    return guarded([&]() -> Status {
        WriteTransaction tx(m_file.connection());
        Statement st
            = m_file.connection().prepare(u"INSERT INTO local_presence(session_id, user, machine, pid, since, "
                                          u"heartbeat_at) VALUES (?1,?2,?3,?4,?5,?6) "
                                          "ON CONFLICT(session_id) DO UPDATE SET heartbeat_at=excluded.heartbeat_at"_s);
        st.bind(1, m_sessionId)
            .bind(2, m_file.user())
            .bind(3, QSysInfo::machineHostName())
            .bind(4, static_cast<std::int64_t>(QCoreApplication::applicationPid()))
            .bind(5, stamp(m_since))
            .bind(6, stamp(now()));
        st.exec();
        if (cleanStale) {
            Statement del = m_file.connection().prepare(u"DELETE FROM local_presence WHERE heartbeat_at < ?1"_s);
            del.bind(1, stamp(now().addSecs(-kStaleSeconds)));
            del.exec();
        }
        tx.commit();
        m_announced = true;
        return {};
    });
}

Status PresenceRegistry::leave()
{
    if (!m_announced)
        return {};
    m_announced = false;
    return guarded([&]() -> Status {
        WriteTransaction tx(m_file.connection());
        Statement st = m_file.connection().prepare(u"DELETE FROM local_presence WHERE session_id=?1"_s);
        st.bind(1, m_sessionId);
        st.exec();
        tx.commit();
        return {};
    });
}

Result<QVector<PresenceEntry>> PresenceRegistry::live() const
{
    return guarded([&]() -> Result<QVector<PresenceEntry>> {
        // Staleness is judged here from the row's own stamp, so a reader on a
        // read-only file still ignores desktops that vanished.
        const QDateTime cutoff = now().addSecs(-kStaleSeconds);
        Statement st = m_file.connection().prepare(
            u"SELECT session_id, user, machine, pid, since, heartbeat_at FROM local_presence "
            "WHERE heartbeat_at >= ?1 ORDER BY since, session_id"_s);
        st.bind(1, stamp(cutoff));
        QVector<PresenceEntry> out;
        while (st.step()) {
            PresenceEntry e;
            e.sessionId = st.text(0);
            e.user = st.text(1);
            e.machine = st.text(2);
            e.pid = st.int64(3);
            e.since = parseStamp(st.text(4));
            e.heartbeatAt = parseStamp(st.text(5));
            out.append(e);
        }
        return out;
    });
}

Result<QVector<PresenceEntry>> PresenceRegistry::others() const
{
    Result<QVector<PresenceEntry>> all = live();
    if (!all)
        return all;
    QVector<PresenceEntry> out;
    for (const PresenceEntry &e : all.value()) {
        if (e.sessionId != m_sessionId)
            out.append(e);
    }
    return out;
}

Result<int> PresenceRegistry::removeStale()
{
    if (m_file.isReadOnly())
        return 0;
    return guarded([&]() -> Result<int> {
        WriteTransaction tx(m_file.connection());
        Statement st = m_file.connection().prepare(u"DELETE FROM local_presence WHERE heartbeat_at < ?1"_s);
        st.bind(1, stamp(now().addSecs(-kStaleSeconds)));
        const int removed = st.exec();
        tx.commit();
        return removed;
    });
}

} // namespace hub::db
