#pragma once
// Date arithmetic on an agreement's terms: when notice to withdraw must be
// given, whether the extension deadline has gone, and the labelled key dates
// an agreement screen lists.

#include "core/catalogue/catalogue.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace hub
{

struct KeyDate {
    QString key; // "published", "updated", "service-start", "period-start",
                 // "period-end", "extension-agree-by", "latest-notice"
    QString label; // "Extension to be agreed by", ...
    QDate date;
    bool deadline = false; // something must be done by this date
    int daysFromToday = 0; // negative when passed
    QString status; // "passed", "today", "due today", "in N days", "due in N days"
};

// Last day notice can be given so that it runs out by intendedEnd:
// intendedEnd minus the agreement's notice months (QDate::addMonths, so
// 31 Mar 2016 - 6 months = 30 Sep 2015). Null when the agreement sets no
// notice period or intendedEnd is null.
QDate latestNoticeDate(const Agreement &agreement, const QDate &intendedEnd);

// True once today is after the "agree any extension by" date; false when
// the agreement sets none.
bool extensionDeadlinePassed(const Agreement &agreement, const QDate &today);

// "passed" / "today" / "in N days" (deadlines: "due today" / "due in N days");
// empty when either date is null.
QString keyDateStatus(const QDate &date, const QDate &today, bool deadline);

// The agreement's dates that are set, in date order (ties keep the order
// published, updated, service start, period start, period end, extension,
// latest notice).
QVector<KeyDate> keyDates(const Agreement &agreement, const QDate &today);

} // namespace hub
