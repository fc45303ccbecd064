#pragma once
// en_GB presentation of the values the domain stores: calendar dates as
// 23/11/2026, money (integer pence) as £1,234.56.

#include <QDate>
#include <QString>
#include <cstdint>

namespace hub
{

using Pence = std::int64_t;

QString formatDate(const QDate &date); // 23/11/2026, "" for a null date
QString formatDateLong(const QDate &date); // 23 November 2026
QString formatMoney(Pence pence); // £1,234.56 / -£12.00
QString formatIsoDate(const QDate &date); // 2026-11-23

// Accepts 23/11/2026, 2026-11-23 and 20261123; null on anything else.
QDate parseDate(const QString &text);

// Parses "1,234.56", "£1234.5", "-12" into pence; false on anything else.
bool parseMoney(const QString &text, Pence *out);

} // namespace hub
