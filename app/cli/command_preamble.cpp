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

bool readExpectedVersion(const Args &args, const QString &readFrom, std::int64_t *version, int *exitCode)
{
    *version = -1;
    if (!args.has(QStringLiteral("expect-version")))
        return true;
    bool ok = false;
    *version = args.option(QStringLiteral("expect-version")).toLongLong(&ok);
    if (!ok || *version < 1) {
        *exitCode = usage(QStringLiteral("--expect-version needs the version number you read (%1)").arg(readFrom));
        return false;
    }
    return true;
}

} // namespace hubcli
