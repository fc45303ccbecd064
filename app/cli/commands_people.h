#pragma once
// whoami and link-account: which officer an operating-system account is in an
// office file (database/accounts/), from the command line.

#include "cli_args.h"

#include <QString>

namespace hubcli
{

int cmdWhoami(const Args &args);
int cmdLinkAccount(const Args &args);

// Lines for 'hubcase-cli help'.
QString peopleHelp();

} // namespace hubcli
