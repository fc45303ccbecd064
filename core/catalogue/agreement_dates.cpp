#include "core/catalogue/agreement_dates.h"

#include "core/catalogue/agreement_lifecycle.h"

#include <algorithm>

namespace hub
{

QDate latestNoticeDate(const Agreement &agreement, const QDate &intendedEnd)
{
    if (agreement.noticeMonths <= 0 || !intendedEnd.isValid())
        return QDate();
    return intendedEnd.addMonths(-agreement.noticeMonths);
}

bool extensionDeadlinePassed(const Agreement &agreement, const QDate &today)
{
    return agreement.extensionAgreeBy.isValid() && today.isValid() && today > agreement.extensionAgreeBy;
}

QString keyDateStatus(const QDate &date, const QDate &today, bool deadline)
{
    if (!date.isValid() || !today.isValid())
        return QString();
    const qint64 days = today.daysTo(date);
    if (days < 0)
        return QStringLiteral("passed");
    if (days == 0)
        return deadline ? QStringLiteral("due today") : QStringLiteral("today");
    const QString in = days == 1 ? QStringLiteral("in 1 day") : QStringLiteral("in %1 days").arg(days);
    return deadline ? QStringLiteral("due ") + in : in;
}

QVector<KeyDate> keyDates(const Agreement &agreement, const QDate &today)
{
    QVector<KeyDate> out;
    const auto add = [&](const QString &key, const QString &label, const QDate &date, bool deadline) {
        if (!date.isValid())
            return;
        KeyDate k;
        k.key = key;
        k.label = label;
        k.date = date;
        k.deadline = deadline;
        k.daysFromToday = int(today.daysTo(date));
        k.status = keyDateStatus(date, today, deadline);
        out << k;
    };
    add(QStringLiteral("published"), QStringLiteral("Published"), agreement.publishedOn, false);
    add(QStringLiteral("updated"), QStringLiteral("Updated"), agreement.updatedOn, false);
    add(QStringLiteral("service-start"), QStringLiteral("Hub service starts"), agreement.serviceStart, false);
    add(QStringLiteral("period-start"), QStringLiteral("Agreement period starts"), agreement.periodStart, false);
    add(QStringLiteral("period-end"), QStringLiteral("Agreement period ends"), agreement.periodEnd, false);
    add(QStringLiteral("extension-agree-by"), QStringLiteral("Extension to be agreed by"), agreement.extensionAgreeBy,
        true);
    const QDate extended = extendedEnd(agreement);
    if (extended != agreement.periodEnd)
        add(QStringLiteral("extended-end"), QStringLiteral("Agreement extended to"), extended, false);
    const QDate effective = effectiveEnd(agreement);
    if (effective != extended) {
        add(QStringLiteral("withdrawal"), QStringLiteral("Withdrawal takes effect (notice given)"), effective, false);
    } else {
        add(QStringLiteral("latest-notice"),
            extended == agreement.periodEnd ? QStringLiteral("Latest notice to withdraw at period end")
                                            : QStringLiteral("Latest notice to withdraw at the extended end"),
            latestNoticeDate(agreement, extended), true);
    }
    std::stable_sort(out.begin(), out.end(), [](const KeyDate &a, const KeyDate &b) { return a.date < b.date; });
    return out;
}

} // namespace hub
