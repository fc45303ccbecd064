#pragma once
// England and Wales working days: weekends, bank holidays and office
// closures, with deadline arithmetic that can explain itself.
//
// Counting convention (FOI, as the ICO describes it): the start day is not
// counted; day 1 is the first working day after it. Received Saturday
// 21/11/2026, 5 working days are due Friday 27/11/2026.
//
// A WorkingCalendar is immutable once built, so one instance can be shared
// by threads computing due dates; change the closures by building a new one.

#include "core/calendar/bank_holiday_calendar.h"
#include "core/calendar/date_range.h"
#include "core/calendar/day_status.h"
#include "core/calendar/explained_day.h"
#include "core/calendar/office_closure.h"
#include "core/common/result.h"

#include <QDate>
#include <QHash>
#include <QVector>
#include <cstdint>
#include <vector>

namespace hub
{

class WorkingCalendar
{
public:
    // Days in these years are precomputed into a running count, making
    // isWorkingDay/addWorkingDays/workingDaysBetween O(1)/O(log n). Days
    // outside still work, just day by day.
    static constexpr int kDefaultFirstCachedYear = 1990;
    static constexpr int kDefaultLastCachedYear = 2080;

    explicit WorkingCalendar(BankHolidayCalendar bankHolidays = BankHolidayCalendar(),
        const QVector<OfficeClosure> &closures = {}, int firstCachedYear = kDefaultFirstCachedYear,
        int lastCachedYear = kDefaultLastCachedYear);

    // The shipped GOV.UK list plus rules, with the administrator's closures.
    static Result<WorkingCalendar> englandAndWales(const QVector<OfficeClosure> &closures = {});

    const BankHolidayCalendar &bankHolidays() const { return m_bankHolidays; }
    const QVector<OfficeClosure> &officeClosures() const { return m_closures; }

    bool isWorkingDay(const QDate &date) const;
    // Priority when several apply: bank holiday, then weekend, then office closure.
    DayStatus status(const QDate &date) const;
    // "" on a working day, else "Saturday", "Bank holiday: Christmas Day
    // (substitute day)", "Office closed: staff training".
    QString reasonNotWorking(const QDate &date) const;

    // The n-th working day after `from` (from itself never counts). n == 0
    // gives `from`. For n < 0 it is the working day d with exactly -n working
    // days after d up to and including `from`, so it stays the exact inverse
    // of workingDaysBetween (for a working `from` that is the (-n)-th
    // previous working day). Null for a null `from`.
    QDate addWorkingDays(const QDate &from, int n) const;

    // Working days after `from` up to and including `to`; negative (the same
    // count, negated) when to < from. workingDaysBetween(f, addWorkingDays(f, n)) == n.
    int workingDaysBetween(const QDate &from, const QDate &to) const;

    // One line per calendar day from from+1 to the due date. Empty for n <= 0.
    QVector<ExplainedDay> explain(const QDate &from, int n) const;

    // Service clocks: as addWorkingDays, but days inside `paused` (inclusive)
    // do not count either. An open-ended pause (null last) that is reached
    // before the count completes means there is no due date yet: null. Pauses
    // with no start or ending before they start are ignored. n < 0 gives null.
    QDate addWorkingDaysExcluding(const QDate &from, int n, const QVector<DateRange> &paused) const;
    // Counted days after `from` up to and including `to` with the pauses taken out.
    int workingDaysBetweenExcluding(const QDate &from, const QDate &to, const QVector<DateRange> &paused) const;
    // Explanation for the paused variant: paused days read "Clock stopped: <reason>".
    // With an open-ended pause the list stops at the first stopped day.
    QVector<ExplainedDay> explainExcluding(const QDate &from, int n, const QVector<DateRange> &paused) const;

private:
    bool inCache(const QDate &date) const;
    qsizetype cacheIndex(const QDate &date) const { return qsizetype(date.toJulianDay() - m_cacheStartJd); }
    DayStatus computeStatus(const QDate &date) const;
    // Working days in (a, b], a <= b.
    std::int64_t countAfterUpTo(const QDate &a, const QDate &b) const;
    QDate walk(const QDate &from, int n) const;

    BankHolidayCalendar m_bankHolidays;
    QVector<OfficeClosure> m_closures;
    QHash<qint64, OfficeClosure> m_closureByDay; // Julian day -> first closure given for it
    QHash<qint64, BankHoliday> m_holidayByDay; // cached years only

    qint64 m_cacheStartJd = 0;
    qint64 m_cacheEndJd = -1; // inclusive
    // m_running[i] = working days among the first i cached days; size days + 1.
    std::vector<std::int32_t> m_running;
};

} // namespace hub
