// Rule generator for England and Wales bank holidays (see header for limits).
#include "core/calendar/bank_holiday_rules.h"

#include <algorithm>

namespace hub
{

namespace
{

// Floor division, so years before 1 AD still give a sensible Easter
// (QDate has no year 0, but the arithmetic must not misbehave).
int floorDiv(int a, int b)
{
    int q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

int floorMod(int a, int b)
{
    return a - b * floorDiv(a, b);
}

QDate firstMonday(int year, int month)
{
    const QDate first(year, month, 1);
    return first.addDays((Qt::Monday - first.dayOfWeek() + 7) % 7);
}

QDate lastMonday(int year, int month)
{
    const QDate first(year, month, 1);
    const QDate last(year, month, first.daysInMonth());
    return last.addDays(-((last.dayOfWeek() - Qt::Monday + 7) % 7));
}

BankHoliday rule(const QDate &date, const QString &title, bool substitute = false)
{
    return BankHoliday { date, title, substitute ? QStringLiteral("Substitute day") : QString(), HolidaySource::Rule };
}

} // namespace

QDate easterSunday(int year)
{
    const int a = floorMod(year, 19);
    const int b = floorDiv(year, 100);
    const int c = floorMod(year, 100);
    const int d = floorDiv(b, 4);
    const int e = floorMod(b, 4);
    const int f = floorDiv(b + 8, 25);
    const int g = floorDiv(b - f + 1, 3);
    const int h = floorMod(19 * a + b - d - g + 15, 30);
    const int i = floorDiv(c, 4);
    const int k = floorMod(c, 4);
    const int l = floorMod(32 + 2 * e + 2 * i - h - k, 7);
    const int m = floorDiv(a + 11 * h + 22 * l, 451);
    const int month = floorDiv(h + l - 7 * m + 114, 31);
    const int day = floorMod(h + l - 7 * m + 114, 31) + 1;
    return QDate(year, month, day);
}

QVector<BankHoliday> ruleBankHolidays(int year)
{
    QVector<BankHoliday> out;
    if (!QDate(year, 1, 1).isValid())
        return out;
    out.reserve(9);

    // New Year's Day falling at a weekend moves to the following Monday.
    const QString newYear = QStringLiteral("New Year\u2019s Day");
    const QDate jan1(year, 1, 1);
    if (jan1.dayOfWeek() == Qt::Saturday)
        out.append(rule(jan1.addDays(2), newYear, true));
    else if (jan1.dayOfWeek() == Qt::Sunday)
        out.append(rule(jan1.addDays(1), newYear, true));
    else
        out.append(rule(jan1, newYear));

    const QDate easter = easterSunday(year);
    out.append(rule(easter.addDays(-2), QStringLiteral("Good Friday")));
    out.append(rule(easter.addDays(1), QStringLiteral("Easter Monday")));

    out.append(rule(firstMonday(year, 5), QStringLiteral("Early May bank holiday")));
    out.append(rule(lastMonday(year, 5), QStringLiteral("Spring bank holiday")));
    out.append(rule(lastMonday(year, 8), QStringLiteral("Summer bank holiday")));

    // Christmas and Boxing Day each keep a weekday: a weekend one moves to
    // the next weekday not already taken. GOV.UK keeps a Monday 26th as the
    // real Boxing Day and gives Christmas the Tuesday (2016, 2022).
    const QString christmas = QStringLiteral("Christmas Day");
    const QString boxing = QStringLiteral("Boxing Day");
    const QDate dec25(year, 12, 25);
    switch (dec25.dayOfWeek()) {
    case Qt::Friday:
        out.append(rule(dec25, christmas));
        out.append(rule(QDate(year, 12, 28), boxing, true));
        break;
    case Qt::Saturday:
        out.append(rule(QDate(year, 12, 27), christmas, true));
        out.append(rule(QDate(year, 12, 28), boxing, true));
        break;
    case Qt::Sunday:
        out.append(rule(QDate(year, 12, 26), boxing));
        out.append(rule(QDate(year, 12, 27), christmas, true));
        break;
    default:
        out.append(rule(dec25, christmas));
        out.append(rule(QDate(year, 12, 26), boxing));
        break;
    }

    // Already in date order (Easter Monday is at latest 26 April); the sort
    // keeps the header's promise from resting on that argument.
    std::sort(out.begin(), out.end(), [](const BankHoliday &x, const BankHoliday &y) { return x.date < y.date; });
    return out;
}

} // namespace hub
