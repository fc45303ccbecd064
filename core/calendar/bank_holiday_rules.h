#pragma once
// England and Wales bank holidays worked out from the standing rules, for
// years the GOV.UK list does not cover.
//
// Limitation: rules cannot know one-off holidays proclaimed for a single year
// (2011-04-29 Royal Wedding, 1995 VE Day move, 1999-12-31 Millennium, 2002
// Golden Jubilee, and the 2012/2020/2022/2023 ones the GOV.UK list carries).
// The pattern modelled is the one in force since 1978, when Early May began.

#include "core/calendar/bank_holiday.h"

#include <QDate>
#include <QVector>

namespace hub
{

// Western (Gregorian) Easter Sunday: the anonymous Gregorian Computus
// (Meeus/Jones/Butcher). Null for years QDate cannot hold.
QDate easterSunday(int year);

// New Year's Day, Good Friday, Easter Monday, Early May (first Monday of
// May), Spring (last Monday of May), Summer (last Monday of August),
// Christmas Day and Boxing Day, with the substitute days GOV.UK uses; titles
// and notes match GOV.UK wording exactly. Sorted by date, source Rule.
QVector<BankHoliday> ruleBankHolidays(int year);

} // namespace hub
