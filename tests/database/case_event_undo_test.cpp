// CaseRepository::removeEvent: the undo of adding an event is a tombstone,
// the stored clock dates and status follow, stale versions are refused.
#include "test_support.h"

#include "database/cases/case_repository.h"
#include "database/office_file.h"

using namespace hub;
using namespace hub::db;

namespace
{

const auto d = hubtest::isoDate;

template <typename T> T ok(const Result<T> &r)
{
    INFO((r ? QString() : r.error().describe()).toStdString());
    REQUIRE(r.ok());
    return r.value();
}

using hubtest::ev;

int liveEvents(OfficeFile &file, const QString &caseId, int *tombstones)
{
    Statement st = file.connection().prepare(QStringLiteral(
        "SELECT SUM(deleted_at IS NULL), SUM(deleted_at IS NOT NULL) FROM case_event WHERE case_id = ?1"));
    st.bind(1, caseId);
    st.step();
    *tombstones = st.integer(1);
    return st.integer(0);
}

} // namespace

TEST_CASE("Removing an added event restores the timeline, clocks and status", "[database][cases][undo]")
{
    hubtest::TempDir tmp;
    CreateOptions o;
    o.officeCode = QStringLiteral("WMH");
    auto created = OfficeFile::create(tmp.path(QStringLiteral("office.hubcase")), o);
    REQUIRE(created.ok());
    OfficeFile &file = *created.value();
    CaseRepository repo(file);
    NewCase c;
    c.type = CaseType::ProviderQuery;
    c.ccgCode = QStringLiteral("06A");
    c.received = d("2015-12-18");
    c.title = QStringLiteral("Locum reimbursement query");
    const CaseDetail fresh = ok(repo.add(c));
    const QString ref = fresh.row.ref;

    QString pauseId;
    const CaseDetail paused = ok(
        repo.addEvent(ref, ev(CaseEventKind::Paused, "2015-12-21", "further-investigation", "DV asked"), &pauseId));
    REQUIRE_FALSE(pauseId.isEmpty());
    CHECK(paused.row.paused);
    CHECK(paused.row.status == QStringLiteral("paused"));
    CHECK_FALSE(paused.row.acknowledgeDue.isValid());

    SECTION("the pause goes, as a tombstone, and the clock dates come back")
    {
        const CaseDetail back = ok(repo.removeEvent(ref, pauseId, paused.row.version));
        CHECK_FALSE(back.row.paused);
        CHECK(back.row.status == QStringLiteral("open"));
        CHECK(back.row.acknowledgeDue == fresh.row.acknowledgeDue);
        CHECK(back.row.responseDue == fresh.row.responseDue);
        CHECK(back.timeline.size() == 1);
        CHECK(back.row.version > paused.row.version);
        int tombstones = 0;
        CHECK(liveEvents(file, back.row.id, &tombstones) == 1);
        CHECK(tombstones == 1);
        // Removing it again finds nothing.
        const auto again = repo.removeEvent(ref, pauseId, back.row.version);
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().code == ErrorCode::NotFound);
    }

    SECTION("a stale version is refused with who changed it, and nothing is removed")
    {
        ok(repo.edit(ref, paused.row.version, { { QStringLiteral("title"), QStringLiteral("Changed elsewhere") } }));
        const auto stale = repo.removeEvent(ref, pauseId, paused.row.version);
        REQUIRE_FALSE(stale.ok());
        CHECK(stale.error().code == ErrorCode::Conflict);
        CHECK(stale.error().current.value(QStringLiteral("row_version")).toLongLong() > paused.row.version);
        CHECK(ok(repo.get(ref)).row.paused);
    }

    SECTION("a resumed pause cannot go before its resume; received cannot go at all")
    {
        QString resumeId;
        const CaseDetail resumed = ok(repo.addEvent(ref, ev(CaseEventKind::Resumed, "2015-12-23"), &resumeId));
        const auto early = repo.removeEvent(ref, pauseId, resumed.row.version);
        REQUIRE_FALSE(early.ok());
        CHECK(early.error().code == ErrorCode::Invalid);
        QString receivedId;
        for (const CaseEvent &e : resumed.timeline) {
            if (e.kind == CaseEventKind::Received)
                receivedId = e.meta.id;
        }
        const auto received = repo.removeEvent(ref, receivedId, resumed.row.version);
        REQUIRE_FALSE(received.ok());
        CHECK(received.error().code == ErrorCode::Invalid);
        // Resume first, then the pause: back to where it started.
        const CaseDetail r1 = ok(repo.removeEvent(ref, resumeId, resumed.row.version));
        CHECK(r1.row.paused);
        const CaseDetail r2 = ok(repo.removeEvent(ref, pauseId, r1.row.version));
        CHECK(r2.row.acknowledgeDue == fresh.row.acknowledgeDue);
        CHECK(r2.clocks.pauses.isEmpty());
    }
}
