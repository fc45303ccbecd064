#pragma once
// What a service clock says about a case at a given day. Always derived from
// the timeline and the calendar at an "as of" date; never stored.

#include <QString>

namespace hub
{

enum class ClockState {
    NotApplicable, // the standard sets no such clock
    Running, // more than 3 working days left
    DueSoon, // due within the next 3 working days
    DueToday,
    Breached, // past due, not met
    Paused, // stopped under an exclusion
    Met, // met on or before the due date
    MetLate, // met, but after the due date
};

QString clockStateCode(
    ClockState s); // "not-applicable", "running", "due-soon", "due-today", "breached", "paused", "met", "met-late"
QString clockStateName(ClockState s); // "Not applicable", "Running", "Due within 3 working days", ...
bool clockStateFromCode(const QString &code, ClockState *out);
// Breached clocks are the overdue ones.
inline bool isOverdue(ClockState s)
{
    return s == ClockState::Breached;
}
inline bool isFinished(ClockState s)
{
    return s == ClockState::Met || s == ClockState::MetLate;
}

} // namespace hub
