// End to end through hubcase-cli: backup, restore and presence as documented
// in docs/cli.md.
#include "cli_runner.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using hubtest::runCli;

namespace {

QString S(const char *s)
{
    return QString::fromUtf8(s);
}

QString newOffice(const hubtest::TempDir &tmp, const QString &name = S("office.hubcase"))
{
    return hubtest::initOffice(tmp, name);
}

// One valid epraccur row: the smallest real change the CLI can make.
QString epraccur(const hubtest::TempDir &tmp)
{
    const QString path = tmp.path(S("epraccur.csv"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("\"M92001\",\"BILSTON HEALTH CENTRE\",\"Y60\",\"Q54\",\"BILSTON HEALTH CENTRE\",\"PROUDS LANE\",\"BILSTON\","
            "\"WEST MIDLANDS\",\"\",\"WV14 6PW\",\"19740401\",\"\",\"A\",\"B\",\"06A\",\"20130401\",\"\",\"01902 444000\","
            "\"\",\"\",\"\",\"0\",\"\",\"06A\",\"\",\"4\",\"\"\r\n");
    return path;
}

int practiceCount(const QString &file)
{
    const auto r = runCli({S("practices"), S("list"), file, S("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return int(r.json().array().size());
}

} // namespace

TEST_CASE("backup to a folder writes a verified, timestamped copy and rotates", "[e2e][cli][backup]")
{
    hubtest::TempDir tmp;
    const QString file = newOffice(tmp);
    const QString folder = tmp.path(S("backups"));
    QDir().mkpath(folder);
    const auto r = runCli({S("backup"), file, S("--to"), folder, S("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = r.json().object();
    const QString backup = o.value(S("backup")).toString();
    CHECK(QFileInfo(backup).fileName().contains(QRegularExpression(S("^WMH-\\d{8}-\\d{6}(-\\d+)?\\.hubcase$"))));
    CHECK(o.value(S("integrity")).toString() == S("ok"));
    CHECK(o.value(S("bytes")).toInteger() == QFileInfo(backup).size());
    CHECK(o.value(S("file")).toString() == file);
    CHECK(o.value(S("removed")).toArray().isEmpty());
    CHECK(runCli({S("check"), backup}).exitCode == 0);       // a backup is an office file in its own right

    for (int i = 0; i < 2; ++i)
        REQUIRE(runCli({S("backup"), file, S("--to"), folder, S("--keep"), S("2")}).exitCode == 0);
    CHECK(QDir(folder).entryList({S("WMH-*.hubcase")}).size() == 2);
}

TEST_CASE("backup to a named file, and refusals", "[e2e][cli][backup]")
{
    hubtest::TempDir tmp;
    const QString file = newOffice(tmp);
    const QString named = tmp.path(S("before-the-audit.hubcase"));
    REQUIRE(runCli({S("backup"), file, S("--to"), named}).exitCode == 0);
    CHECK(QFileInfo::exists(named));
    const auto again = runCli({S("backup"), file, S("--to"), named});
    CHECK(again.exitCode == 1);
    CHECK(again.err.startsWith("error: "));
    CHECK(runCli({S("backup"), file}).exitCode == 2);         // --to is required
    CHECK(runCli({S("backup"), file, S("--to"), tmp.path(S("x")), S("--keep"), S("0")}).exitCode == 2);
    CHECK(runCli({S("backup"), tmp.path(S("missing.hubcase")), S("--to"), named}).exitCode == 4);
}

TEST_CASE("restore brings the backup back and keeps the current file aside", "[e2e][cli][restore]")
{
    hubtest::TempDir tmp;
    const QString file = newOffice(tmp);
    const QString folder = tmp.path(S("backups"));
    QDir().mkpath(folder);
    REQUIRE(runCli({S("backup"), file, S("--to"), folder}).exitCode == 0);
    REQUIRE(runCli({S("practices"), S("import"), file, epraccur(tmp)}).exitCode == 0);
    REQUIRE(practiceCount(file) == 1);

    // --from a folder takes the newest backup that verifies.
    const auto r = runCli({S("restore"), file, S("--from"), folder, S("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = r.json().object();
    const QString aside = o.value(S("keptAside")).toString();
    CHECK(QFileInfo(aside).fileName().startsWith(S("office.hubcase.before-restore-")));
    CHECK(o.value(S("restoredFrom")).toString().startsWith(QFileInfo(folder).absoluteFilePath()));
    CHECK(o.value(S("office")).toString() == S("WMH"));
    CHECK(o.value(S("replacedDamagedFile")).toBool() == false);
    CHECK(o.value(S("integrity")).toString() == S("ok"));
    CHECK(practiceCount(file) == 0);
    CHECK(practiceCount(aside) == 1);
    CHECK(runCli({S("check"), file}).exitCode == 0);
}

TEST_CASE("restore refuses a foreign or damaged backup and leaves the file untouched", "[e2e][cli][restore]")
{
    hubtest::TempDir tmp;
    const QString file = newOffice(tmp);
    const QByteArray before = hubtest::bytesOf(file);

    const QString foreign = tmp.path(S("notes.hubcase"));
    QFile f(foreign);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("not a backup");
    f.close();
    const auto r1 = runCli({S("restore"), file, S("--from"), foreign});
    CHECK(r1.exitCode == 5);
    CHECK(r1.err.startsWith("error: "));

    const QString damaged = tmp.path(S("damaged.hubcase"));
    REQUIRE(QFile::copy(file, damaged));
    {
        QFile d(damaged);
        REQUIRE(d.open(QIODevice::ReadWrite));
        d.seek(d.size() / 2);
        d.write(QByteArray(4096, '\x5a'));
    }
    const auto r2 = runCli({S("restore"), file, S("--from"), damaged});
    CHECK(r2.exitCode == 5);
    CHECK((r2.err.contains("damaged") || r2.err.contains("not a Hubcase")));

    const QString other = newOffice(tmp, S("wol.hubcase"));
    const auto r3 = runCli({S("restore"), file, S("--from"), other});
    CHECK(r3.exitCode == 1);
    CHECK(r3.err.contains("another office"));

    CHECK(runCli({S("restore"), file}).exitCode == 2);        // --from is required
    CHECK(hubtest::bytesOf(file) == before);
    CHECK(QDir(tmp.path(QString())).entryList({S("*.before-restore-*")}).isEmpty());
}

TEST_CASE("presence --json lists who has the file open", "[e2e][cli][presence]")
{
    hubtest::TempDir tmp;
    const QString file = newOffice(tmp);
    const auto r = runCli({S("presence"), file, S("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = r.json().object();
    CHECK(o.value(S("file")).toString() == file);
    CHECK(o.value(S("mode")).toString() == S("local"));
    REQUIRE(o.value(S("present")).isArray());
    CHECK(o.value(S("present")).toArray().isEmpty());         // the CLI does not count itself
    const auto text = runCli({S("presence"), file});
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains("Nobody has"));
    CHECK(runCli({S("presence"), tmp.path(S("missing.hubcase")), S("--json")}).exitCode == 4);
}

namespace {

// The reproduction without SQL: the index's definition in
// sqlite_schema names its columns in the other order (same length, so the
// record is still well formed). quick_check passes; integrity_check does not.
void swapIndexColumns(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    const QByteArray from = "activity(function_id, position)";
    const QByteArray to = "activity(position, function_id)";
    const int at = bytes.indexOf("CREATE INDEX activity_by_function ON " + from);
    REQUIRE(at >= 0);
    bytes.replace(at + int(qstrlen("CREATE INDEX activity_by_function ON ")), from.size(), to);
    f.seek(0);
    f.write(bytes);
}

} // namespace

TEST_CASE("a damaged file is never written by the CLI, and restore brings it back", "[e2e][cli][restore][damage]")
{
    hubtest::TempDir tmp;
    const QString file = newOffice(tmp);
    const QString folder = tmp.path(S("backups"));
    QDir().mkpath(folder);
    REQUIRE(runCli({S("backup"), file, S("--to"), folder}).exitCode == 0);
    swapIndexColumns(file);
    const QByteArray damaged = hubtest::bytesOf(file);

    const auto checked = runCli({S("check"), file});
    CHECK(checked.exitCode == 5);
    CHECK(checked.err.contains("integrity check failed"));

    const auto imported = runCli({S("practices"), S("import"), file, epraccur(tmp)});
    CHECK(imported.exitCode == 6);
    CHECK(imported.err.contains("is damaged"));
    CHECK(imported.err.contains("nothing was saved"));
    const auto added = runCli({S("case"), S("add"), file, S("--type"), S("provider-query"), S("--ccg"), S("06A"),
                               S("--received"), S("2026-11-23"), S("--title"), S("Locum reimbursement query")});
    CHECK(added.exitCode != 0);   // refused before writing (its reads meet the damaged index first)
    const auto exported = runCli({S("sync"), S("export"), file, S("--to"), folder});
    CHECK(exported.exitCode == 6);
    CHECK(hubtest::bytesOf(file) == damaged);
    CHECK(QFileInfo::exists(file + S(".damaged")));

    const auto restored = runCli({S("restore"), file, S("--from"), folder, S("--json")});
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    const QJsonObject o = restored.json().object();
    CHECK(o.value(S("replacedDamagedFile")).toBool());
    CHECK(hubtest::bytesOf(o.value(S("keptAside")).toString()) == damaged);
    CHECK(runCli({S("check"), file}).exitCode == 0);
    CHECK(runCli({S("practices"), S("import"), file, epraccur(tmp)}).exitCode == 0);
}
