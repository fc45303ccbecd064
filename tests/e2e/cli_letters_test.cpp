// End to end through hubcase-cli: letter templates added, duplicated, listed
// and deleted; the Hub's letterhead set and shown; each CCG's specification
// PDF naming that CCG; the current level on the office's as-of day.
#include "cli_runner.h"
#include "test_support.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>

using hubtest::runCli;
using namespace Qt::StringLiterals;

namespace
{

QString demoFile(const hubtest::TempDir &tmp)
{
    const QString path = tmp.path(u"demo.hubcase"_s);
    const auto r = runCli({ u"init"_s, path, u"--demo"_s });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return path;
}

QStringList templateKeys(const QString &file)
{
    const auto r = runCli({ u"template"_s, u"list"_s, file, u"--json"_s });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QStringList keys;
    for (const auto &t : r.json().array())
        keys << t.toObject().value(u"key"_s).toString();
    return keys;
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(u"pdftotext"_s, { pdf, u"-"_s });
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

} // namespace

TEST_CASE("template add, duplicate, list and delete", "[e2e][cli][letters]")
{
    hubtest::TempDir tmp;
    const QString file = hubtest::initOffice(tmp, u"letters.hubcase"_s);
    CHECK(templateKeys(file) == QStringList({ u"acknowledgement"_s, u"closure"_s, u"full-response"_s, u"holding"_s }));

    const auto added = runCli({ u"template"_s, u"add"_s, file, u"--name"_s, u"Chasing letter"_s, u"--subject"_s,
        u"Chasing {{ref}}"_s, u"--body"_s, u"<p>{{salutation}}</p><p>Still waiting.</p>"_s, u"--json"_s });
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.json().object().value(u"key"_s).toString() == u"chasing-letter"_s);
    CHECK(added.json().object().value(u"builtIn"_s).toBool() == false);

    const auto dup = runCli({ u"template"_s, u"duplicate"_s, file, u"full-response"_s, u"--name"_s,
        u"Full response (finance)"_s, u"--json"_s });
    REQUIRE(dup.exitCode == 0);
    CHECK(dup.json().object().value(u"key"_s).toString() == u"full-response-finance"_s);
    const auto shown = runCli({ u"template"_s, u"show"_s, file, u"full-response-finance"_s, u"--json"_s });
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.json().object().value(u"body"_s).toString().contains(u"{{response_text}}"_s));

    REQUIRE(runCli({ u"template"_s, u"delete"_s, file, u"chasing-letter"_s }).exitCode == 0);
    CHECK_FALSE(templateKeys(file).contains(u"chasing-letter"_s));
    CHECK(runCli({ u"template"_s, u"delete"_s, file, u"chasing-letter"_s }).exitCode == 4);
    CHECK(runCli({ u"template"_s, u"add"_s, file, u"--name"_s, u"No body"_s }).exitCode == 2);
}

TEST_CASE("letterhead set and show; the letter prints it with the officer's contact", "[e2e][cli][letters]")
{
    hubtest::TempDir tmp;
    const QString file = hubtest::initOffice(tmp, u"letters.hubcase"_s);
    const auto set = runCli({ u"letterhead"_s, u"set"_s, file, u"--name"_s, u"West Midlands Primary Care Hub"_s,
        u"--address"_s, u"Hub Office"_s, u"--address"_s, u"1 Hagley Road"_s, u"--address"_s, u"Birmingham B16 8AA"_s,
        u"--phone"_s, u"0121 496 0000"_s, u"--json"_s });
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == 0);
    CHECK(set.json().object().value(u"address"_s).toArray()
        == QJsonArray({ u"Hub Office"_s, u"1 Hagley Road"_s, u"Birmingham B16 8AA"_s }));
    const auto shown = runCli({ u"letterhead"_s, u"show"_s, file });
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.out.contains("Telephone 0121 496 0000"));
    CHECK(runCli({ u"letterhead"_s, u"set"_s, file, u"--email"_s, u"not-an-email"_s }).exitCode != 0);

    const auto c = runCli({ u"case"_s, u"add"_s, file, u"--type"_s, u"provider-query"_s, u"--ccg"_s, u"06A"_s,
        u"--received"_s, u"2016-02-01"_s, u"--title"_s, u"Locum reimbursement query"_s });
    REQUIRE(c.exitCode == 0);
    const QString ref = QString::fromUtf8(c.out).trimmed();
    const QString pdf = tmp.path(u"ack.pdf"_s);
    REQUIRE(
        runCli({ u"case"_s, u"letter"_s, file, ref, u"--template"_s, u"acknowledgement"_s, u"--pdf"_s, pdf }).exitCode
        == 0);
    const QString text = pdfText(pdf);
    CHECK(text.contains(u"1 Hagley Road"_s));
    CHECK(text.contains(u"0121 496 0000"_s));
    CHECK(text.contains(u"Our reference: %1"_s.arg(ref)));
}

TEST_CASE("each CCG's specification PDF names that CCG and its level on the office's as-of day", "[e2e][cli][spec]")
{
    hubtest::TempDir tmp;
    const QString path = demoFile(tmp);
    const QString walsall = tmp.path(u"05Y.pdf"_s);
    const QString wolverhampton = tmp.path(u"06A.pdf"_s);
    REQUIRE(runCli({ u"spec"_s, path, u"--ccg"_s, u"05Y"_s, u"--pdf"_s, walsall }).exitCode == 0);
    REQUIRE(runCli({ u"spec"_s, path, u"--ccg"_s, u"06A"_s, u"--pdf"_s, wolverhampton }).exitCode == 0);
    const QString w = pdfText(walsall);
    CHECK(w.contains(u"Version 1.0 Walsall CCG"_s));
    CHECK_FALSE(w.contains(u"Version 1.0 Wolverhampton CCG"_s));
    const QString v = pdfText(wolverhampton);
    CHECK(v.contains(u"Version 1.0 Wolverhampton CCG"_s));
    CHECK(v.contains(u"No level recorded after 01/10/2015"_s));
    CHECK_FALSE(v.contains(u"Greater collaboration"_s));

    // ccgs --json judges the current level against the same day.
    const auto r = runCli({ u"ccgs"_s, path, u"--json"_s });
    REQUIRE(r.exitCode == 0);
    for (const auto &c : r.json().array()) {
        const QJsonObject o = c.toObject();
        if (o.value(u"code"_s).toString() == u"06A"_s)
            CHECK(o.value(u"currentLevel"_s).isNull());
        if (o.value(u"code"_s).toString() == u"05Y"_s)
            CHECK(o.value(u"currentLevel"_s).toString() == u"joint-commissioning"_s);
    }
}
