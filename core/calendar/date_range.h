#pragma once
// An inclusive run of calendar days, used for service-clock stops.

#include <QDate>
#include <QString>

namespace hub
{

struct DateRange {
    QDate first;
    QDate last; // inclusive; null while the range is still open (clock not restarted)
    QString reason; // shown as "Clock stopped: <reason>"

    bool isOpenEnded() const { return first.isValid() && last.isNull(); }
    // A range with no start, or one that ends before it starts, is ignored by
    // the calendar rather than guessed at.
    bool isUsable() const { return first.isValid() && (last.isNull() || last >= first); }
    bool contains(const QDate &day) const { return isUsable() && day >= first && (last.isNull() || day <= last); }

    friend bool operator==(const DateRange &, const DateRange &) = default;
};

} // namespace hub
