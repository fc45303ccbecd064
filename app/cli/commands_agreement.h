#pragma once
// agreement show | extend | notice | confirm: an agreement's life after signing (issue 11).

#include "cli_args.h"

namespace hubcli
{

QString agreementHelp();
int cmdAgreement(const Args &args);

} // namespace hubcli
