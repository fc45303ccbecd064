// Plain-English rendering of an explanation line for screens and reports.
#include "core/calendar/explained_day.h"

#include "core/common/format.h"

namespace hub
{

namespace
{

// Fixed English names: explanations go into letters and audit trails, so
// they must not change with the machine's locale.
QString shortDayName(const QDate &date)
{
    static const char *const names[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
    const int dow = date.dayOfWeek();
    return dow >= 1 && dow <= 7 ? QString::fromLatin1(names[dow - 1]) : QString();
}

} // namespace

QString ExplainedDay::text() const
{
    const QString day = QStringLiteral("%1 %2").arg(shortDayName(date), formatDate(date));
    if (counted)
        return QStringLiteral("%1: working day %2").arg(day).arg(dayNumber);
    QString why = status.reason;
    if (status.holidaySource)
        why += QStringLiteral("; source: %1").arg(holidaySourceLabel(*status.holidaySource));
    return QStringLiteral("%1: not counted (%2)").arg(day, why);
}

} // namespace hub
