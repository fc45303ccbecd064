#include "core/common/revision_clock.h"

#include <QDateTime>
#include <algorithm>

namespace hub
{

QString RevisionStamp::toString() const
{
    return QStringLiteral("%1.%2@%3")
        .arg(millis, 13, 10, QLatin1Char('0'))
        .arg(counter, 5, 10, QLatin1Char('0'))
        .arg(office);
}

bool RevisionStamp::parse(const QString &text, RevisionStamp *out)
{
    const auto at = text.indexOf(QLatin1Char('@'));
    const auto dot = text.indexOf(QLatin1Char('.'));
    if (at < 0 || dot < 0 || dot > at)
        return false;
    bool ok1 = false, ok2 = false;
    RevisionStamp s;
    s.millis = text.left(dot).toLongLong(&ok1);
    s.counter = text.mid(dot + 1, at - dot - 1).toInt(&ok2);
    s.office = text.mid(at + 1);
    if (!ok1 || !ok2 || s.office.isEmpty())
        return false;
    *out = s;
    return true;
}

RevisionStamp RevisionClock::tick(std::int64_t nowMillis)
{
    if (nowMillis > m_millis) {
        m_millis = nowMillis;
        m_counter = 0;
    } else {
        ++m_counter;
    }
    return { m_millis, m_counter, m_office };
}

RevisionStamp RevisionClock::tick()
{
    return tick(QDateTime::currentMSecsSinceEpoch());
}

void RevisionClock::observe(const RevisionStamp &seen)
{
    if (seen.millis > m_millis) {
        m_millis = seen.millis;
        m_counter = seen.counter;
    } else if (seen.millis == m_millis) {
        m_counter = std::max(m_counter, seen.counter);
    }
}

} // namespace hub
