#pragma once
// Office closure days (staff training, Christmas shutdown) that the working
// calendar skips. Adding or removing one moves the due dates of open cases,
// so the stored clock dates are recomputed in the same transaction.

#include "core/calendar/office_closure.h"
#include "core/calendar/working_calendar.h"
#include "core/common/record_meta.h"
#include "core/common/result.h"

#include <QVector>

namespace hub::db
{

class OfficeFile;

struct StoredClosure {
    OfficeClosure closure;
    RecordMeta meta;
};

class ClosureRepository
{
public:
    explicit ClosureRepository(OfficeFile &file)
        : m_file(file)
    {
    }

    Result<QVector<StoredClosure>> list() const; // by date
    // Adds (or revives a removed) closure day; Invalid for a weekend/bank holiday or duplicate.
    Status add(const QDate &date, const QString &reason);
    Status updateReason(const QDate &date, std::int64_t expectedVersion, const QString &reason);
    Status remove(const QDate &date, std::int64_t expectedVersion);

    // England and Wales bank holidays plus this office's closures.
    Result<WorkingCalendar> calendar() const;

private:
    OfficeFile &m_file;
};

QString closureId(const QDate &date);

} // namespace hub::db
