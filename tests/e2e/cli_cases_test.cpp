// End to end through hubcase-cli: due, case add/event/edit/show/list and
// query-log, and several processes editing one case without losing an update.
#include "cli_runner.h"
#include "test_support.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <memory>

using hubtest::runCli;

namespace
{

using namespace Qt::StringLiterals;

QString plainFile(const hubtest::TempDir &tmp)
{
    return hubtest::initOffice(tmp, u"cases.hubcase"_s);
}

QString addCase(
    const QString &file, const QString &received = u"2016-02-01"_s, const QString &type = u"provider-query"_s)
{
    const auto r = runCli({ u"case"_s, u"add"_s, file, u"--type"_s, type, u"--ccg"_s, u"06A"_s, u"--received"_s,
        received, u"--title"_s, u"Locum reimbursement query"_s });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return QString::fromUtf8(r.out).trimmed();
}

QJsonObject show(const QString &file, const QString &ref, const QString &asOf = {})
{
    QStringList args { u"case"_s, u"show"_s, file, ref, u"--json"_s };
    if (!asOf.isEmpty())
        args << u"--as-of"_s << asOf;
    const auto r = runCli(args);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r.json().object();
}

} // namespace

TEST_CASE("due counts working days from the day after", "[e2e][cli][cases]")
{
    const auto r = runCli({ u"due"_s, u"--from"_s, u"18/12/2015"_s, u"--working-days"_s, u"5"_s });
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.trimmed() == "Tue 29/12/2015");
    const auto e = runCli({ u"due"_s, u"--from"_s, u"2015-12-18"_s, u"--working-days"_s, u"5"_s, u"--explain"_s });
    REQUIRE(e.exitCode == 0);
    CHECK(e.out.contains("Mon 28/12/2015: not counted (Bank holiday: Boxing Day (substitute day)"));
    const auto j = runCli({ u"due"_s, u"--from"_s, u"2016-03-23"_s, u"--working-days"_s, u"5"_s, u"--json"_s });
    REQUIRE(j.exitCode == 0);
    CHECK(j.json().object().value(u"due"_s).toString() == u"2016-04-01"_s);
    CHECK(j.json().object().value(u"explanation"_s).toArray().size() == 9);
    CHECK(runCli({ u"due"_s, u"--from"_s, u"nonsense"_s, u"--working-days"_s, u"5"_s }).exitCode == 2);
}

TEST_CASE("case add, event, show and list as documented", "[e2e][cli][cases]")
{
    hubtest::TempDir tmp;
    const QString file = plainFile(tmp);
    const QString ref = addCase(file);
    CHECK(ref == u"WMH-2016-00001"_s);

    const auto noExclusion = runCli({ u"case"_s, u"event"_s, file, ref, u"paused"_s, u"--date"_s, u"2016-02-03"_s });
    CHECK(noExclusion.exitCode == 1);
    CHECK(noExclusion.err.contains("further-investigation"));
    REQUIRE(runCli({ u"case"_s, u"event"_s, file, ref, u"paused"_s, u"--date"_s, u"2016-02-03"_s, u"--exclusion"_s,
                       u"further-investigation"_s, u"--note"_s, u"Awaiting DV"_s })
                .exitCode
        == 0);
    REQUIRE(runCli({ u"case"_s, u"event"_s, file, ref, u"resumed"_s, u"--date"_s, u"2016-02-15"_s }).exitCode == 0);

    const QJsonObject o = show(file, ref, u"2016-02-16"_s);
    CHECK(o.value(u"ref"_s).toString() == ref);
    CHECK(o.value(u"version"_s).toInt() == 3);
    CHECK(o.value(u"owner"_s).toString() == u"Hub"_s);
    CHECK(o.value(u"activity"_s).toString() == u"XII.5"_s);
    const QJsonObject ack = o.value(u"clocks"_s).toObject().value(u"acknowledge"_s).toObject();
    CHECK(ack.value(u"due"_s).toString() == u"2016-02-18"_s);
    CHECK(ack.value(u"state"_s).toString() == u"due-soon"_s);
    CHECK(ack.value(u"explanation"_s).toArray().size() > 5);
    CHECK(
        o.value(u"pauses"_s).toArray().at(0).toObject().value(u"exclusion"_s).toString() == u"further-investigation"_s);
    CHECK(o.value(u"pausedWorkingDays"_s).toInt() == 8);
    CHECK(o.value(u"timeline"_s).toArray().size() == 3);
    CHECK(o.value(u"standard"_s).toObject().value(u"updateRestartsClock"_s).toBool());

    addCase(file, u"2016-02-10"_s);
    const auto list = runCli({ u"case"_s, u"list"_s, file, u"--json"_s, u"--ccg"_s, u"06A"_s, u"--overdue"_s });
    REQUIRE(list.exitCode == 0);
    CHECK(list.json().array().size() == 2); // as of today both are long overdue
    const auto search = runCli({ u"case"_s, u"list"_s, file, u"--json"_s, u"--search"_s, u"locum reimb"_s });
    REQUIRE(search.exitCode == 0);
    CHECK(search.json().array().size() == 2);
    CHECK(runCli({ u"case"_s, u"show"_s, file, u"WMH-2016-00077"_s, u"--json"_s }).exitCode == 4);
}

