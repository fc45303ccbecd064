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
using namespace Qt::StringLiterals;

namespace
{

QString newOffice(const hubtest::TempDir &tmp, const QString &name = u"office.hubcase"_s)
{
    return hubtest::initOffice(tmp, name);
}

// One valid epraccur row: the smallest real change the CLI can make.
QString epraccur(const hubtest::TempDir &tmp)
{
    const QString path = tmp.path(u"epraccur.csv"_s);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(
        "\"M92001\",\"BILSTON HEALTH CENTRE\",\"Y60\",\"Q54\",\"BILSTON HEALTH CENTRE\",\"PROUDS LANE\",\"BILSTON\","
        "\"WEST MIDLANDS\",\"\",\"WV14 6PW\",\"19740401\",\"\",\"A\",\"B\",\"06A\",\"20130401\",\"\",\"01902 444000\","
        "\"\",\"\",\"\",\"0\",\"\",\"06A\",\"\",\"4\",\"\"\r\n");
    return path;
}

int practiceCount(const QString &file)
{
    const auto r = runCli({ u"practices"_s, u"list"_s, file, u"--json"_s });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return int(r.json().array().size());
}

} // namespace

TEST_CASE("backup to a folder writes a verified, timestamped copy and rotates", "[e2e][cli][backup]")
{
    hubtest::TempDir tmp;
    const QString file = newOffice(tmp);
    const QString folder = tmp.path(u"backups"_s);
    QDir().mkpath(folder);
    const auto r = runCli({ u"backup"_s, file, u"--to"_s, folder, u"--json"_s });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = r.json().object();
    const QString backup = o.value(u"backup"_s).toString();
    CHECK(QFileInfo(backup).fileName().contains(QRegularExpression(u"^WMH-\\d{8}-\\d{6}(-\\d+)?\\.hubcase$"_s)));
    CHECK(o.value(u"integrity"_s).toString() == u"ok"_s);
    CHECK(o.value(u"bytes"_s).toInteger() == QFileInfo(backup).size());
    CHECK(o.value(u"file"_s).toString() == file);
    CHECK(o.value(u"removed"_s).toArray().isEmpty());
    CHECK(runCli({ u"check"_s, backup }).exitCode == 0); // a backup is an office file in its own right

    for (int i = 0; i < 2; ++i)
        REQUIRE(runCli({ u"backup"_s, file, u"--to"_s, folder, u"--keep"_s, u"2"_s }).exitCode == 0);
    CHECK(QDir(folder).entryList({ u"WMH-*.hubcase"_s }).size() == 2);
}

TEST_CASE("backup to a named file, and refusals", "[e2e][cli][backup]")
{
    hubtest::TempDir tmp;
    const QString file = newOffice(tmp);
    const QString named = tmp.path(u"before-the-audit.hubcase"_s);
    REQUIRE(runCli({ u"backup"_s, file, u"--to"_s, named }).exitCode == 0);
    CHECK(QFileInfo::exists(named));
    const auto again = runCli({ u"backup"_s, file, u"--to"_s, named });
    CHECK(again.exitCode == 1);
    CHECK(again.err.startsWith("error: "));
    CHECK(runCli({ u"backup"_s, file }).exitCode == 2); // --to is required
    CHECK(runCli({ u"backup"_s, file, u"--to"_s, tmp.path(u"x"_s), u"--keep"_s, u"0"_s }).exitCode == 2);
    CHECK(runCli({ u"backup"_s, tmp.path(u"missing.hubcase"_s), u"--to"_s, named }).exitCode == 4);
}

TEST_CASE("restore brings the backup back and keeps the current file aside", "[e2e][cli][restore]")
{
    hubtest::TempDir tmp;
    const QString file = newOffice(tmp);
    const QString folder = tmp.path(u"backups"_s);
    QDir().mkpath(folder);
    REQUIRE(runCli({ u"backup"_s, file, u"--to"_s, folder }).exitCode == 0);
    REQUIRE(runCli({ u"practices"_s, u"import"_s, file, epraccur(tmp) }).exitCode == 0);
    REQUIRE(practiceCount(file) == 1);

    // --from a folder takes the newest backup that verifies.
    const auto r = runCli({ u"restore"_s, file, u"--from"_s, folder, u"--json"_s });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = r.json().object();
    const QString aside = o.value(u"keptAside"_s).toString();
    CHECK(QFileInfo(aside).fileName().startsWith(u"office.hubcase.before-restore-"_s));
    CHECK(o.value(u"restoredFrom"_s).toString().startsWith(QFileInfo(folder).absoluteFilePath()));
    CHECK(o.value(u"office"_s).toString() == u"WMH"_s);
    CHECK(o.value(u"replacedDamagedFile"_s).toBool() == false);
    CHECK(o.value(u"integrity"_s).toString() == u"ok"_s);
    CHECK(practiceCount(file) == 0);
    CHECK(practiceCount(aside) == 1);
    CHECK(runCli({ u"check"_s, file }).exitCode == 0);
}

