#include "command_preamble.h"

#include "cli_output.h"

namespace hubcli
{

std::unique_ptr<hub::db::OfficeFile> openOffice(const QString &path, int *exitCode)
{
    auto file = hub::db::OfficeFile::open(path);
    if (!file) {
        *exitCode = fail(file.error());
        return nullptr;
    }
    return std::move(file.value());
}

std::unique_ptr<hub::db::OfficeFile> openForCommand(
    const Args &args, int positional, const QStringList &known, int *exitCode)
{
    if (!checkArgs(args, positional, known, exitCode))
        return nullptr;
    return openOffice(args.word(positional - 1), exitCode);
}

} // namespace hubcli
