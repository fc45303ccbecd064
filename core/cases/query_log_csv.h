#pragma once
// The query log as an Excel-safe CSV (see core/common/excel_csv.h).

#include "core/cases/query_log.h"

#include <QByteArray>

namespace hub
{

QByteArray queryLogCsv(const QueryLog &log);

} // namespace hub
