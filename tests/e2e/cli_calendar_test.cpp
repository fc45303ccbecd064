// End to end through hubcase-cli: closure add/list/remove (moving open
// cases' due dates), the exit codes for bad dates, weekends, unknown days and
// stale versions, calendar --json, and due --file honouring closure days.
#include "cli_runner.h"
#include "test_support.h"

#include <QJsonArray>
#include <QJsonObject>

using hubtest::runCli;

namespace
{

using namespace Qt::StringLiterals;

QString plainFile(const hubtest::TempDir &tmp)
{
    return hubtest::initOffice(tmp, u"calendar.hubcase"_s);
}

QJsonArray listJson(const QString &file, const QStringList &extra = {})
{
    const auto r = runCli(QStringList { u"closure"_s, u"list"_s, file, u"--json"_s } + extra);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r.json().array();
}

} // namespace

TEST_CASE("closure add, list and remove as documented", "[e2e][cli][calendar]")
{
    hubtest::TempDir tmp;
    const QString file = plainFile(tmp);
    // An open case whose acknowledgement runs over 03/02/2016.
    const auto added = runCli({ u"case"_s, u"add"_s, file, u"--type"_s, u"provider-query"_s, u"--ccg"_s, u"06A"_s,
        u"--received"_s, u"2016-02-01"_s, u"--title"_s, u"Locum query"_s });
    REQUIRE(added.exitCode == 0);
    const QString ref = QString::fromUtf8(added.out).trimmed();

    const auto add = runCli({ u"closure"_s, u"add"_s, file, u"--date"_s, u"03/02/2016"_s, u"--reason"_s,
        u"Staff training"_s, u"--json"_s });
    INFO(add.err.toStdString());
    REQUIRE(add.exitCode == 0);
    const QJsonObject o = add.json().object();
    CHECK(o.value(u"date"_s).toString() == u"2016-02-03"_s);
    CHECK(o.value(u"day"_s).toString() == u"Wed"_s);
    CHECK(o.value(u"reason"_s).toString() == u"Staff training"_s);
    CHECK(o.value(u"version"_s).toInt() == 1);
    CHECK(o.value(u"openCasesMoved"_s).toInt() == 1);

    const auto plain = runCli({ u"closure"_s, u"add"_s, file, u"--date"_s, u"2016-02-04"_s, u"--reason"_s, u"Move"_s });
    REQUIRE(plain.exitCode == 0);
    CHECK(plain.out.contains("Office closed on Thu 04/02/2016 (Move)"));

    const auto shown = runCli({ u"case"_s, u"show"_s, file, ref, u"--json"_s, u"--as-of"_s, u"2016-02-02"_s });
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.json().object().value(u"acknowledgeDue"_s).toString() == u"2016-02-10"_s);

    QJsonArray all = listJson(file);
    REQUIRE(all.size() == 2);
    CHECK(all.at(0).toObject().value(u"date"_s).toString() == u"2016-02-03"_s);
    CHECK(all.at(1).toObject().value(u"reason"_s).toString() == u"Move"_s);
    CHECK(listJson(file, { u"--year"_s, u"2017"_s }).isEmpty());
    CHECK(listJson(file, { u"--year"_s, u"2016"_s }).size() == 2);
    const auto text = runCli({ u"closure"_s, u"list"_s, file });
    CHECK(text.out.contains("Wed 03/02/2016  Staff training"));

    // Refusals name the field; nothing is written.
    const auto weekend = runCli({ u"closure"_s, u"add"_s, file, u"--date"_s, u"2016-02-06"_s, u"--reason"_s, u"x"_s });
    CHECK(weekend.exitCode == 1);
    CHECK(weekend.err.contains("field '--date'"));
    CHECK(weekend.err.contains("Saturday"));
    const auto holiday = runCli({ u"closure"_s, u"add"_s, file, u"--date"_s, u"25/03/2016"_s, u"--reason"_s, u"x"_s });
    CHECK(holiday.exitCode == 1);
    CHECK(holiday.err.contains("Good Friday"));
    const auto again = runCli({ u"closure"_s, u"add"_s, file, u"--date"_s, u"2016-02-03"_s, u"--reason"_s, u"x"_s });
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains("Office closed: Staff training"));
    const auto badDate = runCli({ u"closure"_s, u"add"_s, file, u"--date"_s, u"31/02/2016"_s, u"--reason"_s, u"x"_s });
    CHECK(badDate.exitCode == 1);
    CHECK(badDate.err.contains("field '--date'"));
    CHECK(badDate.err.contains("'31/02/2016' is not a date"));
    const auto noReason = runCli({ u"closure"_s, u"add"_s, file, u"--date"_s, u"2016-02-08"_s, u"--reason"_s, u" "_s });
    CHECK(noReason.exitCode == 1);
    CHECK(noReason.err.contains("field '--reason'"));
    CHECK(runCli({ u"closure"_s, u"add"_s, file, u"--reason"_s, u"x"_s }).exitCode == 2);
    CHECK(runCli({ u"closure"_s, u"add"_s, file, u"--date"_s, u"2016-02-08"_s }).exitCode == 2);
    CHECK(runCli({ u"closure"_s, u"frobnicate"_s, file }).exitCode == 2);
    CHECK(listJson(file).size() == 2);

    // Remove: unknown day 4, stale version 3, then without a version.
    const auto missing = runCli({ u"closure"_s, u"remove"_s, file, u"--date"_s, u"2016-02-05"_s });
    CHECK(missing.exitCode == 4);
    CHECK(missing.err.contains("No office closure on 05/02/2016"));
    const auto stale
        = runCli({ u"closure"_s, u"remove"_s, file, u"--date"_s, u"2016-02-03"_s, u"--expect-version"_s, u"7"_s });
    CHECK(stale.exitCode == 3);
    const auto removed = runCli(
        { u"closure"_s, u"remove"_s, file, u"--date"_s, u"2016-02-03"_s, u"--expect-version"_s, u"1"_s, u"--json"_s });
    INFO(removed.err.toStdString());
    REQUIRE(removed.exitCode == 0);
    CHECK(removed.json().object().value(u"removed"_s).toBool());
    CHECK(removed.json().object().value(u"openCasesMoved"_s).toInt() == 1);
    REQUIRE(runCli({ u"closure"_s, u"remove"_s, file, u"--date"_s, u"04/02/2016"_s }).exitCode == 0);
    CHECK(listJson(file).isEmpty());
    CHECK(runCli({ u"closure"_s, u"list"_s, tmp.path(u"nope.hubcase"_s) }).exitCode == 4);
}

