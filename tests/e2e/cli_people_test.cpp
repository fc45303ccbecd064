// End to end through hubcase-cli: whoami and link-account (which officer this
// account is), the linked name on what is saved, and case summary PDFs.
#include "cli_runner.h"
#include "test_support.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>

#include <pwd.h>
#include <unistd.h>

using hubtest::runCli;
using namespace Qt::StringLiterals;

namespace
{

QString thisAccount()
{
    const passwd *pw = getpwuid(geteuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString();
}

QJsonObject whoami(const QString &file)
{
    const auto r = runCli({ u"whoami"_s, file, u"--json"_s });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r.json().object();
}

// Pages in a PDF, by poppler's pdfinfo (installed with pdftoppm).
int pdfPages(const QString &pdf)
{
    QProcess info;
    info.start(u"pdfinfo"_s, { pdf });
    if (!info.waitForFinished(60000) || info.exitCode() != 0)
        return -1;
    for (const QByteArray &line : info.readAllStandardOutput().split('\n')) {
        if (line.startsWith("Pages:"))
            return line.mid(6).trimmed().toInt();
    }
    return -1;
}

} // namespace

TEST_CASE("whoami and link-account say and set which officer this account is", "[e2e][cli][people]")
{
    hubtest::TempDir tmp;
    const QString file = tmp.path(u"demo.hubcase"_s);
    REQUIRE(runCli({ u"init"_s, file, u"--demo"_s }).exitCode == 0);

    QJsonObject me = whoami(file);
    CHECK(me.value(u"account"_s).toString() == thisAccount());
    CHECK_FALSE(me.value(u"linked"_s).toBool());
    CHECK_FALSE(me.value(u"answered"_s).toBool());
    CHECK(me.value(u"officer"_s).isNull());
    CHECK(me.value(u"user"_s).toString() == thisAccount());
    const QJsonArray officers = me.value(u"knownOfficers"_s).toArray();
    REQUIRE(officers.size() > 1);
    const QString officer = officers.at(1).toString();

    const auto plain = runCli({ u"whoami"_s, file });
    CHECK(plain.exitCode == 0);
    CHECK(plain.out.contains("is not linked to an officer"));

    // Linked (the file's own spelling of the name wins over the typed one).
    const auto linked = runCli({ u"link-account"_s, file, u"--officer"_s, officer.toUpper(), u"--json"_s });
    INFO(linked.err.toStdString());
    REQUIRE(linked.exitCode == 0);
    CHECK(linked.json().object().value(u"officer"_s).toString() == officer);
    CHECK(linked.json().object().value(u"knownOfficer"_s).toBool());
    me = whoami(file);
    CHECK(me.value(u"linked"_s).toBool());
    CHECK(me.value(u"officer"_s).toString() == officer);
    CHECK(me.value(u"user"_s).toString() == officer);
    CHECK(me.value(u"linkedBy"_s).toString() == thisAccount());

    // What this account saves from now on is saved by that officer.
    const auto added = runCli({ u"case"_s, u"add"_s, file, u"--type"_s, u"provider-query"_s, u"--ccg"_s, u"06A"_s,
        u"--received"_s, u"2017-03-01"_s, u"--title"_s, u"Who saved this?"_s });
    REQUIRE(added.exitCode == 0);
    const QString ref = QString::fromUtf8(added.out).trimmed();
    const auto shown = runCli({ u"case"_s, u"show"_s, file, ref, u"--json"_s });
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.json().object().value(u"updatedBy"_s).toString() == officer);
    CHECK(shown.json().object().value(u"timeline"_s).toArray().first().toObject().value(u"actor"_s).toString()
        == officer);

    // "None of these", and another account linked by an administrator.
    REQUIRE(runCli({ u"link-account"_s, file, u"--none"_s }).exitCode == 0);
    me = whoami(file);
    CHECK(me.value(u"answered"_s).toBool());
    CHECK_FALSE(me.value(u"linked"_s).toBool());
    CHECK(me.value(u"user"_s).toString() == thisAccount());
    const auto other
        = runCli({ u"link-account"_s, file, u"--account"_s, u"b.jones"_s, u"--officer"_s, u"New Starter"_s });
    CHECK(other.exitCode == 0);
    CHECK(other.out.contains("Note: New Starter is not yet the officer of any case"));
    CHECK(whoami(file).value(u"user"_s).toString() == thisAccount());

    CHECK(runCli({ u"link-account"_s, file }).exitCode == 2);
    CHECK(runCli({ u"link-account"_s, file, u"--none"_s, u"--officer"_s, officer }).exitCode == 2);
    CHECK(runCli({ u"whoami"_s, tmp.path(u"missing.hubcase"_s) }).exitCode == 4);
}

TEST_CASE("case summary writes the case's header, clocks and timeline as a PDF", "[e2e][cli][print]")
{
    hubtest::TempDir tmp;
    const QString file = tmp.path(u"demo.hubcase"_s);
    REQUIRE(runCli({ u"init"_s, file, u"--demo"_s }).exitCode == 0);
    const auto listed = runCli({ u"case"_s, u"list"_s, file, u"--json"_s, u"--limit"_s, u"1"_s });
    REQUIRE(listed.exitCode == 0);
    const QString ref = listed.json().array().first().toObject().value(u"ref"_s).toString();
    REQUIRE_FALSE(ref.isEmpty());

    const QString pdf = tmp.path(u"summary.pdf"_s);
    const auto r = runCli({ u"case"_s, u"summary"_s, file, ref, u"--pdf"_s, pdf, u"--json"_s });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = r.json().object();
    CHECK(o.value(u"ref"_s).toString() == ref);
    const int pages = o.value(u"pages"_s).toInt();
    CHECK(pages >= 1);
    CHECK(o.value(u"timelineEntries"_s).toInt() >= 1);
    REQUIRE(QFile::exists(pdf));
    CHECK(hubtest::bytesOf(pdf).startsWith("%PDF"));
    const int counted = pdfPages(pdf);
    if (counted < 0)
        WARN("pdfinfo not available: the page count is the renderer's own");
    else
        CHECK(counted == pages);

    const auto text = runCli({ u"case"_s, u"summary"_s, file, ref, u"--pdf"_s, tmp.path(u"again.pdf"_s) });
    CHECK(text.exitCode == 0);
    CHECK(text.out.startsWith("Wrote "));
    CHECK(runCli({ u"case"_s, u"summary"_s, file, ref }).exitCode == 2);
    CHECK(runCli({ u"case"_s, u"summary"_s, file, u"WMH-1999-99999"_s, u"--pdf"_s, pdf }).exitCode == 4);
}