TEST_CASE("case edit refuses a stale version with exit code 3", "[e2e][cli][cases]")
{
    hubtest::TempDir tmp;
    const QString file = plainFile(tmp);
    const QString ref = addCase(file);
    const auto first
        = runCli({ u"case"_s, u"edit"_s, file, ref, u"title=Locum query (Dr Shah)"_s, u"--expect-version"_s, u"1"_s });
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    const auto stale = runCli({ u"case"_s, u"edit"_s, file, ref, u"priority=high"_s, u"--expect-version"_s, u"1"_s });
    CHECK(stale.exitCode == 3);
    CHECK(stale.err.contains("Changed by"));
    CHECK(show(file, ref).value(u"priority"_s).toString() == u"normal"_s);
    CHECK(runCli({ u"case"_s, u"edit"_s, file, ref, u"status=closed"_s, u"--expect-version"_s, u"2"_s }).exitCode == 1);
    CHECK(runCli({ u"case"_s, u"edit"_s, file, ref, u"priority=high"_s }).exitCode == 2);
}

TEST_CASE("Several processes editing one case lose no update", "[e2e][cli][cases][concurrency]")
{
    hubtest::TempDir tmp;
    const QString file = plainFile(tmp);
    const QString ref = addCase(file);
    constexpr int kWorkers = 4;
    constexpr int kEditsEach = 4;

    // Each worker appends its own tags to the title by read (case show) then
    // write (case edit --expect-version), re-reading after exit code 3. All
    // workers read version 1 before any writes, so the first round must
    // conflict for all but one of them.
    struct Worker {
        int index = 0;
        int done = 0;
        int conflicts = 0;
        int busy = 0;
        bool reading = true;
        std::unique_ptr<QProcess> process;
    };
    std::vector<Worker> workers(kWorkers);
    const auto start = [&](Worker &w, const QStringList &args) {
        w.process = std::make_unique<QProcess>();
        w.process->setProgram(hubtest::binaryPath(u"app/hubcase-cli"_s));
        w.process->setArguments(args);
        w.process->start();
        REQUIRE(w.process->waitForStarted());
    };
    const auto startRead = [&](Worker &w) {
        w.reading = true;
        start(w, { u"case"_s, u"show"_s, file, ref, u"--json"_s });
    };
    for (int i = 0; i < kWorkers; ++i) {
        workers[size_t(i)].index = i;
        startRead(workers[size_t(i)]);
    }
    for (Worker &w : workers)
        REQUIRE(w.process->waitForFinished(120000));

    const auto startWrite = [&](Worker &w) {
        const QJsonObject o = QJsonDocument::fromJson(w.process->readAllStandardOutput()).object();
        REQUIRE(o.contains(u"version"_s));
        const QString title = o.value(u"title"_s).toString() + u" w%1.%2"_s.arg(w.index).arg(w.done);
        w.reading = false;
        start(w,
            { u"case"_s, u"edit"_s, file, ref, u"title="_s + title, u"--expect-version"_s,
                QString::number(o.value(u"version"_s).toInt()) });
    };
    for (Worker &w : workers)
        startWrite(w);

    int running = kWorkers;
    while (running > 0) {
        for (Worker &w : workers) {
            if (!w.process || !w.process->waitForFinished(20))
                continue; // still running (or finished for good): look at the next one
            const int code = w.process->exitCode();
            const QByteArray err = w.process->readAllStandardError();
            // "The office file is busy ... try again" (exit 1): nothing was
            // written, so the documented client behaviour is to start over.
            if (code == 1 && err.contains("busy")) {
                ++w.busy;
                startRead(w);
                continue;
            }
            if (w.reading) {
                INFO(err.toStdString());
                REQUIRE(code == 0);
                startWrite(w);
                continue;
            }
            INFO(err.toStdString());
            REQUIRE((code == 0 || code == 3));
            if (code == 3)
                ++w.conflicts;
            else
                ++w.done;
            if (w.done == kEditsEach) {
                w.process.reset();
                --running;
            } else {
                startRead(w);
            }
        }
    }

    const QJsonObject final = show(file, ref);
    const QString title = final.value(u"title"_s).toString();
    INFO(title.toStdString());
    for (int i = 0; i < kWorkers; ++i) {
        for (int k = 0; k < kEditsEach; ++k)
            CHECK(title.contains(u" w%1.%2"_s.arg(i).arg(k)));
    }
    CHECK(final.value(u"version"_s).toInt() == 1 + kWorkers * kEditsEach);
    int conflicts = 0;
    int busy = 0;
    for (const Worker &w : workers) {
        conflicts += w.conflicts;
        busy += w.busy;
    }
    INFO("conflicts " << conflicts << ", busy retries " << busy);
    CHECK(conflicts >= kWorkers - 1);
}

