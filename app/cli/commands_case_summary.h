#pragma once
// case summary: one case (header, clocks, timeline) as a PDF, the same pages
// the Cases page prints (print/case_summary_document.h).

#include "cli_args.h"

namespace hubcli
{

int caseSummary(const Args &args);

} // namespace hubcli
