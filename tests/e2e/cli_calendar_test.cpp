// End to end through hubcase-cli: closure add/list/remove (moving open
// cases' due dates), the exit codes for bad dates, weekends, unknown days and
// stale versions, calendar --json, and due --file honouring closure days.
#include "cli_runner.h"
#include "test_support.h"

#include <QJsonArray>
#include <QJsonObject>

using hubtest::runCli;

namespace {

#define S QStringLiteral

QString plainFile(const hubtest::TempDir &tmp)
{
    return hubtest::initOffice(tmp, S("calendar.hubcase"));
}

QJsonArray listJson(const QString &file, const QStringList &extra = {})
{
    const auto r = runCli(QStringList{S("closure"), S("list"), file, S("--json")} + extra);
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
    const auto added = runCli({S("case"), S("add"), file, S("--type"), S("provider-query"), S("--ccg"), S("06A"),
                               S("--received"), S("2016-02-01"), S("--title"), S("Locum query")});
    REQUIRE(added.exitCode == 0);
    const QString ref = QString::fromUtf8(added.out).trimmed();

    const auto add = runCli({S("closure"), S("add"), file, S("--date"), S("03/02/2016"), S("--reason"),
                             S("Staff training"), S("--json")});
    INFO(add.err.toStdString());
    REQUIRE(add.exitCode == 0);
    const QJsonObject o = add.json().object();
    CHECK(o.value(S("date")).toString() == S("2016-02-03"));
    CHECK(o.value(S("day")).toString() == S("Wed"));
    CHECK(o.value(S("reason")).toString() == S("Staff training"));
    CHECK(o.value(S("version")).toInt() == 1);
    CHECK(o.value(S("openCasesMoved")).toInt() == 1);

    const auto plain = runCli({S("closure"), S("add"), file, S("--date"), S("2016-02-04"), S("--reason"), S("Move")});
    REQUIRE(plain.exitCode == 0);
    CHECK(plain.out.contains("Office closed on Thu 04/02/2016 (Move)"));

    const auto shown = runCli({S("case"), S("show"), file, ref, S("--json"), S("--as-of"), S("2016-02-02")});
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.json().object().value(S("acknowledgeDue")).toString() == S("2016-02-10"));

    QJsonArray all = listJson(file);
    REQUIRE(all.size() == 2);
    CHECK(all.at(0).toObject().value(S("date")).toString() == S("2016-02-03"));
    CHECK(all.at(1).toObject().value(S("reason")).toString() == S("Move"));
    CHECK(listJson(file, {S("--year"), S("2017")}).isEmpty());
    CHECK(listJson(file, {S("--year"), S("2016")}).size() == 2);
    const auto text = runCli({S("closure"), S("list"), file});
    CHECK(text.out.contains("Wed 03/02/2016  Staff training"));

    // Refusals name the field; nothing is written.
    const auto weekend = runCli({S("closure"), S("add"), file, S("--date"), S("2016-02-06"), S("--reason"), S("x")});
    CHECK(weekend.exitCode == 1);
    CHECK(weekend.err.contains("field '--date'"));
    CHECK(weekend.err.contains("Saturday"));
    const auto holiday = runCli({S("closure"), S("add"), file, S("--date"), S("25/03/2016"), S("--reason"), S("x")});
    CHECK(holiday.exitCode == 1);
    CHECK(holiday.err.contains("Good Friday"));
    const auto again = runCli({S("closure"), S("add"), file, S("--date"), S("2016-02-03"), S("--reason"), S("x")});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains("Office closed: Staff training"));
    const auto badDate = runCli({S("closure"), S("add"), file, S("--date"), S("31/02/2016"), S("--reason"), S("x")});
    CHECK(badDate.exitCode == 1);
    CHECK(badDate.err.contains("field '--date'"));
    CHECK(badDate.err.contains("'31/02/2016' is not a date"));
    const auto noReason = runCli({S("closure"), S("add"), file, S("--date"), S("2016-02-08"), S("--reason"), S(" ")});
    CHECK(noReason.exitCode == 1);
    CHECK(noReason.err.contains("field '--reason'"));
    CHECK(runCli({S("closure"), S("add"), file, S("--reason"), S("x")}).exitCode == 2);
    CHECK(runCli({S("closure"), S("add"), file, S("--date"), S("2016-02-08")}).exitCode == 2);
    CHECK(runCli({S("closure"), S("frobnicate"), file}).exitCode == 2);
    CHECK(listJson(file).size() == 2);

    // Remove: unknown day 4, stale version 3, then without a version.
    const auto missing = runCli({S("closure"), S("remove"), file, S("--date"), S("2016-02-05")});
    CHECK(missing.exitCode == 4);
    CHECK(missing.err.contains("No office closure on 05/02/2016"));
    const auto stale = runCli({S("closure"), S("remove"), file, S("--date"), S("2016-02-03"), S("--expect-version"), S("7")});
    CHECK(stale.exitCode == 3);
    const auto removed = runCli({S("closure"), S("remove"), file, S("--date"), S("2016-02-03"), S("--expect-version"),
                                 S("1"), S("--json")});
    INFO(removed.err.toStdString());
    REQUIRE(removed.exitCode == 0);
    CHECK(removed.json().object().value(S("removed")).toBool());
    CHECK(removed.json().object().value(S("openCasesMoved")).toInt() == 1);
    REQUIRE(runCli({S("closure"), S("remove"), file, S("--date"), S("04/02/2016")}).exitCode == 0);
    CHECK(listJson(file).isEmpty());
    CHECK(runCli({S("closure"), S("list"), tmp.path(S("nope.hubcase"))}).exitCode == 4);
}

