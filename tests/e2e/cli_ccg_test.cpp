// End to end through hubcase-cli: `ccg add`, `ccg edit` and `ccg list` (issue 10), as docs/cli.md says.
#include "cli_runner.h"
#include "test_support.h"

#include <QJsonArray>
#include <QJsonObject>

using hubtest::runCli;
using namespace Qt::StringLiterals;

namespace
{

QJsonObject ccgIn(const QString &file, const QString &code)
{
    const auto r = runCli({ u"ccg"_s, u"list"_s, file, u"--json"_s });
    REQUIRE(r.exitCode == 0);
    for (const QJsonValue &v : r.json().array()) {
        if (v.toObject().value(u"code"_s).toString() == code)
            return v.toObject();
    }
    return {};
}

} // namespace

TEST_CASE("ccg add writes a new CCG with its lead and level; ccg list shows it", "[e2e][cli][ccgs]")
{
    hubtest::TempDir tmp;
    const QString file = hubtest::initOffice(tmp, u"office.hubcase"_s);
    const auto added = runCli({ u"ccg"_s, u"add"_s, file, u"--code"_s, u"05x"_s, u"--name"_s,
        u"NHS Telford and Wrekin CCG"_s, u"--lead"_s, u"Aisha Patel"_s, u"--finance-lead"_s, u"Paul Griffiths"_s,
        u"--level"_s, u"joint-commissioning"_s, u"--from"_s, u"01/04/2016"_s, u"--json"_s });
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const QJsonObject o = added.json().object();
    CHECK(o.value(u"code"_s).toString() == u"05X"_s); // stored in capitals
    CHECK(o.value(u"name"_s).toString() == u"NHS Telford and Wrekin CCG"_s);
    CHECK(o.value(u"hubContractingLead"_s).toString() == u"Aisha Patel"_s);
    CHECK(o.value(u"hubFinanceLead"_s).toString() == u"Paul Griffiths"_s);
    const QJsonArray levels = o.value(u"levels"_s).toArray();
    REQUIRE(levels.size() == 1);
    CHECK(levels.at(0).toObject().value(u"level"_s).toString() == u"joint-commissioning"_s);
    CHECK(levels.at(0).toObject().value(u"effectiveFrom"_s).toString() == u"2016-04-01"_s);

    const QJsonObject listed = ccgIn(file, u"05X"_s);
    CHECK(listed.value(u"name"_s).toString() == u"NHS Telford and Wrekin CCG"_s);
    // The old spelling still works.
    const auto old = runCli({ u"ccgs"_s, file, u"--json"_s });
    REQUIRE(old.exitCode == 0);
    CHECK(old.json().array().size() == 15); // the 14 of the MoU and the new one
    const auto text = runCli({ u"ccg"_s, u"list"_s, file });
    CHECK(QString::fromUtf8(text.out).contains(u"05X  NHS Telford and Wrekin CCG"_s));
}

TEST_CASE("ccg add refuses bad input, naming the field, and changes nothing", "[e2e][cli][ccgs]")
{
    hubtest::TempDir tmp;
    const QString file = hubtest::initOffice(tmp, u"office.hubcase"_s);
    const QByteArray before = hubtest::bytesOf(file);

    const auto badCode
        = runCli({ u"ccg"_s, u"add"_s, file, u"--code"_s, u"5X"_s, u"--name"_s, u"NHS Somewhere CCG"_s });
    CHECK(badCode.exitCode == 1);
    CHECK(badCode.err.contains("field 'code'"));
    CHECK(badCode.err.contains("three letters or digits"));

    const auto noName = runCli({ u"ccg"_s, u"add"_s, file, u"--code"_s, u"05X"_s });
    CHECK(noName.exitCode == 1);
    CHECK(noName.err.contains("field 'name'"));

    const auto taken = runCli({ u"ccg"_s, u"add"_s, file, u"--code"_s, u"06a"_s, u"--name"_s, u"Another CCG"_s });
    CHECK(taken.exitCode == 1);
    CHECK(taken.err.contains("field 'code'"));
    CHECK(taken.err.contains("There is already a CCG with code 06A (NHS Wolverhampton CCG)"));

    const auto badLevel
        = runCli({ u"ccg"_s, u"add"_s, file, u"--code"_s, u"05X"_s, u"--name"_s, u"N"_s, u"--level"_s, u"partial"_s });
    CHECK(badLevel.exitCode == 1);
    CHECK(badLevel.err.contains("field 'level'"));

    const auto badDate = runCli(
        { u"ccg"_s, u"add"_s, file, u"--code"_s, u"05X"_s, u"--name"_s, u"N"_s, u"--from"_s, u"31/02/2016"_s });
    CHECK(badDate.exitCode == 1);
    CHECK(badDate.err.contains("field 'from'"));

    const auto control = runCli({ u"ccg"_s, u"add"_s, file, u"--code"_s, u"05X"_s, u"--name"_s, u"NHS\u0007CCG"_s });
    CHECK(control.exitCode == 1);
    CHECK(control.err.contains("field 'name'"));

    CHECK(hubtest::bytesOf(file) == before); // nothing was written
    CHECK(ccgIn(file, u"05X"_s).isEmpty());
}

TEST_CASE("ccg edit changes a CCG's fields, guarded by --expect-version", "[e2e][cli][ccgs]")
{
    hubtest::TempDir tmp;
    const QString file = hubtest::initOffice(tmp, u"office.hubcase"_s);
    const qint64 version = ccgIn(file, u"06A"_s).value(u"version"_s).toInteger();

    const auto edited = runCli({ u"ccg"_s, u"edit"_s, file, u"06a"_s, u"ccg_lead=Sarah Okafor"_s,
        u"hub_finance_lead=Imran Hussain"_s, u"--json"_s });
    INFO(edited.err.toStdString());
    REQUIRE(edited.exitCode == 0);
    CHECK(edited.json().object().value(u"ccgLead"_s).toString() == u"Sarah Okafor"_s);
    CHECK(edited.json().object().value(u"hubFinanceLead"_s).toString() == u"Imran Hussain"_s);
    CHECK(edited.json().object().value(u"version"_s).toInteger() == version + 1);

    // A stale version is a conflict, and nothing changes.
    const QByteArray before = hubtest::bytesOf(file);
    const auto stale = runCli({ u"ccg"_s, u"edit"_s, file, u"06A"_s, u"ccg_lead=Dev Mistry"_s, u"--expect-version"_s,
        QString::number(version) });
    CHECK(stale.exitCode == 3);
    CHECK(hubtest::bytesOf(file) == before);

    // Bad input names the field and changes nothing.
    const auto emptyName = runCli({ u"ccg"_s, u"edit"_s, file, u"06A"_s, u"name="_s });
    CHECK(emptyName.exitCode == 1);
    CHECK(emptyName.err.contains("field 'name'"));
    const auto unknown = runCli({ u"ccg"_s, u"edit"_s, file, u"06A"_s, u"code=07B"_s });
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains("field 'code'"));
    CHECK(unknown.err.contains("hub_contracting_lead")); // the message lists the fields
    const auto missing = runCli({ u"ccg"_s, u"edit"_s, file, u"99Z"_s, u"ccg_lead=X"_s });
    CHECK(missing.exitCode == 4);
    const auto notAnEdit = runCli({ u"ccg"_s, u"edit"_s, file, u"06A"_s, u"ccg_lead"_s });
    CHECK(notAnEdit.exitCode == 2);
    CHECK(hubtest::bytesOf(file) == before);
    CHECK(ccgIn(file, u"06A"_s).value(u"ccgLead"_s).toString() == u"Sarah Okafor"_s);
}
