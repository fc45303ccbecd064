#pragma once
// Why a calendar day does or does not count towards a deadline.

#include "core/calendar/bank_holiday.h"

#include <QString>
#include <optional>

namespace hub
{

enum class DayKind {
    Working,
    Weekend,
    BankHoliday,
    OfficeClosed,
    ClockStopped,
};

struct DayStatus {
    DayKind kind = DayKind::Working;
    // "" on a working day; otherwise e.g. "Saturday",
    // "Bank holiday: Christmas Day (substitute day)", "Office closed: staff training".
    QString reason;
    // Set only for bank holidays: whether GOV.UK listed it or a rule made it.
    std::optional<HolidaySource> holidaySource;

    bool isWorking() const { return kind == DayKind::Working; }
};

} // namespace hub
