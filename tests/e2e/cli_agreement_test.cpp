// agreement show | extend | notice | confirm, and the information-available
// date of an information request's acknowledgement (issue 11), through the CLI.

#include "cli_runner.h"
#include "test_support.h"

#include <QJsonArray>
#include <QJsonObject>

using hubtest::runCli;
using namespace Qt::StringLiterals;

namespace
{

QJsonObject agreement(const QString &file, const QString &key)
{
    const auto r = runCli({ u"agreement"_s, u"show"_s, file, key, u"--json"_s });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r.json().object();
}

QString keyDate(const QJsonObject &a, const QString &key)
{
    for (const auto &d : a.value(u"keyDates"_s).toArray()) {
        if (d.toObject().value(u"key"_s).toString() == key)
            return d.toObject().value(u"date"_s).toString();
    }
    return {};
}

} // namespace

TEST_CASE(
    "agreement extend records the extension; the end in force and the notice date follow", "[e2e][cli][agreement]")
{
    hubtest::TempDir tmp;
    const QString file = hubtest::initOffice(tmp, u"office.hubcase"_s);
    const QString london = u"london-core-principles"_s;
    CHECK(agreement(file, london).value(u"effectiveEnd"_s).toString() == u"2016-03-31"_s);

    // Refused, naming the field, and nothing written.
    const auto early = runCli({ u"agreement"_s, u"extend"_s, file, london, u"--agreed-on"_s, u"2015-08-20"_s,
        u"--new-end"_s, u"2016-03-31"_s, u"--by"_s, u"Both parties"_s });
    CHECK(early.exitCode != 0);
    CHECK(QString::fromUtf8(early.err).contains(u"new_end"_s));
    CHECK(agreement(file, london).value(u"history"_s).toArray().isEmpty());

    const auto r = runCli({ u"agreement"_s, u"extend"_s, file, london, u"--agreed-on"_s, u"2015-09-10"_s,
        u"--new-end"_s, u"2017-03-31"_s, u"--by"_s, u"Both parties, MoU user group"_s, u"--json"_s });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject a = r.json().object();
    CHECK(a.value(u"effectiveEnd"_s).toString() == u"2017-03-31"_s);
    const QJsonArray history = a.value(u"history"_s).toArray();
    REQUIRE(history.size() == 1);
    CHECK(history.at(0).toObject().value(u"kind"_s).toString() == u"extension"_s);
    CHECK(history.at(0).toObject().value(u"text"_s).toString().contains(u"agreed after 01/09/2015"_s));
    CHECK(keyDate(a, u"extended-end"_s) == u"2017-03-31"_s);
    CHECK(keyDate(a, u"latest-notice"_s) == u"2016-09-30"_s);

    // A stale version is a conflict (exit 3) and writes nothing.
    const auto stale = runCli({ u"agreement"_s, u"extend"_s, file, london, u"--agreed-on"_s, u"2016-01-10"_s,
        u"--new-end"_s, u"2018-03-31"_s, u"--by"_s, u"Both"_s, u"--expect-version"_s, u"1"_s });
    CHECK(stale.exitCode == 3);
    CHECK(agreement(file, london).value(u"history"_s).toArray().size() == 1);
}

TEST_CASE(
    "agreement notice: six months' notice ends the agreement; a second notice is refused", "[e2e][cli][agreement]")
{
    hubtest::TempDir tmp;
    const QString file = hubtest::initOffice(tmp, u"office.hubcase"_s);
    const QString london = u"london-core-principles"_s;
    const auto stranger = runCli({ u"agreement"_s, u"notice"_s, file, london, u"--party"_s, u"NHS Dudley CCG"_s,
        u"--given-on"_s, u"2015-10-01"_s });
    CHECK(stranger.exitCode != 0);
    CHECK(QString::fromUtf8(stranger.err).contains(u"not a party"_s));

    const auto r
        = runCli({ u"agreement"_s, u"notice"_s, file, london, u"--party"_s, u"nhs england london regional team"_s,
            u"--given-on"_s, u"2015-10-01"_s, u"--by"_s, u"Director of Primary Care"_s, u"--json"_s });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject a = r.json().object();
    CHECK(a.value(u"effectiveEnd"_s).toString() == u"2016-04-01"_s);
    const QJsonObject notice = a.value(u"history"_s).toArray().at(0).toObject();
    CHECK(notice.value(u"party"_s).toString() == u"NHS England London Regional Team"_s); // as the agreement spells it
    CHECK(notice.value(u"newEnd"_s).toString() == u"2016-04-01"_s);
    CHECK(keyDate(a, u"withdrawal"_s) == u"2016-04-01"_s);

    CHECK(runCli({ u"agreement"_s, u"notice"_s, file, london, u"--party"_s, u"London SPGs and CCGs' Committees"_s,
                     u"--given-on"_s, u"2015-11-01"_s })
              .exitCode
        != 0);
    // West Midlands sets no notice period.
    CHECK(runCli({ u"agreement"_s, u"notice"_s, file, u"west-midlands-hub"_s, u"--party"_s,
                     u"CCGs signed up to the MOU"_s, u"--given-on"_s, u"2016-01-04"_s })
              .exitCode
        != 0);
}

