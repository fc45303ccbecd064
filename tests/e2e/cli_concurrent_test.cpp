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

using namespace Qt::StringLiterals;

TEST_CASE("Concurrent case add processes all succeed with distinct references", "[e2e][cli][cases][concurrent]")
{
    constexpr int kProcesses = 8;
    hubtest::TempDir tmp;
    const QString file = hubtest::initOffice(tmp, u"concurrent.hubcase"_s);

    std::vector<std::unique_ptr<QProcess>> adds;
    for (int i = 1; i <= kProcesses; ++i) {
        auto p = std::make_unique<QProcess>();
        p->setProgram(hubtest::binaryPath(u"app/hubcase-cli"_s));
        p->setArguments({ u"case"_s, u"add"_s, file, u"--type"_s, u"provider-query"_s, u"--ccg"_s, u"06A"_s,
            u"--received"_s, u"2016-02-01"_s, u"--title"_s, u"Concurrent add %1"_s.arg(i) });
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
        CHECK(ref.startsWith(u"WMH-2016-"_s));
        refs.insert(ref);
    }
    CHECK(failures == 0);
    CHECK(refs.size() == kProcesses);

    const auto list = runCli({ u"case"_s, u"list"_s, file, u"--json"_s, u"--search"_s, u"concurrent"_s });
    REQUIRE(list.exitCode == 0);
    QSet<QString> listed;
    for (const auto &v : list.json().array())
        listed.insert(v.toObject().value(u"ref"_s).toString());
    CHECK(listed == refs);
}
