#pragma once
// closure (list, add, remove) and calendar: the office's working calendar
// from the command line (issue 4).

#include "cli_args.h"

#include <QString>

namespace hubcli
{

int cmdClosure(const Args &args);
int cmdCalendar(const Args &args);

// Lines for 'hubcase-cli help'.
QString calendarHelp();

} // namespace hubcli
