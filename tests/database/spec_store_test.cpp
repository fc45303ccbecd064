// Per-CCG specifications: created from the seed's markers, determined item
// by item, locked once agreed.
#include "test_support.h"

#include "core/catalogue/catalogue_json.h"
#include "database/office_file.h"
#include "database/specs/spec_repository.h"

using namespace hub;
using namespace hub::db;

TEST_CASE("A specification starts as a draft covering every determinable activity", "[database][spec]")
{
    hubtest::TempDir tmp;
    auto file = OfficeFile::create(tmp.path(QStringLiteral("s.hubcase")));
    REQUIRE(file.ok());
    const auto cat = loadBuiltInCatalogue();
    REQUIRE(cat.ok());
    SpecRepository repo(*file.value());
    const auto spec = repo.loadOrCreate(QStringLiteral("06A"));
    INFO((spec ? QString() : spec.error().describe()).toStdString());
    REQUIRE(spec.ok());
    CHECK(spec->status == SpecStatus::Draft);
    CHECK(spec->items.size() == determinableActivities(cat.value()).size());
    CHECK(spec->directorName == QStringLiteral("David Williams"));
    // Loading again creates nothing new.
    const auto again = repo.loadOrCreate(QStringLiteral("06A"));
    CHECK(again->meta.version == spec->meta.version);
    CHECK(again->items.size() == spec->items.size());
}

TEST_CASE("Determinations are saved, refused when stale, and locked once agreed", "[database][spec]")
{
    hubtest::TempDir tmp;
    auto file = OfficeFile::create(tmp.path(QStringLiteral("s.hubcase")));
    REQUIRE(file.ok());
    SpecRepository repo(*file.value());
    auto spec = repo.loadOrCreate(QStringLiteral("05A")).value();
    REQUIRE_FALSE(spec.items.isEmpty());
    const SpecItem item = spec.items.first();

    REQUIRE(repo.setDetermination(spec, item.activityKey, Determination::CcgDelivers,
                    QStringLiteral("CCG team does this"), item.meta.version)
                .ok());
    const Status stale
        = repo.setDetermination(spec, item.activityKey, Determination::HubDelivers, {}, item.meta.version);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == ErrorCode::Conflict);

    spec = repo.loadOrCreate(QStringLiteral("05A")).value();
    CHECK(spec.item(item.activityKey)->determination == Determination::CcgDelivers);
    CHECK(spec.item(item.activityKey)->note == QStringLiteral("CCG team does this"));

    const Status early = repo.setStatus(QStringLiteral("05A"), SpecStatus::Agreed, spec.meta.version);
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().message.contains(QStringLiteral("CCG lead's name")));

    REQUIRE(repo.updateHeader(spec.meta.id, spec.meta.version,
                    { { QStringLiteral("ccg_lead_name"), QStringLiteral("Dr Jane Smith") },
                        { QStringLiteral("ccg_lead_signed_on"), QStringLiteral("30/11/2015") },
                        { QStringLiteral("director_signed_on"), QStringLiteral("01/12/2015") } })
                .ok());
    spec = repo.loadOrCreate(QStringLiteral("05A")).value();
    CHECK(spec.ccgLeadSignedOn == QDate(2015, 11, 30));
    REQUIRE(repo.setStatus(QStringLiteral("05A"), SpecStatus::Agreed, spec.meta.version).ok());
    spec = repo.loadOrCreate(QStringLiteral("05A")).value();
    CHECK(spec.status == SpecStatus::Agreed);

    const SpecItem now = *spec.item(item.activityKey);
    const Status locked
        = repo.setDetermination(spec, item.activityKey, Determination::HubDelivers, {}, now.meta.version);
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().code == ErrorCode::Permission);
}
