#include "core/cases/case_clock.h"

#include "core/common/format.h"

namespace hub
{

using namespace Qt::StringLiterals;

DateRange ClockPause::range() const
{
    DateRange r;
    r.first = pausedOn;
    r.last = resumedOn.isValid() ? resumedOn.addDays(-1) : QDate();
    r.reason = exclusionText.isEmpty() ? exclusionCode : exclusionText;
    if (!note.isEmpty())
        r.reason += u" — "_s + note;
    return r;
}

bool updateRestartsClock(const ServiceStandard &standard)
{
    // The catalogue words the rule rather than flagging it, so read the words:
    // the Queries standard says "a full response or an update".
    return standard.responseWorkingDays > 0 && standard.text.contains(u"an update"_s, Qt::CaseInsensitive);
}

QVector<ClockPause> pausesOf(const QVector<CaseEvent> &timeline, const ServiceStandard &standard)
{
    QVector<ClockPause> out;
    for (const CaseEvent &e : timeline) {
        if (e.kind == CaseEventKind::Paused && (out.isEmpty() || out.last().resumedOn.isValid())) {
            ClockPause p;
            p.pausedOn = e.on;
            p.exclusionCode = e.exclusionCode;
            p.exclusionText = e.exclusionCode;
            for (const Exclusion &x : standard.exclusions) {
                if (x.code == e.exclusionCode)
                    p.exclusionText = x.text;
            }
            p.note = e.note;
            out.append(p);
        } else if (e.kind == CaseEventKind::Resumed && !out.isEmpty() && !out.last().resumedOn.isValid()) {
            out.last().resumedOn = e.on;
        }
    }
    return out;
}

namespace
{

QVector<DateRange> rangesOf(const QVector<ClockPause> &pauses)
{
    QVector<DateRange> ranges;
    for (const ClockPause &p : pauses)
        ranges.append(p.range());
    return ranges;
}

// The stops that count against a clock met (or a period ended) on `end`:
// a pause stops only unmet clocks, so days from `end` on are dropped.
QVector<DateRange> stopsBefore(const QVector<DateRange> &ranges, const QDate &end)
{
    if (!end.isValid())
        return ranges;
    QVector<DateRange> out;
    for (DateRange r : ranges) {
        if (!r.isUsable() || r.first >= end)
            continue;
        if (r.isOpenEnded() || r.last >= end)
            r.last = end.addDays(-1);
        out.append(r);
    }
    return out;
}

ClockState runningState(const QDate &due, const QDate &asOf, int daysLeft, bool paused)
{
    if (paused || !due.isValid())
        return ClockState::Paused;
    if (asOf > due)
        return ClockState::Breached;
    if (asOf == due)
        return ClockState::DueToday;
    return daysLeft <= 3 ? ClockState::DueSoon : ClockState::Running;
}

QStringList explainPeriod(const WorkingCalendar &calendar, const QDate &start, const QString &startWhat, int n,
    const QVector<DateRange> &ranges, const QDate &due)
{
    QStringList lines;
    lines << u"Counted from %1 %2 (%3); that day itself is not counted. %4 working days allowed."_s
                 .arg(startWhat, formatDate(start),
                     calendar.isWorkingDay(start) ? u"a working day"_s : calendar.reasonNotWorking(start))
                 .arg(n);
    for (const ExplainedDay &d : calendar.explainExcluding(start, n, ranges))
        lines << d.text();
    if (due.isValid())
        lines << u"Due %1."_s.arg(formatDateLong(due));
    else
        lines << u"The clock is stopped with no restart date yet, so there is no due date until it is resumed."_s;
    return lines;
}

} // namespace

ClockState storedClockState(const QDate &due, const QDate &metOn, bool paused, const QDate &closedOn, const QDate &asOf,
    const WorkingCalendar &calendar, bool applies)
{
    if (!applies)
        return ClockState::NotApplicable;
    const QDate met = metOn.isValid() ? metOn : closedOn;
    if (met.isValid() && met <= asOf)
        return !due.isValid() || met <= due ? ClockState::Met : ClockState::MetLate;
    if (paused || !due.isValid())
        return ClockState::Paused;
    if (asOf > due)
        return ClockState::Breached;
    if (asOf == due)
        return ClockState::DueToday;
    return calendar.workingDaysBetween(asOf, due) <= 3 ? ClockState::DueSoon : ClockState::Running;
}

CaseClocks computeClocks(const ServiceStandard &standard, const QDate &received, const QVector<CaseEvent> &events,
    const QDate &asOf, const WorkingCalendar &calendar, bool withExplanation)
{
    CaseClocks out;
    QVector<CaseEvent> timeline;
    for (const CaseEvent &e : sortedTimeline(events)) {
        if (e.on.isValid() && e.on <= asOf)
            timeline.append(e);
    }
    out.pauses = pausesOf(timeline, standard);
    const QVector<DateRange> ranges = rangesOf(out.pauses);
    out.paused = !out.pauses.isEmpty() && out.pauses.last().range().contains(asOf);
    if (!out.pauses.isEmpty() && !out.pauses.last().resumedOn.isValid())
        out.paused = true; // stopped on a future-looking day still counts as stopped
    for (const DateRange &r : ranges) {
        if (!r.isUsable() || r.first > asOf)
            continue;
        const QDate last = r.isOpenEnded() || r.last > asOf ? asOf : r.last;
        out.pausedWorkingDays += calendar.workingDaysBetween(r.first.addDays(-1), last);
    }
    for (const CaseEvent &e : timeline) {
        if (e.kind == CaseEventKind::Closed) {
            out.closedOn = e.on;
            break;
        }
    }

    // Acknowledgement.
    ClockResult &ack = out.acknowledge;
    ack.workingDays = standard.acknowledgeWorkingDays;
    if (ack.applies() && received.isValid()) {
        ack.start = received;
        for (const CaseEvent &e : timeline) {
            if (e.kind == CaseEventKind::Acknowledged || e.kind == CaseEventKind::Updated
                || e.kind == CaseEventKind::Responded || e.kind == CaseEventKind::Closed) {
                ack.metOn = e.on;
                break;
            }
        }
        const QVector<DateRange> ackStops = stopsBefore(ranges, ack.metOn);
        ack.due = calendar.addWorkingDaysExcluding(received, ack.workingDays, ackStops);
        if (ack.metOn.isValid()) {
            ack.state = !ack.due.isValid() || ack.metOn <= ack.due ? ClockState::Met : ClockState::MetLate;
        } else {
            ack.daysLeft = ack.due.isValid() ? calendar.workingDaysBetweenExcluding(asOf, ack.due, ranges) : 0;
            ack.state = runningState(ack.due, asOf, ack.daysLeft, out.paused);
        }
        if (withExplanation)
            ack.explanation = explainPeriod(calendar, received, u"received"_s, ack.workingDays, ackStops, ack.due);
    }

    // Response / update.
    ClockResult &resp = out.response;
    resp.workingDays = standard.responseWorkingDays;
    if (resp.applies() && received.isValid()) {
        const bool restarts = updateRestartsClock(standard);
        QDate start = received;
        QString startWhat = u"received"_s;
        for (const CaseEvent &e : timeline) {
            const bool final = e.kind == CaseEventKind::Responded || e.kind == CaseEventKind::Closed;
            if (!final && !(restarts && e.kind == CaseEventKind::Updated))
                continue;
            if (e.on < start)
                continue; // an update dated before the period began does not end it
            ClockPeriod p;
            p.start = start;
            p.due = calendar.addWorkingDaysExcluding(start, resp.workingDays, stopsBefore(ranges, e.on));
            p.endedOn = e.on;
            p.endedBy = caseEventCode(e.kind);
            p.late = p.due.isValid() && e.on > p.due;
            resp.periods.append(p);
            if (final) {
                resp.metOn = e.on;
                break;
            }
            start = e.on;
            startWhat = u"last update"_s;
        }
        if (resp.metOn.isValid()) {
            const ClockPeriod &last = resp.periods.last();
            resp.start = last.start;
            resp.due = last.due;
            bool anyLate = false;
            for (const ClockPeriod &p : resp.periods)
                anyLate = anyLate || p.late;
            resp.state = anyLate ? ClockState::MetLate : ClockState::Met;
            if (last.start != received)
                startWhat = u"last update"_s;
        } else {
            ClockPeriod p;
            p.start = start;
            p.due = calendar.addWorkingDaysExcluding(start, resp.workingDays, ranges);
            resp.periods.append(p);
            resp.start = start;
            resp.due = p.due;
            resp.daysLeft = resp.due.isValid() ? calendar.workingDaysBetweenExcluding(asOf, resp.due, ranges) : 0;
            resp.state = runningState(resp.due, asOf, resp.daysLeft, out.paused);
        }
        if (withExplanation)
            resp.explanation = explainPeriod(
                calendar, resp.start, startWhat, resp.workingDays, stopsBefore(ranges, resp.metOn), resp.due);
    }
    return out;
}

} // namespace hub
