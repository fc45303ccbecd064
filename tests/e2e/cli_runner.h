#pragma once
// Runs the built hubcase-cli as a user would and captures what it prints.

#include <QByteArray>
#include <QJsonDocument>
#include <QStringList>

namespace hubtest
{

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

CliRun runCli(const QStringList &args);

struct TempDir;
// A new, empty office file made by `hubcase-cli init` in `dir` (the test fails if it cannot be).
QString initOffice(const TempDir &dir, const QString &name);

} // namespace hubtest
