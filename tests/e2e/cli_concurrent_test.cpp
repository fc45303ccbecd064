// Several people adding cases at the same moment (issue 8, item 2): N
// `hubcase-cli case add` processes started together on one office file all
// succeed and get N different references. Before the fix most of them failed
// at once with "database is locked". Nothing is timed.
#include "cli_runner.h"
#include "test_support.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <memory>
#include <vector>

using hubtest::runCli;

#define S QStringLiteral

TEST_CASE("Concurrent case add processes all succeed with distinct references", "[e2e][cli][cases][concurrent]")
{
    constexpr int kProcesses = 8;
    hubtest::TempDir tmp;
    const QString file = hubtest::initOffice(tmp, S("concurrent.hubcase"));

    std::vector<std::unique_ptr<QProcess>> adds;
    for (int i = 1; i <= kProcesses; ++i) {
        auto p = std::make_unique<QProcess>();
        p->setProgram(hubtest::binaryPath(S("app/hubcase-cli")));
        p->setArguments({S("case"), S("add"), file, S("--type"), S("provider-query"), S("--ccg"), S("06A"),
                         S("--received"), S("2016-02-01"), S("--title"), S("Concurrent add %1").arg(i)});
        p->start();
        REQUIRE(p->waitForStarted());
        adds.push_back(std::move(p));
    }
    QSet<QString> refs;
    int failures = 0;
    for (auto &p : adds) {
        REQUIRE(p->waitForFinished(120000));
        const QString ref = QString::fromUtf8(p->readAllStandardOutput()).trimmed();
        INFO(p->readAllStandardError().toStdString());
        if (p->exitStatus() != QProcess::NormalExit || p->exitCode() != 0) {
            ++failures;
            continue;
        }
        CHECK(ref.startsWith(S("WMH-2016-")));
        refs.insert(ref);
    }
    CHECK(failures == 0);
    CHECK(refs.size() == kProcesses);

    const auto list = runCli({S("case"), S("list"), file, S("--json"), S("--search"), S("concurrent")});
    REQUIRE(list.exitCode == 0);
    QSet<QString> listed;
    for (const auto &v : list.json().array())
        listed.insert(v.toObject().value(S("ref")).toString());
    CHECK(listed == refs);
}
