#pragma once
// The Cases page's document: the open case's summary (header, clocks,
// timeline; print/case_summary_document.h) as a page print job.

#include "database/cases/case_rows.h"
#include "ui/print_output.h"

namespace hub::ui
{

DocumentJob caseSummaryJob(const db::CaseDetail &detail, const QString &user);

} // namespace hub::ui
