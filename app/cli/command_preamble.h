#pragma once
// The preamble every command on an office file shares: check the arguments,
// open the file, report a failure (one "error: ..." line and its exit code).

#include "cli_args.h"
#include "database/office_file.h"

#include <memory>

namespace hubcli
{

// Opens the office file at `path`; null, with the failure reported and *exitCode set, when it cannot.
std::unique_ptr<hub::db::OfficeFile> openOffice(const QString &path, int *exitCode);

// checkArgs(args, positional, known), then opens the file named by the last
// positional word required (word positional - 1). Null, with *exitCode set, when either fails.
std::unique_ptr<hub::db::OfficeFile> openForCommand(
    const Args &args, int positional, const QStringList &known, int *exitCode);

// Reads --expect-version: false (a usage error, *exitCode set) when it is not a version number;
// *version is -1 when the option is not given. `readFrom` says where the version is shown.
bool readExpectedVersion(const Args &args, const QString &readFrom, std::int64_t *version, int *exitCode);

} // namespace hubcli
