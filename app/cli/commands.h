#pragma once
// hubcase-cli commands; each returns the process exit code.

#include "cli_args.h"

namespace hubcli
{

int cmdHelp();
int cmdInit(const Args &args);
int cmdCheck(const Args &args);
int cmdCatalogue(const Args &args);
int cmdCcgs(const Args &args);
int cmdCcg(const Args &args);
int cmdPractices(const Args &args);
int cmdSpec(const Args &args);
int cmdActivity(const Args &args);
int cmdSync(const Args &args);
int cmdBackup(const Args &args);
int cmdRestore(const Args &args);
int cmdPresence(const Args &args);
int cmdDue(const Args &args);
int cmdCase(const Args &args);
int cmdQueryLog(const Args &args);

} // namespace hubcli
