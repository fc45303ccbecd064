// Office closure days: they move the due dates of open cases (stored and
// computed), are explained, and can be removed again.
#include "test_support.h"

#include "database/cases/case_repository.h"
#include "database/cases/closure_repository.h"
#include "database/cases/query_log_repository.h"
#include "database/office_file.h"

using namespace hub;
using namespace hub::db;

namespace
{

const auto d = hubtest::isoDate;

using hubtest::ev;

} // namespace

TEST_CASE("A closure day moves the due dates of open cases", "[database][cases][closure]")
{
    hubtest::TempDir tmp;
    auto file = OfficeFile::create(tmp.path(QStringLiteral("c.hubcase")));
    REQUIRE(file.ok());
    OfficeFile &f = *file.value();
    CaseRepository cases(f);
    NewCase c;
    c.ccgCode = QStringLiteral("06A");
    c.received = d("2016-02-01");
    c.title = QStringLiteral("Query");
    const QString ref = cases.add(c)->row.ref;
    c.title = QStringLiteral("Closed one");
    const QString closedRef = cases.add(c)->row.ref;
    REQUIRE(cases.addEvent(closedRef, ev(CaseEventKind::Closed, "2016-02-02")).ok());
    CHECK(cases.get(ref)->clocks.acknowledge.due == d("2016-02-08"));

    ClosureRepository closures(f);
    REQUIRE(closures.add(d("2016-02-03"), QStringLiteral("Staff training")).ok());
    const auto after = cases.get(ref);
    CHECK(after->clocks.acknowledge.due == d("2016-02-09"));
    CHECK(after->row.acknowledgeDue == d("2016-02-09")); // the stored date moved too
    INFO(after->clocks.acknowledge.explanation.join(QLatin1Char('\n')).toStdString());
    CHECK(after->clocks.acknowledge.explanation.join(QLatin1Char('\n'))
              .contains(QStringLiteral("Office closed: Staff training")));
    CHECK(cases.get(closedRef)->row.version == 2); // closed cases are not touched

    CHECK(closures.add(d("2016-02-03"), QStringLiteral("again")).error().code == ErrorCode::Invalid);
    CHECK(closures.add(d("2016-02-06"), QStringLiteral("Saturday")).error().code == ErrorCode::Invalid);
    CHECK(closures.add(d("2016-03-25"), QStringLiteral("Good Friday")).error().code == ErrorCode::Invalid);
    CHECK(closures.add(d("2016-02-04"), QString()).error().code == ErrorCode::Invalid);

    const auto list = closures.list();
    REQUIRE(list->size() == 1);
    REQUIRE(closures.remove(d("2016-02-03"), list->first().meta.version + 1).error().code == ErrorCode::Conflict);
    REQUIRE(closures.remove(d("2016-02-03"), list->first().meta.version).ok());
    CHECK(closures.list()->isEmpty());
    CHECK(cases.get(ref)->row.acknowledgeDue == d("2016-02-08"));
    // Re-adding a removed day revives it.
    REQUIRE(closures.add(d("2016-02-03"), QStringLiteral("Training, rearranged")).ok());
    CHECK(closures.list()->first().closure.reason == QStringLiteral("Training, rearranged"));
}

TEST_CASE("The query log from the office file", "[database][cases][querylog]")
{
    hubtest::TempDir tmp;
    auto file = OfficeFile::create(tmp.path(QStringLiteral("q.hubcase")));
    REQUIRE(file.ok());
    OfficeFile &f = *file.value();
    CaseRepository cases(f);
    const auto add = [&](CaseType type, const char *received, const char *ccg = "06A") {
        NewCase c;
        c.type = type;
        c.ccgCode = QString::fromLatin1(ccg);
        c.received = d(received);
        c.title = QStringLiteral("Case");
        const auto r = cases.add(c);
        REQUIRE(r.ok());
        return r->row.ref;
    };
    const QString onTime = add(CaseType::ProviderQuery, "2016-02-01");
    REQUIRE(cases.addEvent(onTime, ev(CaseEventKind::Acknowledged, "2016-02-02")).ok());
    REQUIRE(cases.addEvent(onTime, ev(CaseEventKind::Responded, "2016-02-10")).ok());
    const QString late = add(CaseType::PaymentQuery, "2016-02-01");
    REQUIRE(cases.addEvent(late, ev(CaseEventKind::Acknowledged, "2016-02-12")).ok());
    const QString excluded = add(CaseType::VariationRoutine, "2016-02-15");
    REQUIRE(cases.addEvent(excluded, ev(CaseEventKind::Paused, "2016-02-16", "outside-responsibility", "Public health"))
                .ok());
    add(CaseType::PracticeMerger, "2016-02-01"); // reports standard: not a query
    add(CaseType::InformationRequest, "2016-02-01"); // data standard: not a query
    add(CaseType::ProviderQuery, "2016-02-01", "05A"); // another CCG
    add(CaseType::ProviderQuery, "2016-03-01"); // another month

    const auto log = QueryLogRepository(f).build(QStringLiteral("06A"), 2016, 2);
    INFO((log ? QString() : log.error().describe()).toStdString());
    REQUIRE(log.ok());
    CHECK(log->ccgName == QStringLiteral("NHS Wolverhampton CCG"));
    CHECK(log->totals.received == 3);
    CHECK(log->totals.acknowledged == 2); // the excluded one was paused before any acknowledgement
    CHECK(log->totals.responded == 1);
    CHECK(log->totals.excluded == 1);
    CHECK(log->totals.acknowledgeMeasured == 2);
    CHECK(log->totals.acknowledgeInTime == 1);
    CHECK(log->totals.acknowledgeCompliance() == Approx(50.0));
    // The late one's response is due on 29/2, the log date itself: not decided yet.
    CHECK(log->totals.responseMeasured == 1);
    CHECK(log->totals.responseInTime == 1);
    REQUIRE(log->excludedLines.size() == 1);
    CHECK(log->excludedLines[0].ref == excluded);
    CHECK(QueryLogRepository(f).build(QStringLiteral("99Z"), 2016, 2).error().code == ErrorCode::NotFound);
}