TEST_CASE("query-log writes CSV, XLSX and PDF", "[e2e][cli][cases][querylog]")
{
    hubtest::TempDir tmp;
    const QString file = plainFile(tmp);
    const QString ref = addCase(file);
    REQUIRE(
        runCli({ u"case"_s, u"event"_s, file, ref, u"acknowledged"_s, u"--date"_s, u"2016-02-03"_s }).exitCode == 0);
    addCase(file, u"2016-02-05"_s);
    const QString csv = tmp.path(u"log.csv"_s);
    const QString xlsx = tmp.path(u"log.xlsx"_s);
    const QString pdf = tmp.path(u"log.pdf"_s);
    const auto r = runCli({ u"query-log"_s, file, u"--ccg"_s, u"06A"_s, u"--month"_s, u"2016-02"_s, u"--csv"_s, csv,
        u"--xlsx"_s, xlsx, u"--pdf"_s, pdf, u"--json"_s });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = r.json().object();
    CHECK(o.value(u"received"_s).toInt() == 2);
    CHECK(o.value(u"acknowledged"_s).toInt() == 1);
    CHECK(o.value(u"acknowledgeMeasured"_s).toInt() == 2);
    CHECK(o.value(u"acknowledgeCompliance"_s).toDouble() == Approx(50.0));

    QFile c(csv);
    REQUIRE(c.open(QIODevice::ReadOnly));
    const QByteArray bytes = c.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.contains("Received,2\r\n"));
    CHECK(bytes.contains("within standard,WMH-2016-00001,provider-query,"));
    CHECK(bytes.contains(",01/02/2016,08/02/2016,03/02/2016,Met,"));

    QFile x(xlsx);
    REQUIRE(x.open(QIODevice::ReadOnly));
    CHECK(x.read(2) == "PK");
    QProcess unzip;
    unzip.start(u"unzip"_s, { u"-p"_s, xlsx, u"xl/worksheets/sheet1.xml"_s });
    if (unzip.waitForStarted() && unzip.waitForFinished(60000) && unzip.exitCode() == 0) {
        const QByteArray sheet = unzip.readAllStandardOutput();
        // Counts and dates are numbers (no t="s"): received 2 in B3, received date 42401 = 01/02/2016.
        CHECK(sheet.contains("<c r=\"B3\" s=\"0\"><v>2</v></c>") | sheet.contains("<c r=\"B3\"><v>2</v></c>"));
        CHECK(sheet.contains("<v>42401</v>"));
        CHECK(sheet.contains("<v>0.5</v>")); // 50% as a real percentage
    } else {
        WARN("unzip not available: checked the zip signature only");
    }

    QFile p(pdf);
    REQUIRE(p.open(QIODevice::ReadOnly));
    CHECK(p.read(5) == "%PDF-");
    CHECK(runCli({ u"query-log"_s, file, u"--ccg"_s, u"06A"_s, u"--month"_s, u"2016-13"_s, u"--csv"_s, csv }).exitCode
        == 2);
}

TEST_CASE("case letter writes an acknowledgement letter PDF", "[e2e][cli][cases]")
{
    hubtest::TempDir tmp;
    const QString file = plainFile(tmp);
    const QString ref = addCase(file);
    const QString pdf = tmp.path(u"ack.pdf"_s);
    const auto r = runCli(
        { u"case"_s, u"letter"_s, file, ref, u"--template"_s, u"acknowledgement"_s, u"--pdf"_s, pdf, u"--json"_s });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().object().value(u"unknownFields"_s).toArray().isEmpty());
    QFile p(pdf);
    REQUIRE(p.open(QIODevice::ReadOnly));
    CHECK(p.read(5) == "%PDF-");
}

// Issue 9 item 2 and issue 10 items 6-7: the case JSON lists every field of
// the field table by its code, the requester's contact fields go in with
// `case add` and `case edit`, and `case event closed` asks for the outcome.
using namespace Qt::StringLiterals;

