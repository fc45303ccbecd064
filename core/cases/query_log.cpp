#include "core/cases/query_log.h"

#include <QLocale>

namespace hub
{

QString QueryLog::monthName() const
{
    static const char *const names[] = { "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December" };
    return month >= 1 && month <= 12 ? QStringLiteral("%1 %2").arg(QString::fromLatin1(names[month - 1])).arg(year)
                                     : QString();
}

QDate queryLogClockDay(int year, int month, const QDate &today)
{
    const QDate first(year, month, 1);
    const QDate last = first.addMonths(1).addDays(-1);
    return today.isValid() && today >= first && today < last ? today : last;
}

QString formatPercent(double pct)
{
    return pct < 0 ? QStringLiteral("n/a") : QStringLiteral("%1%").arg(pct, 0, 'f', 1);
}

namespace
{

bool decided(ClockState s)
{
    return s == ClockState::Met || s == ClockState::MetLate || s == ClockState::Breached;
}

} // namespace

QueryLog buildQueryLog(const QString &ccgCode, const QString &ccgName, int year, int month,
    const QVector<QueryLogInput> &cases, const ServiceStandard &queries, const WorkingCalendar &calendar,
    const QDate &asOf)
{
    QueryLog log;
    log.ccgCode = ccgCode;
    log.ccgName = ccgName;
    log.year = year;
    log.month = month;
    log.asOf = asOf.isValid() ? asOf : log.lastDay();
    log.acknowledgeDays = queries.acknowledgeWorkingDays;
    log.responseDays = queries.responseWorkingDays;

    for (const QueryLogInput &in : cases) {
        if (in.received < log.firstDay() || in.received > log.lastDay())
            continue;
        const CaseClocks c = computeClocks(queries, in.received, in.events, log.asOf, calendar, false);
        QueryLogLine l;
        l.ref = in.ref;
        l.typeCode = in.typeCode;
        l.practiceOds = in.practiceOds;
        l.practiceName = in.practiceName;
        l.title = in.title;
        l.officer = in.officer;
        l.received = in.received;
        l.acknowledgeDue = c.acknowledge.due;
        l.acknowledgedOn = c.acknowledge.metOn;
        l.acknowledgeState = c.acknowledge.state;
        // The standard measures the first answer: a full response or an update.
        if (!c.response.periods.isEmpty()) {
            const ClockPeriod &first = c.response.periods.first();
            l.responseDue = first.due;
            l.respondedOn = first.endedOn;
            if (first.endedOn.isValid())
                l.responseState = first.late ? ClockState::MetLate : ClockState::Met;
            else
                l.responseState = c.response.state;
        }
        l.closedOn = c.closedOn;
        l.open = !c.closedOn.isValid() && !c.response.metOn.isValid();
        l.overdue = isOverdue(c.acknowledge.state) || isOverdue(c.response.state);
        l.excluded = !c.pauses.isEmpty();
        QStringList codes;
        for (const ClockPause &p : c.pauses) {
            if (!codes.contains(p.exclusionCode))
                codes << p.exclusionCode;
        }
        l.exclusions = codes.join(QStringLiteral("; "));
        l.pausedWorkingDays = c.pausedWorkingDays;

        QueryLogTotals &t = log.totals;
        ++t.received;
        t.acknowledged += l.acknowledgedOn.isValid() ? 1 : 0;
        t.responded += l.respondedOn.isValid() ? 1 : 0;
        t.open += l.open ? 1 : 0;
        t.overdue += l.overdue ? 1 : 0;
        if (l.excluded) {
            ++t.excluded;
            log.excludedLines.append(l);
            continue;
        }
        if (decided(l.acknowledgeState)) {
            ++t.acknowledgeMeasured;
            t.acknowledgeInTime += l.acknowledgeState == ClockState::Met ? 1 : 0;
        }
        if (decided(l.responseState)) {
            ++t.responseMeasured;
            t.responseInTime += l.responseState == ClockState::Met ? 1 : 0;
        }
        log.lines.append(l);
    }
    const auto byRef = [](const QueryLogLine &a, const QueryLogLine &b) {
        return a.received != b.received ? a.received < b.received : a.ref < b.ref;
    };
    std::sort(log.lines.begin(), log.lines.end(), byRef);
    std::sort(log.excludedLines.begin(), log.excludedLines.end(), byRef);
    return log;
}

} // namespace hub