TEST_CASE("calendar --json: bank holidays, closures and working days per month", "[e2e][cli][calendar]")
{
    hubtest::TempDir tmp;
    const QString file = plainFile(tmp);
    REQUIRE(runCli({S("closure"), S("add"), file, S("--date"), S("2016-12-29"), S("--reason"), S("Christmas shutdown")})
                .exitCode == 0);

    const auto r = runCli({S("calendar"), file, S("--year"), S("2016"), S("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = r.json().object();
    CHECK(o.value(S("year")).toInt() == 2016);
    CHECK(o.value(S("bankHolidaysFromGovUkList")).toBool());
    const QJsonArray holidays = o.value(S("bankHolidays")).toArray();
    REQUIRE(holidays.size() == 8);
    CHECK(holidays.at(0).toObject().value(S("date")).toString() == S("2016-01-01"));
    CHECK(holidays.at(7).toObject().value(S("date")).toString() == S("2016-12-27"));
    CHECK(holidays.at(7).toObject().value(S("name")).toString() == S("Christmas Day (substitute day)"));
    CHECK(holidays.at(7).toObject().value(S("source")).toString() == S("govuk"));
    const QJsonArray closures = o.value(S("closures")).toArray();
    REQUIRE(closures.size() == 1);
    CHECK(closures.at(0).toObject().value(S("reason")).toString() == S("Christmas shutdown"));
    CHECK(closures.at(0).toObject().value(S("version")).toInt() == 1);

    const QJsonArray months = o.value(S("months")).toArray();
    REQUIRE(months.size() == 12);
    // December 2016: 22 weekdays, less Boxing Day and the substitute Christmas Day, less the closure.
    const QJsonObject dec = months.at(11).toObject();
    CHECK(dec.value(S("name")).toString() == S("December"));
    CHECK(dec.value(S("workingDays")).toInt() == 19);
    CHECK(dec.value(S("bankHolidays")).toInt() == 2);
    CHECK(dec.value(S("officeClosures")).toInt() == 1);
    CHECK(dec.value(S("weekendDays")).toInt() == 9);
    int total = 0;
    for (const QJsonValue &m : months)
        total += m.toObject().value(S("workingDays")).toInt();
    CHECK(o.value(S("workingDays")).toInt() == total);
    CHECK(total == 261 - 8 - 1);   // 2016: 261 weekdays, 8 bank holidays, 1 closure

    const auto text = runCli({S("calendar"), file, S("--year"), S("2016")});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains("2016: 252 working days"));
    CHECK(text.out.contains("Thu 29/12/2016  Christmas shutdown"));

    const auto badYear = runCli({S("calendar"), file, S("--year"), S("twenty")});
    CHECK(badYear.exitCode == 1);
    CHECK(badYear.err.contains("field '--year'"));
    CHECK(runCli({S("calendar")}).exitCode == 2);
}

TEST_CASE("due --file counts the office's closure days", "[e2e][cli][calendar]")
{
    hubtest::TempDir tmp;
    const QString file = plainFile(tmp);
    REQUIRE(runCli({S("closure"), S("add"), file, S("--date"), S("2016-06-15"), S("--reason"), S("Staff training")})
                .exitCode == 0);
    const auto without = runCli({S("due"), S("--from"), S("2016-06-13"), S("--working-days"), S("5")});
    REQUIRE(without.exitCode == 0);
    CHECK(without.out.trimmed() == "Mon 20/06/2016");
    const auto with = runCli({S("due"), S("--file"), file, S("--from"), S("2016-06-13"), S("--working-days"), S("5"),
                              S("--explain")});
    INFO(with.err.toStdString());
    REQUIRE(with.exitCode == 0);
    CHECK(with.out.contains("Wed 15/06/2016: not counted (Office closed: Staff training)"));
    CHECK(with.out.trimmed().endsWith("Tue 21/06/2016"));
    const auto positional = runCli({S("due"), file, S("--from"), S("2016-06-13"), S("--working-days"), S("5")});
    CHECK(positional.out.trimmed() == "Tue 21/06/2016");
    CHECK(runCli({S("due"), S("--file"), tmp.path(S("none.hubcase")), S("--from"), S("2016-06-13"),
                  S("--working-days"), S("5")}).exitCode == 4);

    const auto help = runCli({S("help")});
    CHECK(help.out.contains("closure add FILE --date DATE --reason TEXT"));
    CHECK(help.out.contains("calendar FILE"));
}