TEST_CASE("calendar --json: bank holidays, closures and working days per month", "[e2e][cli][calendar]")
{
    hubtest::TempDir tmp;
    const QString file = plainFile(tmp);
    REQUIRE(
        runCli({ u"closure"_s, u"add"_s, file, u"--date"_s, u"2016-12-29"_s, u"--reason"_s, u"Christmas shutdown"_s })
            .exitCode
        == 0);

    const auto r = runCli({ u"calendar"_s, file, u"--year"_s, u"2016"_s, u"--json"_s });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = r.json().object();
    CHECK(o.value(u"year"_s).toInt() == 2016);
    CHECK(o.value(u"bankHolidaysFromGovUkList"_s).toBool());
    const QJsonArray holidays = o.value(u"bankHolidays"_s).toArray();
    REQUIRE(holidays.size() == 8);
    CHECK(holidays.at(0).toObject().value(u"date"_s).toString() == u"2016-01-01"_s);
    CHECK(holidays.at(7).toObject().value(u"date"_s).toString() == u"2016-12-27"_s);
    CHECK(holidays.at(7).toObject().value(u"name"_s).toString() == u"Christmas Day (substitute day)"_s);
    CHECK(holidays.at(7).toObject().value(u"source"_s).toString() == u"govuk"_s);
    const QJsonArray closures = o.value(u"closures"_s).toArray();
    REQUIRE(closures.size() == 1);
    CHECK(closures.at(0).toObject().value(u"reason"_s).toString() == u"Christmas shutdown"_s);
    CHECK(closures.at(0).toObject().value(u"version"_s).toInt() == 1);

    const QJsonArray months = o.value(u"months"_s).toArray();
    REQUIRE(months.size() == 12);
    // December 2016: 22 weekdays, less Boxing Day and the substitute Christmas Day, less the closure.
    const QJsonObject dec = months.at(11).toObject();
    CHECK(dec.value(u"name"_s).toString() == u"December"_s);
    CHECK(dec.value(u"workingDays"_s).toInt() == 19);
    CHECK(dec.value(u"bankHolidays"_s).toInt() == 2);
    CHECK(dec.value(u"officeClosures"_s).toInt() == 1);
    CHECK(dec.value(u"weekendDays"_s).toInt() == 9);
    int total = 0;
    for (const QJsonValue &m : months)
        total += m.toObject().value(u"workingDays"_s).toInt();
    CHECK(o.value(u"workingDays"_s).toInt() == total);
    CHECK(total == 261 - 8 - 1); // 2016: 261 weekdays, 8 bank holidays, 1 closure

    const auto text = runCli({ u"calendar"_s, file, u"--year"_s, u"2016"_s });
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains("2016: 252 working days"));
    CHECK(text.out.contains("Thu 29/12/2016  Christmas shutdown"));

    const auto badYear = runCli({ u"calendar"_s, file, u"--year"_s, u"twenty"_s });
    CHECK(badYear.exitCode == 1);
    CHECK(badYear.err.contains("field '--year'"));
    CHECK(runCli({ u"calendar"_s }).exitCode == 2);
}

TEST_CASE("due --file counts the office's closure days", "[e2e][cli][calendar]")
{
    hubtest::TempDir tmp;
    const QString file = plainFile(tmp);
    REQUIRE(runCli({ u"closure"_s, u"add"_s, file, u"--date"_s, u"2016-06-15"_s, u"--reason"_s, u"Staff training"_s })
                .exitCode
        == 0);
    const auto without = runCli({ u"due"_s, u"--from"_s, u"2016-06-13"_s, u"--working-days"_s, u"5"_s });
    REQUIRE(without.exitCode == 0);
    CHECK(without.out.trimmed() == "Mon 20/06/2016");
    const auto with = runCli(
        { u"due"_s, u"--file"_s, file, u"--from"_s, u"2016-06-13"_s, u"--working-days"_s, u"5"_s, u"--explain"_s });
    INFO(with.err.toStdString());
    REQUIRE(with.exitCode == 0);
    CHECK(with.out.contains("Wed 15/06/2016: not counted (Office closed: Staff training)"));
    CHECK(with.out.trimmed().endsWith("Tue 21/06/2016"));
    const auto positional = runCli({ u"due"_s, file, u"--from"_s, u"2016-06-13"_s, u"--working-days"_s, u"5"_s });
    CHECK(positional.out.trimmed() == "Tue 21/06/2016");
    CHECK(runCli({ u"due"_s, u"--file"_s, tmp.path(u"none.hubcase"_s), u"--from"_s, u"2016-06-13"_s,
                     u"--working-days"_s, u"5"_s })
              .exitCode
        == 4);

    const auto help = runCli({ u"help"_s });
    CHECK(help.out.contains("closure add FILE --date DATE --reason TEXT"));
    CHECK(help.out.contains("calendar FILE"));
}
