// End to end through hubcase-cli: sync between two offices as docs/cli.md
// describes it ("Sync between offices").
#include "cli_runner.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using hubtest::runCli;

namespace
{

QString makeOffice(const hubtest::TempDir &tmp, const QString &code, bool demo)
{
    const QString path = tmp.path(code.toLower() + QStringLiteral(".hubcase"));
    QStringList args { QStringLiteral("init"), path, QStringLiteral("--office"), code };
    if (demo)
        args << QStringLiteral("--demo");
    const auto r = runCli(args);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return path;
}

QJsonObject status(const QString &path)
{
    const auto r = runCli({ QStringLiteral("sync"), QStringLiteral("status"), path, QStringLiteral("--json") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r.json().object();
}

} // namespace

TEST_CASE("sync export / import / status between two offices", "[e2e][cli][sync]")
{
    hubtest::TempDir tmp;
    const QString a = makeOffice(tmp, QStringLiteral("AAA"), true);
    const QString b = makeOffice(tmp, QStringLiteral("BBB"), false);
    const QString folder = tmp.path(QStringLiteral("exchange"));
    REQUIRE(QDir().mkpath(folder));

    const QJsonObject before = status(a);
    CHECK(before.value(QStringLiteral("office")).toString() == QStringLiteral("AAA"));
    CHECK(before.value(QStringLiteral("pendingChanges")).toInt() > 600); // the demo practices and leads
    CHECK(before.value(QStringLiteral("peers")).toArray().isEmpty());

    const auto exported = runCli({ QStringLiteral("sync"), QStringLiteral("export"), a, QStringLiteral("--to"), folder,
        QStringLiteral("--json") });
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    const QString bundle = exported.json().object().value(QStringLiteral("bundle")).toString();
    REQUIRE(QFile::exists(bundle));
    CHECK(status(a).value(QStringLiteral("pendingChanges")).toInt() == 0);

    const auto again = runCli({ QStringLiteral("sync"), QStringLiteral("export"), a, QStringLiteral("--to"), folder,
        QStringLiteral("--json") });
    REQUIRE(again.exitCode == 0);
    CHECK(again.json().object().value(QStringLiteral("bundle")).isNull());

    const auto imported
        = runCli({ QStringLiteral("sync"), QStringLiteral("import"), b, bundle, QStringLiteral("--json") });
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const QJsonObject first = imported.json().object().value(QStringLiteral("imported")).toArray().first().toObject();
    CHECK(first.value(QStringLiteral("office")).toString() == QStringLiteral("AAA"));
    CHECK(first.value(QStringLiteral("conflicts")).toInt() == 0);
    CHECK(first.value(QStringLiteral("alreadyImported")).toBool() == false);

    // Offices created separately hold the same built-in catalogue, so after
    // the import their synced content is identical.
    const QJsonObject sa = status(a);
    const QJsonObject sb = status(b);
    CHECK(sa.value(QStringLiteral("contentHash")).toString() == sb.value(QStringLiteral("contentHash")).toString());
    const QJsonArray peers = sb.value(QStringLiteral("peers")).toArray();
    REQUIRE(peers.size() == 1);
    CHECK(peers.first().toObject().value(QStringLiteral("office")).toString() == QStringLiteral("AAA"));
    CHECK(peers.first().toObject().value(QStringLiteral("lastImportAt")).isString());

    const auto listA = runCli({ QStringLiteral("practices"), QStringLiteral("list"), a, QStringLiteral("--json") });
    const auto listB = runCli({ QStringLiteral("practices"), QStringLiteral("list"), b, QStringLiteral("--json") });
    CHECK(listA.json().array().size() == listB.json().array().size());

    SECTION("importing the same bundle twice changes nothing")
    {
        const auto twice = runCli({ QStringLiteral("sync"), QStringLiteral("import"), b, bundle });
        REQUIRE(twice.exitCode == 0);
        CHECK(twice.out.contains("already imported"));
        CHECK(status(b).value(QStringLiteral("contentHash")) == sb.value(QStringLiteral("contentHash")));
    }
    SECTION("a damaged bundle is refused with a clear message and exit code 5")
    {
        QFile f(bundle);
        REQUIRE(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x01);
        const QString damaged = tmp.path(QStringLiteral("damaged.hubsync"));
        QFile out(damaged);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        const auto r = runCli({ QStringLiteral("sync"), QStringLiteral("import"), b, damaged });
        CHECK(r.exitCode == 5);
        CHECK(r.err.contains("damaged"));
    }
    SECTION("an own bundle is refused")
    {
        const auto r = runCli({ QStringLiteral("sync"), QStringLiteral("import"), a, bundle });
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains("exported by this office"));
    }
    SECTION("conflicts list is empty JSON")
    {
        const auto r = runCli({ QStringLiteral("sync"), QStringLiteral("conflicts"), b, QStringLiteral("--json") });
        REQUIRE(r.exitCode == 0);
        CHECK(r.json().isArray());
        CHECK(r.json().array().isEmpty());
    }
    SECTION("an exchange folder drives sync run")
    {
        REQUIRE(runCli({ QStringLiteral("sync"), QStringLiteral("folder"), b, folder }).exitCode == 0);
        const auto r = runCli({ QStringLiteral("sync"), QStringLiteral("run"), b, QStringLiteral("--json") });
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        const QJsonObject o = r.json().object();
        CHECK(o.value(QStringLiteral("bundlesSeen")).toInt() == 1);
        CHECK(o.value(QStringLiteral("imported")).toArray().isEmpty()); // already had it
        CHECK(o.value(QStringLiteral("refused")).toArray().isEmpty());
    }
}

TEST_CASE("sync usage errors", "[e2e][cli][sync]")
{
    CHECK(runCli({ QStringLiteral("sync") }).exitCode == 2);
    CHECK(runCli({ QStringLiteral("sync"), QStringLiteral("export") }).exitCode == 2);
    hubtest::TempDir tmp;
    const QString a = makeOffice(tmp, QStringLiteral("AAA"), false);
    CHECK(runCli({ QStringLiteral("sync"), QStringLiteral("export"), a }).exitCode == 2); // no --to, no folder
    CHECK(runCli({ QStringLiteral("sync"), QStringLiteral("resolve"), a, QStringLiteral("1"), QStringLiteral("--keep"),
                     QStringLiteral("mine") })
              .exitCode
        == 2);
    CHECK(runCli({ QStringLiteral("sync"), QStringLiteral("resolve"), a, QStringLiteral("99"), QStringLiteral("--keep"),
                     QStringLiteral("local") })
              .exitCode
        == 4);
}
