#include "cli_runner.h"

#include "test_support.h"

#include <QProcess>

namespace hubtest
{

CliRun runCli(const QStringList &args)
{
    QProcess p;
    p.setProgram(binaryPath(QStringLiteral("app/hubcase-cli")));
    p.setArguments(args);
    p.start();
    p.waitForFinished(120000);
    CliRun r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString initOffice(const TempDir &dir, const QString &name)
{
    const QString path = dir.path(name);
    const CliRun r = runCli({ QStringLiteral("init"), path });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return path;
}

} // namespace hubtest
