#include "core/cases/clock_wording.h"

#include <QCoreApplication>

namespace hub {

namespace {

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

QString clockStateText(ClockState state, const QDate &due, const QDate &asOf)
{
    switch (state) {
    case ClockState::Breached: {
        const qint64 days = due.isValid() ? due.daysTo(asOf) : 0;
        return days == 1 ? tr("Overdue 1 day") : tr("Overdue %1 days").arg(days);
    }
    case ClockState::DueSoon:
    case ClockState::Running: {
        const qint64 days = due.isValid() ? asOf.daysTo(due) : 0;
        return days == 1 ? tr("Due tomorrow") : tr("Due in %1 days").arg(days);
    }
    case ClockState::NotApplicable:
        return QString::fromUtf8("\u2014");
    case ClockState::DueToday:
    case ClockState::Paused:
    case ClockState::Met:
    case ClockState::MetLate:
        break;
    }
    return clockStateLabel(state);
}

} // namespace hub
