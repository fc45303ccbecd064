#pragma once
// Runs the built hubcase-cli as a user would and captures what it prints.

#include <QByteArray>
#include <QJsonDocument>
#include <QStringList>

namespace hubtest {

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

CliRun runCli(const QStringList &args);

} // namespace hubtest
