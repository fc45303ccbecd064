#pragma once
// A list as an Excel workbook (libxlsxwriter): one sheet with the list's
// title, what it shows, and the frozen, filterable header; numbers, money
// (£ format) and dates as real values, tree rows indented.

#include "core/common/list_table.h"
#include "core/common/result.h"

namespace hub::print
{

// The sheet's rows: title (0), subtitle (1), header (2), first list row (3).
inline constexpr int kListWorkbookHeaderRow = 2;

Status writeListWorkbook(const ListTable &table, const QString &path);

} // namespace hub::print
