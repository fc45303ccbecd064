#pragma once
// One CaseRow from a statement: the columns every case query selects first,
// reading them, and the clock states derived from the stored clock dates.
// Shared by the repository (the CLI, the editor) and the list query (screens).

#include "database/cases/case_rows.h"

#include <QLatin1String>

namespace hub
{
class WorkingCalendar;
}

namespace hub::db
{

class Statement;

// "c.id, c.ref, …" over `case_record c` joined to `practice p`; callers may add columns after them.
QLatin1String caseRowColumns();
// " FROM case_record c LEFT JOIN practice p …"
QLatin1String caseRowFrom();

void readCaseRow(const Statement &st, CaseRow &row);

// caseRowColumns() and then every editable field's column (core/cases/case_fields.h).
QString caseDetailColumns();
// A row selected with caseDetailColumns(): its CaseRow, CaseDetail::fields and
// the members kept for them (description, activityKey, stage).
void readCaseDetail(const Statement &st, CaseDetail &detail);

// Fills the row's clock states as of `asOf` from its stored dates (null standard: no clocks).
void deriveClockStates(
    CaseRow &row, const ServiceStandard *standard, const QDate &asOf, const WorkingCalendar &calendar);

} // namespace hub::db
