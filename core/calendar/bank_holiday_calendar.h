#pragma once
// Bank holidays for any year: the GOV.UK list for the years it covers, the
// standing rules for every other year.

#include "core/calendar/bank_holiday.h"
#include "core/common/result.h"

#include <QDate>
#include <QHash>
#include <QVector>
#include <optional>

namespace hub
{

class BankHolidayCalendar
{
public:
    // `listed` are GOV.UK events; a year with at least one listed event is
    // taken wholly from the list (so one-offs and moved days are honoured),
    // any other year comes from ruleBankHolidays().
    explicit BankHolidayCalendar(const QVector<BankHoliday> &listed = {});

    // England and Wales from the list compiled into hubcase_core.
    static Result<BankHolidayCalendar> englandAndWales();

    bool listCovers(int year) const { return m_listed.contains(year); }
    int firstListedYear() const { return m_firstListedYear; } // 0 when nothing is listed
    int lastListedYear() const { return m_lastListedYear; }

    // Sorted by date. Rule years are generated on each call; WorkingCalendar
    // caches what it needs.
    QVector<BankHoliday> holidaysIn(int year) const;
    std::optional<BankHoliday> holidayOn(const QDate &date) const;

private:
    QHash<int, QVector<BankHoliday>> m_listed;
    int m_firstListedYear = 0;
    int m_lastListedYear = 0;
};

} // namespace hub
