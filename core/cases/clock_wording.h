#pragma once
// The words for a clock's state, once for every screen: the case editor's
// clock panel shows the short label, the case lists the label with its days
// ("Overdue 3 days", "Due in 2 days"). Kept beside ClockState, not in each view.

#include "core/cases/clock_state.h"

#include <QDate>
#include <QString>

namespace hub {

// "Not applicable", "Running", "Due soon", "Due today", "Overdue", "Paused", "Met", "Met late".
QString clockStateLabel(ClockState state);

// The label with the days it implies, read at `asOf`: "Overdue 1 day", "Overdue 3 days", "Due today",
// "Due tomorrow", "Due in 4 days", "Paused", "Met", "Met late"; "—" when no such clock applies.
QString clockStateText(ClockState state, const QDate &due, const QDate &asOf);

} // namespace hub
