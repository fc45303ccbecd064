#pragma once
// One line of a "why this due date" explanation: a calendar day after the
// start date, whether it counted, and if not, why not.

#include "core/calendar/day_status.h"

#include <QDate>
#include <QString>

namespace hub
{

struct ExplainedDay {
    QDate date;
    bool counted = false;
    int dayNumber = 0; // 1, 2, ... on counted days; 0 on skipped ones
    DayStatus status; // status.reason says why a skipped day was skipped

    // "Mon 23/11/2026: working day 1",
    // "Fri 25/12/2026: not counted (Bank holiday: Christmas Day; source: GOV.UK list)".
    QString text() const;
};

} // namespace hub