TEST_CASE("restore refuses a foreign or damaged backup and leaves the file untouched", "[e2e][cli][restore]")
{
    hubtest::TempDir tmp;
    const QString file = newOffice(tmp);
    const QByteArray before = hubtest::bytesOf(file);

    const QString foreign = tmp.path(u"notes.hubcase"_s);
    QFile f(foreign);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("not a backup");
    f.close();
    const auto r1 = runCli({ u"restore"_s, file, u"--from"_s, foreign });
    CHECK(r1.exitCode == 5);
    CHECK(r1.err.startsWith("error: "));

    const QString damaged = tmp.path(u"damaged.hubcase"_s);
    REQUIRE(QFile::copy(file, damaged));
    {
        QFile d(damaged);
        REQUIRE(d.open(QIODevice::ReadWrite));
        d.seek(d.size() / 2);
        d.write(QByteArray(4096, '\x5a'));
    }
    const auto r2 = runCli({ u"restore"_s, file, u"--from"_s, damaged });
    CHECK(r2.exitCode == 5);
    CHECK((r2.err.contains("damaged") || r2.err.contains("not a Hubcase")));

    const QString other = newOffice(tmp, u"wol.hubcase"_s);
    const auto r3 = runCli({ u"restore"_s, file, u"--from"_s, other });
    CHECK(r3.exitCode == 1);
    CHECK(r3.err.contains("another office"));

    CHECK(runCli({ u"restore"_s, file }).exitCode == 2); // --from is required
    CHECK(hubtest::bytesOf(file) == before);
    CHECK(QDir(tmp.path(QString())).entryList({ u"*.before-restore-*"_s }).isEmpty());
}

TEST_CASE("presence --json lists who has the file open", "[e2e][cli][presence]")
{
    hubtest::TempDir tmp;
    const QString file = newOffice(tmp);
    const auto r = runCli({ u"presence"_s, file, u"--json"_s });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = r.json().object();
    CHECK(o.value(u"file"_s).toString() == file);
    CHECK(o.value(u"mode"_s).toString() == u"local"_s);
    REQUIRE(o.value(u"present"_s).isArray());
    CHECK(o.value(u"present"_s).toArray().isEmpty()); // the CLI does not count itself
    const auto text = runCli({ u"presence"_s, file });
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains("Nobody has"));
    CHECK(runCli({ u"presence"_s, tmp.path(u"missing.hubcase"_s), u"--json"_s }).exitCode == 4);
}

namespace
{

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
    const QString folder = tmp.path(u"backups"_s);
    QDir().mkpath(folder);
    REQUIRE(runCli({ u"backup"_s, file, u"--to"_s, folder }).exitCode == 0);
    swapIndexColumns(file);
    const QByteArray damaged = hubtest::bytesOf(file);

    const auto checked = runCli({ u"check"_s, file });
    CHECK(checked.exitCode == 5);
    CHECK(checked.err.contains("integrity check failed"));

    const auto imported = runCli({ u"practices"_s, u"import"_s, file, epraccur(tmp) });
    CHECK(imported.exitCode == 6);
    CHECK(imported.err.contains("is damaged"));
    CHECK(imported.err.contains("nothing was saved"));
    const auto added = runCli({ u"case"_s, u"add"_s, file, u"--type"_s, u"provider-query"_s, u"--ccg"_s, u"06A"_s,
        u"--received"_s, u"2026-11-23"_s, u"--title"_s, u"Locum reimbursement query"_s });
    CHECK(added.exitCode != 0); // refused before writing (its reads meet the damaged index first)
    const auto exported = runCli({ u"sync"_s, u"export"_s, file, u"--to"_s, folder });
    CHECK(exported.exitCode == 6);
    CHECK(hubtest::bytesOf(file) == damaged);
    CHECK(QFileInfo::exists(file + u".damaged"_s));

    const auto restored = runCli({ u"restore"_s, file, u"--from"_s, folder, u"--json"_s });
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    const QJsonObject o = restored.json().object();
    CHECK(o.value(u"replacedDamagedFile"_s).toBool());
    CHECK(hubtest::bytesOf(o.value(u"keptAside"_s).toString()) == damaged);
    CHECK(runCli({ u"check"_s, file }).exitCode == 0);
    CHECK(runCli({ u"practices"_s, u"import"_s, file, epraccur(tmp) }).exitCode == 0);
}
