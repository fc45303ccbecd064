// Office closure days: reason edits are versioned, removing an unknown day
// is NotFound, and the calendar built from the file knows the closures.
#include "test_support.h"

#include "database/cases/closure_repository.h"
#include "database/office_file.h"

using namespace hub;
using namespace hub::db;

TEST_CASE("A closure day's reason is edited against its version", "[database][cases][closure]")
{
    hubtest::TempDir tmp;
    auto file = OfficeFile::create(tmp.path(QStringLiteral("r.hubcase")));
    REQUIRE(file.ok());
    ClosureRepository closures(*file.value());
    const QDate day = hubtest::isoDate("2026-06-29");
    REQUIRE(closures.add(day, QStringLiteral("  Staff training  ")).ok());
    auto list = closures.list();
    REQUIRE(list->size() == 1);
    CHECK(list->first().closure.reason == QStringLiteral("Staff training")); // trimmed
    CHECK(list->first().meta.id == closureId(day));
    const auto v = list->first().meta.version;

    CHECK(closures.updateReason(day, v, QStringLiteral(" ")).error().code == ErrorCode::Invalid);
    REQUIRE(closures.updateReason(day, v, QStringLiteral("Whole-team training")).ok());
    const Status stale = closures.updateReason(day, v, QStringLiteral("Mine"));
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == ErrorCode::Conflict);
    CHECK(closures.list()->first().closure.reason == QStringLiteral("Whole-team training"));
    CHECK(closures.list()->first().meta.version == v + 1);

    const auto cal = closures.calendar();
    REQUIRE(cal.ok());
    CHECK_FALSE(cal->isWorkingDay(day));
    CHECK(cal->reasonNotWorking(day) == QStringLiteral("Office closed: Whole-team training"));

    CHECK(closures.remove(hubtest::isoDate("2026-06-30"), 1).error().code == ErrorCode::NotFound);
    REQUIRE(closures.remove(day, v + 1).ok());
    CHECK(closures.remove(day, v + 2).error().code == ErrorCode::NotFound); // already removed
    CHECK(closures.calendar()->isWorkingDay(day));
}
