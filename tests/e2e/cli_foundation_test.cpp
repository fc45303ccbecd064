// End to end through hubcase-cli: the foundation commands as documented in docs/cli.md.
#include "cli_runner.h"
#include "test_support.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using hubtest::runCli;

namespace
{

QString demoFile(const hubtest::TempDir &tmp)
{
    const QString path = tmp.path(QStringLiteral("demo.hubcase"));
    const auto r = runCli({ QStringLiteral("init"), path, QStringLiteral("--demo") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return path;
}

} // namespace

TEST_CASE("init --demo then check reports a healthy office file", "[e2e][cli]")
{
    hubtest::TempDir tmp;
    const QString path = demoFile(tmp);
    const auto r = runCli({ QStringLiteral("check"), path, QStringLiteral("--json") });
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = r.json().object();
    CHECK(o.value(QStringLiteral("integrity")).toString() == QStringLiteral("ok"));
    CHECK(o.value(QStringLiteral("office")).toString() == QStringLiteral("WMH"));
    CHECK(o.value(QStringLiteral("mode")).toString() == QStringLiteral("local"));
    CHECK(o.value(QStringLiteral("schemaVersion")).toInt() >= 1);
}

TEST_CASE("init with an office code and no demo data", "[e2e][cli]")
{
    hubtest::TempDir tmp;
    const QString path = tmp.path(QStringLiteral("wol.hubcase"));
    REQUIRE(runCli({ QStringLiteral("init"), path, QStringLiteral("--office"), QStringLiteral("WOL") }).exitCode == 0);
    const auto r = runCli({ QStringLiteral("practices"), QStringLiteral("list"), path, QStringLiteral("--json") });
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().array().isEmpty());
    const auto again = runCli({ QStringLiteral("init"), path });
    CHECK(again.exitCode != 0);
    CHECK(again.err.startsWith("error: "));
}

TEST_CASE("catalogue --json lists the twelve functions, the standards and the panel", "[e2e][cli]")
{
    hubtest::TempDir tmp;
    const auto r = runCli({ QStringLiteral("catalogue"), demoFile(tmp), QStringLiteral("--json") });
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = r.json().object();
    const QJsonArray functions = o.value(QStringLiteral("functions")).toArray();
    REQUIRE(functions.size() == 12);
    CHECK(functions.at(0).toObject().value(QStringLiteral("numeral")).toString() == QStringLiteral("I"));
    CHECK(functions.at(11).toObject().value(QStringLiteral("numeral")).toString() == QStringLiteral("XII"));
    int activities = 0;
    bool sawQualified = false;
    for (const auto &f : functions) {
        for (const auto &a : f.toObject().value(QStringLiteral("activities")).toArray()) {
            ++activities;
            if (a.toObject().value(QStringLiteral("hubMarker")).toString() == QStringLiteral("CORE (for contractual)"))
                sawQualified = true;
        }
    }
    CHECK(activities == o.value(QStringLiteral("activityCount")).toInt());
    CHECK(sawQualified);
    const QJsonArray standards = o.value(QStringLiteral("standards")).toArray();
    REQUIRE(standards.size() == 4);
    const QJsonObject queries = standards.at(2).toObject();
    CHECK(queries.value(QStringLiteral("acknowledgeWorkingDays")).toInt() == 5);
    CHECK(queries.value(QStringLiteral("responseWorkingDays")).toInt() == 20);
    CHECK(queries.value(QStringLiteral("exclusions")).toArray().size() == 2);
    bool london = false;
    for (const auto &a : o.value(QStringLiteral("agreements")).toArray()) {
        const QJsonObject ag = a.toObject();
        if (ag.value(QStringLiteral("key")).toString() == QStringLiteral("london-core-principles")) {
            london = true;
            CHECK(ag.value(QStringLiteral("extensionAgreeBy")).toString() == QStringLiteral("2015-09-01"));
            CHECK(ag.value(QStringLiteral("noticeMonths")).toInt() == 6);
            CHECK(ag.value(QStringLiteral("latestNoticeDateForPeriodEnd")).toString() == QStringLiteral("2015-09-30"));
        }
    }
    CHECK(london);
}

TEST_CASE("ccgs --json gives the fourteen CCGs with levels and practice counts", "[e2e][cli]")
{
    hubtest::TempDir tmp;
    const auto r = runCli({ QStringLiteral("ccgs"), demoFile(tmp), QStringLiteral("--json") });
    REQUIRE(r.exitCode == 0);
    const QJsonArray ccgs = r.json().array();
    REQUIRE(ccgs.size() == 14);
    int practices = 0;
    for (const auto &c : ccgs) {
        const QJsonObject o = c.toObject();
        practices += o.value(QStringLiteral("practiceCount")).toInt();
        CHECK_FALSE(o.value(QStringLiteral("levels")).toArray().isEmpty());
        if (o.value(QStringLiteral("code")).toString() == QStringLiteral("06A")) {
            const QJsonObject first = o.value(QStringLiteral("levels")).toArray().at(0).toObject();
            CHECK(first.value(QStringLiteral("level")).toString() == QStringLiteral("greater-collaboration"));
            CHECK(first.value(QStringLiteral("effectiveTo")).toString() == QStringLiteral("2015-10-01"));
        }
    }
    CHECK(practices == 687);
}

TEST_CASE("practices list filters by CCG, a bad import names file, row and field and changes nothing", "[e2e][cli]")
{
    hubtest::TempDir tmp;
    const QString path = demoFile(tmp);
    const auto list = runCli({ QStringLiteral("practices"), QStringLiteral("list"), path, QStringLiteral("--json"),
        QStringLiteral("--ccg"), QStringLiteral("06A") });
    REQUIRE(list.exitCode == 0);
    CHECK(list.json().array().size() == 47);
    CHECK(list.json().array().at(0).toObject().value(QStringLiteral("ccgCode")).toString() == QStringLiteral("06A"));

    const QString bad = tmp.path(QStringLiteral("bad-epraccur.csv"));
    QFile f(bad);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("\"Z99001\",\"NEW SURGERY\",\"Y60\",\"Q54\",\"A\",\"\",\"\",\"\",\"\",\"WV1 "
            "1AA\",\"20150401\",\"\",\"A\",\"B\",\"06A\",\"20150401\",\"\",\"\",\"\",\"\",\"\",\"0\",\"\",\"06A\",\"\","
            "\"4\",\"\"\r\n"
            "\"Z99002\",\"BROKEN SURGERY\",\"Y60\"\r\n");
    f.close();
    const auto imp = runCli({ QStringLiteral("practices"), QStringLiteral("import"), path, bad });
    CHECK(imp.exitCode != 0);
    CHECK(imp.err.startsWith("error: bad-epraccur.csv row 2"));
    const auto after = runCli({ QStringLiteral("practices"), QStringLiteral("list"), path, QStringLiteral("--json") });
    CHECK(after.json().array().size() == 687);
}

TEST_CASE("spec --pdf writes a real PDF of the CCG's specification", "[e2e][cli]")
{
    hubtest::TempDir tmp;
    const QString path = demoFile(tmp);
    const QString pdf = tmp.path(QStringLiteral("wolverhampton.pdf"));
    const auto r = runCli(
        { QStringLiteral("spec"), path, QStringLiteral("--ccg"), QStringLiteral("06A"), QStringLiteral("--pdf"), pdf });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QFile f(pdf);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(bytes.startsWith("%PDF-"));
    CHECK(bytes.size() > 10000);

    const auto unknown = runCli(
        { QStringLiteral("spec"), path, QStringLiteral("--ccg"), QStringLiteral("XXX"), QStringLiteral("--pdf"), pdf });
    CHECK(unknown.exitCode == 4);
}

TEST_CASE("check refuses a file that is not a Hubcase office file", "[e2e][cli]")
{
    hubtest::TempDir tmp;
    const QString path = tmp.path(QStringLiteral("notes.txt"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(2048, 'n'));
    f.close();
    const auto r = runCli({ QStringLiteral("check"), path });
    CHECK(r.exitCode == 5);
    CHECK(r.err.startsWith(
        "error: notes.txt: This file is not a Hubcase office file. Choose another file or create a new one."));
    CHECK_FALSE(r.err.contains("file is not a database")); // SQLite's words stay out of the message
    const auto usage = runCli({ QStringLiteral("frobnicate") });
    CHECK(usage.exitCode == 2);
}
