// End to end: `practices import` refuses what the fault trials slipped through (a NUL in a name, a 20 MB
// field, a row blamed on the wrong line), naming file, row and field, and leaves the office file as it was.
#include "cli_runner.h"
#include "test_support.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>

using hubtest::runCli;

namespace
{

QByteArray row(const QByteArray &code, const QByteArray &name)
{
    return "\"" + code + "\",\"" + name
        + "\",\"Y60\",\"Q54\",\"1 HIGH STREET\",\"\",\"\",\"\",\"\",\"WV1 1AA\",\"20150401\",\"\","
          "\"A\",\"B\",\"06A\",\"20150401\",\"\",\"\",\"\",\"\",\"\",\"0\",\"\",\"06A\",\"\",\"4\",\"\"";
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString write(const hubtest::TempDir &tmp, const QString &name, const QByteArray &bytes)
{
    QFile f(tmp.path(name));
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
    return f.fileName();
}

} // namespace

TEST_CASE("practices import refuses control characters, over-long fields and names the right row", "[e2e][cli][limits]")
{
    hubtest::TempDir tmp;
    const QString office = hubtest::initOffice(tmp, QStringLiteral("office.hubcase"));
    const QByteArray before = fileHash(office);

    QByteArray tenRows;
    for (int n = 1; n <= 10; ++n)
        tenRows += row("Z990" + QByteArray::number(10 + n), "SURGERY " + QByteArray::number(n)) + "\r\n";

    struct Case {
        const char *file;
        QByteArray bytes;
        const char *error;
    };
    QByteArray nul = tenRows;
    nul.replace("SURGERY 3", QByteArray("SURGERY\0THREE", 13));
    QByteArray huge = tenRows;
    huge.replace("SURGERY 8", QByteArray(20 * 1024 * 1024, 'X'));
    QByteArray strayCr = tenRows;
    strayCr.insert(strayCr.size() - 1, ",\"extra\""); // after the last row's CR, before its LF
    const Case cases[] = {
        { "nul.csv", nul,
            "error: nul.csv row 3, field 'Name': character 8 of the field is a control character (U+0000, a NUL "
            "byte)" },
        { "huge.csv", huge, "error: huge.csv row 8, field 'Name': the field is longer than 500 characters" },
        { "stray-cr.csv", strayCr, "error: stray-cr.csv row 10, field 'Null (27)': a control character (U+000D" },
    };
    for (const Case &c : cases) {
        INFO(c.file);
        const auto r = runCli({ QStringLiteral("practices"), QStringLiteral("import"), office,
            write(tmp, QString::fromLatin1(c.file), c.bytes) });
        INFO(r.err.toStdString());
        CHECK(r.exitCode != 0);
        CHECK(r.err.startsWith(c.error));
        CHECK(fileHash(office) == before);
    }
    const auto list = runCli({ QStringLiteral("practices"), QStringLiteral("list"), office, QStringLiteral("--json") });
    REQUIRE(list.exitCode == 0);
    CHECK(list.json().array().isEmpty());

    // The same rows without the faults import.
    const auto good = runCli({ QStringLiteral("practices"), QStringLiteral("import"), office,
        write(tmp, QStringLiteral("good.csv"), tenRows) });
    INFO(good.err.toStdString());
    CHECK(good.exitCode == 0);
}
