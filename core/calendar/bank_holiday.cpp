// Wording helpers for BankHoliday, shared by explanations and reports.
#include "core/calendar/bank_holiday.h"

namespace hub
{

bool BankHoliday::isSubstitute() const
{
    return notes.compare(QStringLiteral("Substitute day"), Qt::CaseInsensitive) == 0;
}

QString BankHoliday::describe() const
{
    // GOV.UK capitalises notes as if they stood alone; inside brackets they
    // read better in lower case ("Christmas Day (substitute day)").
    const QString note = notes.trimmed();
    if (note.isEmpty())
        return title;
    return QStringLiteral("%1 (%2)").arg(title, note.toLower());
}

QString BankHoliday::sourceLabel() const
{
    return holidaySourceLabel(source);
}

QString holidaySourceLabel(HolidaySource source)
{
    switch (source) {
    case HolidaySource::GovUkList:
        return QStringLiteral("GOV.UK list");
    case HolidaySource::Rule:
        return QStringLiteral("rule");
    }
    return QString();
}

} // namespace hub
