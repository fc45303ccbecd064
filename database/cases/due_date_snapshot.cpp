#include "database/cases/due_date_snapshot.h"

#include "database/cases/case_search.h"

namespace hub::db
{

DueDateSnapshot DueDateSnapshot::ofOpenCases(OfficeFile &file)
{
    DueDateSnapshot out;
    CaseFilter filter;
    filter.openOnly = true;
    filter.limit = 0;
    const auto rows = CaseListQuery(file).list(filter);
    if (rows) {
        for (const CaseRow &r : rows.value())
            out.m_due.insert(r.id, { r.acknowledgeDue, r.responseDue });
    }
    return out;
}

int DueDateSnapshot::movedIn(const DueDateSnapshot &after) const
{
    int moved = 0;
    for (auto it = after.m_due.begin(); it != after.m_due.end(); ++it) {
        if (m_due.value(it.key()) != it.value())
            ++moved;
    }
    return moved;
}

} // namespace hub::db