TEST_CASE("agreement confirm holds the London agreement's written confirmations", "[e2e][cli][agreement]")
{
    hubtest::TempDir tmp;
    const QString file = hubtest::initOffice(tmp, u"office.hubcase"_s);
    const auto r = runCli({ u"agreement"_s, u"confirm"_s, file, u"london-core-principles"_s, u"--party"_s,
        u"London SPGs and CCGs' Committees"_s, u"--date"_s, u"20/04/2015"_s, u"--by"_s, u"Committee chair"_s,
        u"--document"_s, u"Letter of 20 April 2015"_s, u"--json"_s });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonArray confirmations = r.json().object().value(u"confirmations"_s).toArray();
    REQUIRE(confirmations.size() == 1);
    CHECK(confirmations.at(0).toObject().value(u"confirmedOn"_s).toString() == u"2015-04-20"_s);
    CHECK(confirmations.at(0).toObject().value(u"document"_s).toString() == u"Letter of 20 April 2015"_s);
    CHECK(runCli({ u"agreement"_s, u"confirm"_s, file, u"london-core-principles"_s, u"--party"_s, u"X"_s }).exitCode
        == 2);
    CHECK(runCli({ u"agreement"_s, u"show"_s, file, u"nope"_s }).exitCode == 4);
}

TEST_CASE("an information request's acknowledgement says when the information will be available", "[e2e][cli][cases]")
{
    hubtest::TempDir tmp;
    const QString file = hubtest::initOffice(tmp, u"office.hubcase"_s);
    const auto added = runCli({ u"case"_s, u"add"_s, file, u"--type"_s, u"information-request"_s, u"--ccg"_s, u"06A"_s,
        u"--received"_s, u"2016-02-01"_s, u"--title"_s, u"List sizes for Q3"_s });
    REQUIRE(added.exitCode == 0);
    const QString ref = QString::fromUtf8(added.out).trimmed();

    const auto without = runCli({ u"case"_s, u"event"_s, file, ref, u"acknowledged"_s, u"--date"_s, u"2016-02-03"_s });
    CHECK(without.exitCode != 0);
    CHECK(QString::fromUtf8(without.err).contains(u"available"_s));
    const auto before = runCli({ u"case"_s, u"event"_s, file, ref, u"acknowledged"_s, u"--date"_s, u"2016-02-03"_s,
        u"--available-by"_s, u"2016-02-02"_s });
    CHECK(before.exitCode != 0);

    const auto r = runCli({ u"case"_s, u"event"_s, file, ref, u"acknowledged"_s, u"--date"_s, u"2016-02-03"_s,
        u"--available-by"_s, u"19/02/2016"_s, u"--json"_s });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().object().value(u"available_by"_s).toString() == u"2016-02-19"_s);
    const auto shown = runCli({ u"case"_s, u"show"_s, file, ref, u"--json"_s });
    CHECK(shown.json().object().value(u"available_by"_s).toString() == u"2016-02-19"_s);

    // A provider query's acknowledgement takes no such date.
    const auto query = runCli({ u"case"_s, u"add"_s, file, u"--type"_s, u"provider-query"_s, u"--ccg"_s, u"06A"_s,
        u"--received"_s, u"2016-02-01"_s, u"--title"_s, u"Locum claim"_s });
    const QString queryRef = QString::fromUtf8(query.out).trimmed();
    CHECK(runCli({ u"case"_s, u"event"_s, file, queryRef, u"acknowledged"_s, u"--date"_s, u"2016-02-03"_s,
                     u"--available-by"_s, u"2016-02-19"_s })
              .exitCode
        != 0);
}
