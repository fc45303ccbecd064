#pragma once
// Reads GOV.UK's bank-holidays.json (pretty-printed or the compact form the
// live endpoint serves) into BankHoliday values for one division.

#include "core/calendar/bank_holiday.h"
#include "core/common/result.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace hub
{

// The list compiled into hubcase_core (GOV.UK via the MoJ govuk-bank-holidays
// package, 2012-2028).
QString shippedBankHolidaysPath(); // ":/calendar/govuk-bank-holidays-2012-2028.json"
QString englandAndWalesDivision(); // "england-and-wales"

// Events for `division`, sorted by date, each with source GovUkList. Errors
// name `fileName` and the JSON field ("england-and-wales.events[3].date").
Result<QVector<BankHoliday>> parseGovUkBankHolidays(
    const QByteArray &json, const QString &fileName, const QString &division = englandAndWalesDivision());

// Reads a file or Qt resource path and parses it.
Result<QVector<BankHoliday>> loadGovUkBankHolidays(
    const QString &path, const QString &division = englandAndWalesDivision());

} // namespace hub
