#pragma once
// The words for a clock's state, once for every screen: the case editor's
// clock panel, the case list and My work all call clockStateText, so the same
// case reads the same everywhere. Counts are working days by the office's
// calendar (bank holidays and closure days skipped), and say so.

#include "core/cases/clock_state.h"

#include <QDate>
#include <QString>

namespace hub
{

class WorkingCalendar;

// "Not applicable", "Running", "Due soon", "Due today", "Overdue", "Paused", "Met", "Met late".
QString clockStateLabel(ClockState state);

// The label with the working days it implies, read at `asOf`: "Due in 5 working days",
// "Due in 1 working day", "Due today", "Overdue by 2 working days", "Overdue by 1 working day",
// "Overdue (was due Fri 27/11/2026)" on a non-working day straight after the due day,
// "Paused", "Met", "Met late"; "—" when no such clock applies.
QString clockStateText(ClockState state, const QDate &due, const QDate &asOf, const WorkingCalendar &calendar);

// A deadline as the screens show it: "Fri 27/11/2026".
QString deadlineText(const QDate &due);

} // namespace hub
