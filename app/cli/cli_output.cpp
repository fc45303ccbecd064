#include "cli_output.h"

#include "cli_args.h"

#include "database/file_damage.h"

#include <cstdio>

namespace hubcli
{

void out(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
}

void outJson(const QJsonDocument &doc)
{
    std::fputs(doc.toJson(QJsonDocument::Indented).constData(), stdout);
}

int fail(const hub::Error &error)
{
    std::fprintf(stderr, "error: %s\n", error.describe().simplified().toUtf8().constData());
    if (hub::db::isDamagedFileRefusal(error))
        return ExitDamaged;
    switch (error.code) {
    case hub::ErrorCode::Conflict:
        return ExitConflict;
    case hub::ErrorCode::NotFound:
        return ExitNotFound;
    case hub::ErrorCode::NotHubcaseFile:
    case hub::ErrorCode::Corrupt:
    case hub::ErrorCode::NewerVersion:
    case hub::ErrorCode::ReadOnly:
        return ExitBadFile;
    default:
        return ExitFailure;
    }
}

int usage(const QString &message)
{
    std::fprintf(stderr, "error: %s (see 'hubcase-cli help')\n", message.toUtf8().constData());
    return ExitUsage;
}

bool checkArgs(const Args &args, int positional, const QStringList &known, int *exitCode)
{
    const QStringList unknown = args.unknown(known);
    if (!unknown.isEmpty()) {
        *exitCode = usage(QStringLiteral("unknown option %1").arg(unknown.join(QStringLiteral(", "))));
        return false;
    }
    if (args.positional().size() < positional) {
        *exitCode = usage(QStringLiteral("'%1' needs more arguments").arg(args.positional().join(QLatin1Char(' '))));
        return false;
    }
    return true;
}

} // namespace hubcli
