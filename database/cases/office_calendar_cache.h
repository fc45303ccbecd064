#pragma once
// The working calendar with this office's closure days, kept between reads.
// Closures change rarely but from anywhere (another repository, another
// desktop, a sync import), so each get() asks a one-row fingerprint of
// office_closure whether the kept calendar still holds.

#include "core/calendar/working_calendar.h"

#include <QString>
#include <optional>

namespace hub::db
{

class OfficeFile;

class OfficeCalendarCache
{
public:
    explicit OfficeCalendarCache(OfficeFile &file)
        : m_file(file)
    {
    }

    // Throws SqlError when the closures cannot be read.
    const WorkingCalendar &get();
    // Drops the kept calendar (closures changed inside the current transaction).
    void forget() { m_calendar.reset(); }

private:
    OfficeFile &m_file;
    std::optional<WorkingCalendar> m_calendar;
    QString m_stamp;
};

} // namespace hub::db
