#pragma once
// A day the office is shut (staff training, Christmas shutdown) that an
// administrator adds; it stops the day counting as a working day.

#include <QDate>
#include <QString>

namespace hub
{

struct OfficeClosure {
    QDate date;
    QString reason; // shown as "Office closed: <reason>"

    friend bool operator==(const OfficeClosure &, const OfficeClosure &) = default;
};

} // namespace hub
