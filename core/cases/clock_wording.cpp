#include "core/cases/clock_wording.h"

#include "core/calendar/working_calendar.h"
#include "core/common/format.h"

#include <QCoreApplication>
#include <QLocale>

namespace hub
{

using namespace Qt::StringLiterals;

namespace
{

QString tr(const char *text)
{
    return QCoreApplication::translate("ClockState", text);
}

} // namespace

QString clockStateLabel(ClockState state)
{
    switch (state) {
    case ClockState::NotApplicable:
        return tr("Not applicable");
    case ClockState::Running:
        return tr("Running");
    case ClockState::DueSoon:
        return tr("Due soon");
    case ClockState::DueToday:
        return tr("Due today");
    case ClockState::Breached:
        return tr("Overdue");
    case ClockState::Paused:
        return tr("Paused");
    case ClockState::Met:
        return tr("Met");
    case ClockState::MetLate:
        return tr("Met late");
    }
    return {};
}

QString deadlineText(const QDate &due)
{
    if (!due.isValid())
        return {};
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    return u"%1 %2"_s.arg(uk.dayName(due.dayOfWeek(), QLocale::ShortFormat), formatDate(due));
}

QString clockStateText(ClockState state, const QDate &due, const QDate &asOf, const WorkingCalendar &calendar)
{
    switch (state) {
    case ClockState::Breached: {
        // Working days after the due day up to the as-of day.
        const int days = due.isValid() ? -calendar.workingDaysBetween(asOf, due) : 0;
        if (days <= 0)
            return due.isValid() ? tr("Overdue (was due %1)").arg(deadlineText(due)) : clockStateLabel(state);
        return days == 1 ? tr("Overdue by 1 working day") : tr("Overdue by %1 working days").arg(days);
    }
    case ClockState::DueSoon:
    case ClockState::Running: {
        const int days = due.isValid() ? calendar.workingDaysBetween(asOf, due) : 0;
        if (days <= 0)
            return due.isValid() ? tr("Due %1").arg(deadlineText(due)) : clockStateLabel(state);
        return days == 1 ? tr("Due in 1 working day") : tr("Due in %1 working days").arg(days);
    }
    case ClockState::NotApplicable:
        return u"\u2014"_s;
    case ClockState::DueToday:
    case ClockState::Paused:
    case ClockState::Met:
    case ClockState::MetLate:
        break;
    }
    return clockStateLabel(state);
}

} // namespace hub
