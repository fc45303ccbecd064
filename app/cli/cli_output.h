#pragma once
// Output conventions of hubcase-cli: results on stdout, one "error: ..." line
// on stderr, and exit codes documented in docs/cli.md.

#include "core/common/result.h"

#include <QJsonDocument>
#include <QString>
#include <QStringList>

namespace hubcli
{

enum Exit {
    ExitOk = 0,
    ExitFailure = 1, // the command could not do what was asked
    ExitUsage = 2, // wrong arguments
    ExitConflict = 3, // stale --expect-version: someone else changed the record
    ExitNotFound = 4, // no such file, CCG, case...
    ExitBadFile = 5, // not a Hubcase file, damaged, newer schema, read-only
    ExitDamaged = 6, // a write refused: the office file is known to be damaged
};

void out(const QString &text);
void outJson(const QJsonDocument &doc);
int fail(const hub::Error &error);
int usage(const QString &message);

class Args;
// False (with *exitCode set to a usage error) when an option is unknown or a positional argument is missing.
bool checkArgs(const Args &args, int positional, const QStringList &known, int *exitCode);

} // namespace hubcli
