#pragma once
// The plainest possible answer to a case filter, for checking CaseListQuery's
// planned queries against: the filter's terms and the full-text match in one
// unplanned SELECT (what the repository's own list used to run).
#include "database/cases/case_rows.h"

#include <QStringList>

namespace hub::db
{
class OfficeFile;
}

namespace hubtest
{

// The references matching `filter` (its sort, limit and offset ignored), sorted.
QStringList referenceCaseRefs(hub::db::OfficeFile &file, const hub::db::CaseFilter &filter);
// How many cases match `filter`.
int referenceCaseCount(hub::db::OfficeFile &file, const hub::db::CaseFilter &filter);

} // namespace hubtest
