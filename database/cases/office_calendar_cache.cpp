#include "database/cases/office_calendar_cache.h"

#include "database/cases/closure_repository.h"
#include "database/office_file.h"
#include "database/sqlite/sql_error.h"
#include "database/sqlite/statement.h"

namespace hub::db
{

const WorkingCalendar &OfficeCalendarCache::get()
{
    Statement st
        = m_file.connection().prepare(QStringLiteral("SELECT COUNT(*) || '/' || COALESCE(SUM(row_version), 0) || '/' "
                                                     "|| COALESCE(MAX(updated_at), '') FROM office_closure"));
    st.step();
    const QString stamp = st.text(0);
    if (stamp != m_stamp)
        m_calendar.reset();
    m_stamp = stamp;
    if (!m_calendar) {
        Result<WorkingCalendar> c = ClosureRepository(m_file).calendar();
        if (!c)
            throw SqlError(c.error());
        m_calendar = std::move(c.value());
    }
    return *m_calendar;
}

} // namespace hub::db
