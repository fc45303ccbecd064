// WorkingCalendar: a running count of working days over a window of years
// makes the common deadline queries cheap for hundreds of thousands of cases.
#include "core/calendar/working_calendar.h"

#include <algorithm>

namespace hub
{

namespace
{

bool isWeekendJd(qint64 jd)
{
    // Julian day 0 was a Monday, so jd mod 7 is 5 on Saturdays, 6 on Sundays.
    const qint64 dow = ((jd % 7) + 7) % 7;
    return dow >= 5;
}

QString clockStoppedReason(const DateRange &range)
{
    const QString why = range.reason.trimmed();
    return why.isEmpty() ? QStringLiteral("Clock stopped") : QStringLiteral("Clock stopped: %1").arg(why);
}

// Usable pauses that reach past `after`, clipped to start after it, sorted
// and merged, so a count can jump from one pause to the next. A merged range
// is open-ended if any part of it is.
QVector<DateRange> normalisePauses(const QVector<DateRange> &paused, const QDate &after)
{
    QVector<DateRange> ranges;
    for (const DateRange &range : paused) {
        if (!range.isUsable())
            continue;
        if (!range.isOpenEnded() && range.last <= after)
            continue;
        DateRange clipped = range;
        if (clipped.first <= after)
            clipped.first = after.addDays(1);
        ranges.append(clipped);
    }
    std::sort(ranges.begin(), ranges.end(), [](const DateRange &a, const DateRange &b) { return a.first < b.first; });

    QVector<DateRange> merged;
    for (const DateRange &range : ranges) {
        if (!merged.isEmpty()) {
            DateRange &back = merged.last();
            const bool touches = back.isOpenEnded() || range.first <= back.last.addDays(1);
            if (touches) {
                if (range.isOpenEnded())
                    back.last = QDate();
                else if (!back.isOpenEnded() && range.last > back.last)
                    back.last = range.last;
                continue;
            }
        }
        merged.append(range);
    }
    return merged;
}

} // namespace

WorkingCalendar::WorkingCalendar(
    BankHolidayCalendar bankHolidays, const QVector<OfficeClosure> &closures, int firstCachedYear, int lastCachedYear)
    : m_bankHolidays(std::move(bankHolidays))
    , m_closures(closures)
{
    for (const OfficeClosure &closure : m_closures) {
        if (closure.date.isValid() && !m_closureByDay.contains(closure.date.toJulianDay()))
            m_closureByDay.insert(closure.date.toJulianDay(), closure);
    }

    const QDate cacheStart(firstCachedYear, 1, 1);
    const QDate cacheEnd(lastCachedYear, 12, 31);
    if (!cacheStart.isValid() || !cacheEnd.isValid() || cacheEnd < cacheStart)
        return; // no cache: everything takes the day-by-day path
    m_cacheStartJd = cacheStart.toJulianDay();
    m_cacheEndJd = cacheEnd.toJulianDay();

    for (int year = firstCachedYear; year <= lastCachedYear; ++year) {
        for (const BankHoliday &holiday : m_bankHolidays.holidaysIn(year))
            m_holidayByDay.insert(holiday.date.toJulianDay(), holiday);
    }

    const qint64 days = m_cacheEndJd - m_cacheStartJd + 1;
    m_running.resize(std::size_t(days + 1));
    m_running[0] = 0;
    for (qint64 i = 0; i < days; ++i) {
        const qint64 jd = m_cacheStartJd + i;
        const bool working = !isWeekendJd(jd) && !m_holidayByDay.contains(jd) && !m_closureByDay.contains(jd);
        m_running[std::size_t(i + 1)] = m_running[std::size_t(i)] + (working ? 1 : 0);
    }
}

Result<WorkingCalendar> WorkingCalendar::englandAndWales(const QVector<OfficeClosure> &closures)
{
    auto bankHolidays = BankHolidayCalendar::englandAndWales();
    if (!bankHolidays)
        return bankHolidays.error();
    return WorkingCalendar(std::move(bankHolidays).value(), closures);
}

bool WorkingCalendar::inCache(const QDate &date) const
{
    const qint64 jd = date.toJulianDay();
    return date.isValid() && jd >= m_cacheStartJd && jd <= m_cacheEndJd;
}

bool WorkingCalendar::isWorkingDay(const QDate &date) const
{
    if (!date.isValid())
        return false;
    if (inCache(date)) {
        const auto i = std::size_t(cacheIndex(date));
        return m_running[i + 1] != m_running[i];
    }
    return computeStatus(date).isWorking();
}

DayStatus WorkingCalendar::status(const QDate &date) const
{
    if (!date.isValid())
        return DayStatus {};
    return computeStatus(date);
}

QString WorkingCalendar::reasonNotWorking(const QDate &date) const
{
    return status(date).reason;
}

DayStatus WorkingCalendar::computeStatus(const QDate &date) const
{
    const qint64 jd = date.toJulianDay();

    std::optional<BankHoliday> holiday;
    if (inCache(date)) {
        const auto it = m_holidayByDay.constFind(jd);
        if (it != m_holidayByDay.cend())
            holiday = *it;
    } else {
        holiday = m_bankHolidays.holidayOn(date);
    }
    if (holiday)
        return DayStatus { DayKind::BankHoliday, QStringLiteral("Bank holiday: %1").arg(holiday->describe()),
            holiday->source };

    if (date.dayOfWeek() == Qt::Saturday)
        return DayStatus { DayKind::Weekend, QStringLiteral("Saturday"), std::nullopt };
    if (date.dayOfWeek() == Qt::Sunday)
        return DayStatus { DayKind::Weekend, QStringLiteral("Sunday"), std::nullopt };

    const auto closure = m_closureByDay.constFind(jd);
    if (closure != m_closureByDay.cend()) {
        const QString why = closure->reason.trimmed();
        return DayStatus { DayKind::OfficeClosed,
            why.isEmpty() ? QStringLiteral("Office closed") : QStringLiteral("Office closed: %1").arg(why),
            std::nullopt };
    }
    return DayStatus {};
}

std::int64_t WorkingCalendar::countAfterUpTo(const QDate &a, const QDate &b) const
{
    const qint64 lo = a.toJulianDay() + 1;
    const qint64 hi = b.toJulianDay();
    if (lo > hi)
        return 0;

    std::int64_t count = 0;
    const auto slow = [&](qint64 first, qint64 last) {
        for (qint64 jd = first; jd <= last; ++jd) {
            if (isWorkingDay(QDate::fromJulianDay(jd)))
                ++count;
        }
    };
    const bool haveCache = !m_running.empty();
    if (!haveCache) {
        slow(lo, hi);
        return count;
    }
    slow(lo, std::min(hi, m_cacheStartJd - 1));
    const qint64 cacheLo = std::max(lo, m_cacheStartJd);
    const qint64 cacheHi = std::min(hi, m_cacheEndJd);
    if (cacheLo <= cacheHi)
        count
            += m_running[std::size_t(cacheHi - m_cacheStartJd + 1)] - m_running[std::size_t(cacheLo - m_cacheStartJd)];
    slow(std::max(lo, m_cacheEndJd + 1), hi);
    return count;
}

int WorkingCalendar::workingDaysBetween(const QDate &from, const QDate &to) const
{
    if (!from.isValid() || !to.isValid())
        return 0;
    if (from <= to)
        return int(countAfterUpTo(from, to));
    return -int(countAfterUpTo(to, from));
}

QDate WorkingCalendar::walk(const QDate &from, int n) const
{
    QDate day = from;
    if (n > 0) {
        while (n > 0) {
            day = day.addDays(1);
            if (isWorkingDay(day))
                --n;
        }
        return day;
    }
    // Backwards: the earliest day d with -n working days in (d, from], which
    // is the (-n + 1)-th working day counting back from `from` inclusive.
    int seen = 0;
    for (;; day = day.addDays(-1)) {
        if (!isWorkingDay(day))
            continue;
        if (seen == -n)
            return day;
        ++seen;
    }
}

QDate WorkingCalendar::addWorkingDays(const QDate &from, int n) const
{
    if (!from.isValid())
        return QDate();
    if (n == 0)
        return from;
    if (inCache(from)) {
        // The answer is the first cached day whose running count reaches the
        // target; a target the cache cannot hold falls back to walking.
        const std::int64_t target = std::int64_t(m_running[std::size_t(cacheIndex(from) + 1)]) + n;
        if (target >= 1 && target <= m_running.back()) {
            const auto it = std::lower_bound(m_running.begin() + 1, m_running.end(), std::int32_t(target));
            return QDate::fromJulianDay(m_cacheStartJd + (it - m_running.begin()) - 1);
        }
    }
    return walk(from, n);
}

QVector<ExplainedDay> WorkingCalendar::explain(const QDate &from, int n) const
{
    return explainExcluding(from, n, {});
}

QDate WorkingCalendar::addWorkingDaysExcluding(const QDate &from, int n, const QVector<DateRange> &paused) const
{
    if (!from.isValid() || n < 0)
        return QDate();
    if (n == 0)
        return from;

    // Count up to the next pause; if the target is not reached before it,
    // bank the days counted so far and resume after the pause.
    QDate cursor = from;
    std::int64_t remaining = n;
    for (const DateRange &pause : normalisePauses(paused, from)) {
        const QDate candidate = addWorkingDays(cursor, int(remaining));
        if (candidate < pause.first)
            return candidate;
        remaining -= countAfterUpTo(cursor, pause.first.addDays(-1));
        if (pause.isOpenEnded())
            return QDate();
        cursor = pause.last;
    }
    return addWorkingDays(cursor, int(remaining));
}

int WorkingCalendar::workingDaysBetweenExcluding(
    const QDate &from, const QDate &to, const QVector<DateRange> &paused) const
{
    if (!from.isValid() || !to.isValid())
        return 0;
    if (to < from)
        return -workingDaysBetweenExcluding(to, from, paused);

    std::int64_t count = countAfterUpTo(from, to);
    for (const DateRange &pause : normalisePauses(paused, from)) {
        if (pause.first > to)
            break;
        const QDate last = pause.isOpenEnded() ? to : std::min(pause.last, to);
        count -= countAfterUpTo(pause.first.addDays(-1), last);
    }
    return int(count);
}

QVector<ExplainedDay> WorkingCalendar::explainExcluding(
    const QDate &from, int n, const QVector<DateRange> &paused) const
{
    QVector<ExplainedDay> lines;
    if (!from.isValid() || n <= 0)
        return lines;

    const QDate due = addWorkingDaysExcluding(from, n, paused);
    QDate stop = due;
    if (!due.isValid()) {
        // The count ran into a pause with no end: explain up to the day the
        // clock stopped for good.
        for (const DateRange &pause : normalisePauses(paused, from)) {
            if (pause.isOpenEnded()) {
                stop = pause.first;
                break;
            }
        }
        if (!stop.isValid())
            return lines;
    }

    lines.reserve(int(stop.toJulianDay() - from.toJulianDay()));
    int dayNumber = 0;
    for (QDate day = from.addDays(1); day <= stop; day = day.addDays(1)) {
        ExplainedDay line;
        line.date = day;
        const auto pause
            = std::find_if(paused.cbegin(), paused.cend(), [&](const DateRange &range) { return range.contains(day); });
        if (pause != paused.cend()) {
            line.status = DayStatus { DayKind::ClockStopped, clockStoppedReason(*pause), std::nullopt };
        } else {
            line.status = status(day);
            line.counted = line.status.isWorking();
            if (line.counted)
                line.dayNumber = ++dayNumber;
        }
        lines.append(line);
    }
    return lines;
}

} // namespace hub
