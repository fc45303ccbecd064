#pragma once
// The query log as an Excel workbook (libxlsxwriter): counts as numbers,
// dates as real dates shown dd/mm/yyyy, compliance as percentages.

#include "core/cases/query_log.h"
#include "core/common/result.h"

namespace hub::db
{

Status writeQueryLogXlsx(const QueryLog &log, const QString &path);

} // namespace hub::db
