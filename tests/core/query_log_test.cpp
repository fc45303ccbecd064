// The monthly query log: counts, compliance over decided clocks, and
// excluded cases listed separately.
#include "test_support.h"

#include "core/cases/query_log.h"
#include "core/cases/query_log_csv.h"
#include "core/catalogue/catalogue_json.h"

using namespace hub;

namespace
{

const auto d = hubtest::isoDate;

CaseEvent ev(CaseEventKind kind, const char *on, const char *exclusion = "")
{
    CaseEvent e;
    e.kind = kind;
    e.on = d(on);
    e.exclusionCode = QString::fromLatin1(exclusion);
    return e;
}

QueryLogInput q(const char *ref, const char *received, QVector<CaseEvent> events)
{
    QueryLogInput in;
    in.ref = QString::fromLatin1(ref);
    in.typeCode = QStringLiteral("provider-query");
    in.title = QStringLiteral("=HYPERLINK(\"x\")");
    in.received = d(received);
    in.events = std::move(events);
    return in;
}

} // namespace

TEST_CASE("Query log numbers for a month", "[cases][querylog]")
{
    auto cat = loadBuiltInCatalogue();
    REQUIRE(cat.ok());
    auto cal = WorkingCalendar::englandAndWales();
    REQUIRE(cal.ok());
    const QVector<QueryLogInput> cases {
        // On time both ways.
        q("A", "2016-02-01",
            { ev(CaseEventKind::Acknowledged, "2016-02-03"), ev(CaseEventKind::Responded, "2016-02-20") }),
        // Acknowledged late (due 8/2), answered in time (due 29/2).
        q("B", "2016-02-01",
            { ev(CaseEventKind::Acknowledged, "2016-02-09"), ev(CaseEventKind::Responded, "2016-02-26") }),
        // Never acknowledged: both breached by 31/3, open and overdue.
        q("C", "2016-02-02", {}),
        // Received at month end: acknowledgement not due until March.
        q("D", "2016-02-29", {}),
        // Excluded: paused under an exclusion.
        q("E", "2016-02-10",
            { ev(CaseEventKind::Acknowledged, "2016-02-11"),
                ev(CaseEventKind::Paused, "2016-02-12", "further-investigation") }),
        // Another month: not in the log.
        q("F", "2016-03-01", {}),
    };
    const QueryLog log = buildQueryLog(QStringLiteral("06A"), QStringLiteral("NHS Wolverhampton CCG"), 2016, 2, cases,
        *cat->standard(QStringLiteral("queries")), cal.value());
    CHECK(log.asOf == d("2016-02-29"));
    const QueryLogTotals &t = log.totals;
    CHECK(t.received == 5);
    CHECK(t.acknowledged == 3);
    CHECK(t.responded == 2);
    CHECK(t.open == 3);
    CHECK(t.overdue == 1); // C's acknowledgement (due 9/2)
    CHECK(t.excluded == 1);
    REQUIRE(log.excludedLines.size() == 1);
    CHECK(log.excludedLines[0].ref == QStringLiteral("E"));
    CHECK(log.excludedLines[0].exclusions == QStringLiteral("further-investigation"));
    CHECK(log.lines.size() == 4);
    // Acknowledgement decided for A (met), B (late), C (breached); D still running.
    CHECK(t.acknowledgeMeasured == 3);
    CHECK(t.acknowledgeInTime == 1);
    CHECK(t.acknowledgeCompliance() == Approx(100.0 / 3));
    // Response decided for A and B (C's is due 1/3, after the log date).
    CHECK(t.responseMeasured == 2);
    CHECK(t.responseInTime == 2);
    CHECK(formatPercent(t.responseCompliance()) == QStringLiteral("100.0%"));
    CHECK(log.monthName() == QStringLiteral("February 2016"));

    const QByteArray csv = queryLogCsv(log);
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(csv.contains("\r\n"));
    CHECK(csv.contains("\"'=HYPERLINK(\"\"x\"\")\"")); // guarded and quoted
    CHECK(csv.contains("Acknowledged within 5 working days (%),33.3,1,3\r\n"));
}

TEST_CASE("a screen reads a running month as of today, a past month as of its last day", "[cases][querylog]")
{
    CHECK(queryLogClockDay(2017, 3, d("2017-03-15")) == d("2017-03-15"));
    CHECK(queryLogClockDay(2017, 2, d("2017-03-15")) == d("2017-02-28"));
    CHECK(queryLogClockDay(2017, 3, d("2017-03-31")) == d("2017-03-31"));
    CHECK(queryLogClockDay(2017, 4, d("2017-03-15")) == d("2017-04-30"));
    CHECK(queryLogClockDay(2017, 3, QDate()) == d("2017-03-31"));
}
