#pragma once
// The clock engine: from the received date, the timeline and the case's
// current service standard, the acknowledgement and response/update clocks
// of a case as of a given day, each with a day-by-day "why this date".
//
// Rules (docs/cases.md):
// - Day of receipt not counted; working days per WorkingCalendar.
// - Acknowledgement is met by the first acknowledged, updated, responded or
//   closed event; the response clock by the first responded or closed event.
// - Where the standard allows "a full response or an update" each update
//   meets the current period and starts a new one of the same length.
// - Paused on P, resumed on R: days P..R-1 do not count on any unmet clock.
//   Pauses are timeline events, so they survive a change of case type.
// - Events after `asOf` are ignored: the clocks read as they stood that day.

#include "core/calendar/date_range.h"
#include "core/calendar/working_calendar.h"
#include "core/cases/case_event.h"
#include "core/cases/clock_state.h"
#include "core/catalogue/catalogue.h"

#include <QDate>
#include <QStringList>
#include <QVector>

namespace hub
{

// One stretch of stopped clock.
struct ClockPause {
    QDate pausedOn;
    QDate resumedOn; // null while still paused
    QString exclusionCode;
    QString exclusionText; // from the standard; the code itself when the standard no longer lists it
    QString note;

    DateRange range() const; // pausedOn .. resumedOn - 1
};

// A response clock period: from receipt or an update to the next update/response.
struct ClockPeriod {
    QDate start; // not counted
    QDate due; // null while stopped with no restart
    QDate endedOn; // null while running
    QString endedBy; // event code that ended it
    bool late = false;
};

struct ClockResult {
    ClockState state = ClockState::NotApplicable;
    int workingDays = 0; // the standard's allowance (0 = no such clock)
    QDate start; // current period counts from the day after this
    QDate due; // null when not applicable or stopped without restart
    QDate metOn;
    int daysLeft = 0; // counted days after asOf up to due (negative when overdue)
    QVector<ClockPeriod> periods; // response clock only
    QStringList explanation; // "why this date", one line per calendar day

    bool applies() const { return workingDays > 0; }
};

struct CaseClocks {
    ClockResult acknowledge;
    ClockResult response;
    QVector<ClockPause> pauses;
    bool paused = false; // stopped as of the as-of date
    int pausedWorkingDays = 0; // working days inside pauses up to asOf
    QDate closedOn;
};

// True when the standard accepts an update in place of a full response
// ("a full response or an update within 20 working days"): the update
// then restarts the response clock.
bool updateRestartsClock(const ServiceStandard &standard);

// The pauses in a timeline, in order (exclusion text looked up in `standard`).
QVector<ClockPause> pausesOf(const QVector<CaseEvent> &timeline, const ServiceStandard &standard);

// A clock's state at `asOf` from the dates stored with a case (list screens):
// exact while `asOf` is on or after the case's last event.
ClockState storedClockState(const QDate &due, const QDate &metOn, bool paused, const QDate &closedOn, const QDate &asOf,
    const WorkingCalendar &calendar, bool applies);

CaseClocks computeClocks(const ServiceStandard &standard, const QDate &received, const QVector<CaseEvent> &events,
    const QDate &asOf, const WorkingCalendar &calendar, bool withExplanation = true);

} // namespace hub
