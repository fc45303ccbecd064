// Chooses, year by year, between the GOV.UK list and the rules.
#include "core/calendar/bank_holiday_calendar.h"

#include "core/calendar/bank_holiday_rules.h"
#include "core/calendar/govuk_bank_holidays.h"

#include <algorithm>

namespace hub
{

BankHolidayCalendar::BankHolidayCalendar(const QVector<BankHoliday> &listed)
{
    for (const BankHoliday &holiday : listed) {
        if (!holiday.date.isValid())
            continue;
        m_listed[holiday.date.year()].append(holiday);
    }
    for (auto it = m_listed.begin(); it != m_listed.end(); ++it) {
        std::sort(it->begin(), it->end(), [](const BankHoliday &a, const BankHoliday &b) { return a.date < b.date; });
        if (m_firstListedYear == 0 || it.key() < m_firstListedYear)
            m_firstListedYear = it.key();
        if (m_lastListedYear == 0 || it.key() > m_lastListedYear)
            m_lastListedYear = it.key();
    }
}

Result<BankHolidayCalendar> BankHolidayCalendar::englandAndWales()
{
    auto listed = loadGovUkBankHolidays(shippedBankHolidaysPath(), englandAndWalesDivision());
    if (!listed)
        return listed.error();
    return BankHolidayCalendar(listed.value());
}

QVector<BankHoliday> BankHolidayCalendar::holidaysIn(int year) const
{
    const auto it = m_listed.constFind(year);
    if (it != m_listed.cend())
        return *it;
    return ruleBankHolidays(year);
}

std::optional<BankHoliday> BankHolidayCalendar::holidayOn(const QDate &date) const
{
    if (!date.isValid())
        return std::nullopt;
    for (const BankHoliday &holiday : holidaysIn(date.year())) {
        if (holiday.date == date)
            return holiday;
    }
    return std::nullopt;
}

} // namespace hub
