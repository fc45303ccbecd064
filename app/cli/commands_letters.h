#pragma once
// template (list, show, add, duplicate, delete) and letterhead (show, set):
// the office's letter templates and the Hub's letterhead from the command line.

#include "cli_args.h"

#include <QString>

namespace hubcli
{

int cmdTemplate(const Args &args);
int cmdLetterhead(const Args &args);

// Lines for 'hubcase-cli help'.
QString lettersHelp();

} // namespace hubcli