TEST_CASE("case JSON lists every field by code; requester fields and closure outcomes", "[e2e][cli][cases]")
{
    hubtest::TempDir tmp;
    const QString file = plainFile(tmp);
    const auto added = runCli({ u"case"_s, u"add"_s, file, u"--type"_s, u"provider-query"_s, u"--ccg"_s, u"06A"_s,
        u"--received"_s, u"2016-02-01"_s, u"--title"_s, u"Locum reimbursement query"_s, u"--requester-name"_s,
        u"Dr A Patel"_s, u"--requester-organisation"_s, u"Penn Surgery"_s, u"--requester-email"_s, u"a.patel@nhs.net"_s,
        u"--json"_s });
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const QJsonObject o = added.json().object();
    const QString ref = o.value(u"ref"_s).toString();
    const QJsonObject fields = o.value(u"fields"_s).toObject();
    for (const char *code : { "title", "description", "officer", "priority", "type", "practice_ods", "activity_key",
             "stage", "received_on", "requester_name", "requester_organisation", "requester_email", "requester_phone" })
        CHECK(fields.contains(QString::fromLatin1(code)));
    CHECK(fields.value(u"requester_name"_s).toString() == u"Dr A Patel"_s);
    CHECK(fields.value(u"requester_organisation"_s).toString() == u"Penn Surgery"_s);
    CHECK(fields.value(u"received_on"_s).toString() == u"2016-02-01"_s);
    CHECK(fields.value(u"stage"_s).toInt() == 0);
    CHECK(o.value(u"closure"_s).isNull());

    // A bad address: refused, nothing written.
    CHECK(runCli({ u"case"_s, u"add"_s, file, u"--type"_s, u"provider-query"_s, u"--ccg"_s, u"06A"_s, u"--received"_s,
                     u"2016-02-01"_s, u"--title"_s, u"x"_s, u"--requester-email"_s, u"nope"_s })
              .exitCode
        == 1);

    const auto edited = runCli({ u"case"_s, u"edit"_s, file, ref, u"requester_phone=01902 444000"_s,
        u"--expect-version"_s, u"1"_s, u"--json"_s });
    INFO(edited.err.toStdString());
    REQUIRE(edited.exitCode == 0);
    CHECK(edited.json().object().value(u"fields"_s).toObject().value(u"requester_phone"_s).toString()
        == u"01902 444000"_s);

    // Closing asks what came of it, and for a provider query whether the response was full.
    const auto bare = runCli({ u"case"_s, u"event"_s, file, ref, u"closed"_s, u"--date"_s, u"2016-02-10"_s });
    CHECK(bare.exitCode == 1);
    CHECK(bare.err.contains("outcome"));
    const auto noAnswer = runCli({ u"case"_s, u"event"_s, file, ref, u"closed"_s, u"--date"_s, u"2016-02-10"_s,
        u"--outcome"_s, u"Reimbursed"_s });
    CHECK(noAnswer.exitCode == 1);
    CHECK(noAnswer.err.contains("full response"));
    CHECK(runCli({ u"case"_s, u"event"_s, file, ref, u"closed"_s, u"--date"_s, u"2016-02-10"_s, u"--outcome"_s, u"x"_s,
                     u"--full-response"_s, u"maybe"_s })
              .exitCode
        == 2);
    const auto closed = runCli({ u"case"_s, u"event"_s, file, ref, u"closed"_s, u"--date"_s, u"2016-02-10"_s,
        u"--outcome"_s, u"Locum costs reimbursed"_s, u"--full-response"_s, u"yes"_s, u"--json"_s });
    INFO(closed.err.toStdString());
    REQUIRE(closed.exitCode == 0);
    const QJsonObject c = closed.json().object();
    CHECK(c.value(u"status"_s).toString() == u"closed"_s);
    const QJsonObject closure = c.value(u"closure"_s).toObject();
    CHECK(closure.value(u"date"_s).toString() == u"2016-02-10"_s);
    CHECK(closure.value(u"outcome"_s).toString() == u"Locum costs reimbursed"_s);
    CHECK(closure.value(u"fullResponse"_s).toBool());
    const QJsonObject last = c.value(u"timeline"_s).toArray().last().toObject();
    CHECK(last.value(u"kind"_s).toString() == u"closed"_s);
    CHECK(last.value(u"outcome"_s).toString() == u"Locum costs reimbursed"_s);
    CHECK(last.value(u"fullResponse"_s).toBool());
    CHECK(show(file, ref).value(u"timeline"_s).toArray().first().toObject().value(u"fullResponse"_s).isNull());
}
