#include "cli_output.h"

#include <cstdio>

namespace hubcli {

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

} // namespace hubcli
