// Optimistic concurrency and tombstones through the one write path.
#include "test_support.h"

#include "database/catalogue/catalogue_repository.h"
#include "database/ccgs/ccg_repository.h"
#include "database/office_file.h"

using namespace hub;
using namespace hub::db;

TEST_CASE("A stale update is refused with who changed the record and its current values", "[database][concurrency]")
{
    hubtest::TempDir tmp;
    const QString path = tmp.path(QStringLiteral("office.hubcase"));
    REQUIRE(OfficeFile::create(path).ok());
    auto alice = OfficeFile::open(path);
    auto bob = OfficeFile::open(path);
    REQUIRE(alice.ok());
    REQUIRE(bob.ok());
    alice.value()->setUser(QStringLiteral("alice"));
    bob.value()->setUser(QStringLiteral("bob"));

    CcgRepository aliceCcgs(*alice.value());
    CcgRepository bobCcgs(*bob.value());
    const auto seenByBoth = aliceCcgs.list();
    REQUIRE(seenByBoth.ok());
    const Ccg wolves = *seenByBoth.value().cbegin();
    const QString lead = QStringLiteral("ccg_lead");

    REQUIRE(aliceCcgs.update(wolves.code, wolves.meta.version, { { lead, QStringLiteral("Alice's choice") } }).ok());
    const Status second
        = bobCcgs.update(wolves.code, wolves.meta.version, { { lead, QStringLiteral("Bob's choice") } });
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().code == ErrorCode::Conflict);
    CHECK(second.error().message.contains(QStringLiteral("alice")));
    CHECK(second.error().current.value(QStringLiteral("updated_by")).toString() == QStringLiteral("alice"));
    CHECK(second.error().current.value(QStringLiteral("ccg_lead")).toString() == QStringLiteral("Alice's choice"));
    CHECK(second.error().current.value(QStringLiteral("row_version")).toLongLong() == wolves.meta.version + 1);

    // Bob chooses to apply his edit on top of the version he has now seen.
    const auto fresh = bobCcgs.list();
    REQUIRE(fresh.ok());
    REQUIRE(
        bobCcgs.update(wolves.code, fresh->cbegin()->meta.version, { { lead, QStringLiteral("Bob's choice") } }).ok());
    const auto after = aliceCcgs.list();
    CHECK(after->cbegin()->ccgLead == QStringLiteral("Bob's choice"));
    CHECK(after->cbegin()->meta.updatedBy == QStringLiteral("bob"));
}

TEST_CASE("Edits are validated before anything is written", "[database][validation]")
{
    hubtest::TempDir tmp;
    auto file = OfficeFile::create(tmp.path(QStringLiteral("v.hubcase")));
    REQUIRE(file.ok());
    CatalogueRepository repo(*file.value());
    const auto cat = repo.load();
    REQUIRE(cat.ok());
    const Activity &a = cat->functions.first().activities.first();
    SECTION("an unknown hub role")
    {
        const Status s = repo.updateActivity(
            a.meta.id, a.meta.version, { { QStringLiteral("hub_role"), QStringLiteral("MAYBE") } });
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().field == QStringLiteral("hub_role"));
    }
    SECTION("a field that cannot be edited")
    {
        const Status s
            = repo.updateActivity(a.meta.id, a.meta.version, { { QStringLiteral("key"), QStringLiteral("Z.1") } });
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().field == QStringLiteral("key"));
    }
    SECTION("a bad date on an agreement")
    {
        const Agreement &ag = cat->agreements.first();
        const Status s = repo.updateAgreement(
            ag.meta.id, ag.meta.version, { { QStringLiteral("period_end"), QStringLiteral("31/02/2016") } });
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().field == QStringLiteral("period_end"));
    }
    const auto again = repo.load();
    CHECK(again->functions.first().activities.first().meta.version == a.meta.version);
}

TEST_CASE("Agreement edits round-trip with en_GB dates", "[database][catalogue]")
{
    hubtest::TempDir tmp;
    auto file = OfficeFile::create(tmp.path(QStringLiteral("a.hubcase")));
    REQUIRE(file.ok());
    CatalogueRepository repo(*file.value());
    const auto cat = repo.load();
    REQUIRE(cat.ok());
    const Agreement *london = nullptr;
    for (const Agreement &ag : cat->agreements)
        if (ag.key == QStringLiteral("london-core-principles"))
            london = &ag;
    REQUIRE(london);
    REQUIRE(repo.updateAgreement(london->meta.id, london->meta.version,
                    { { QStringLiteral("period_end"), QStringLiteral("31/03/2017") } })
                .ok());
    const auto after = repo.load();
    for (const Agreement &ag : after->agreements)
        if (ag.key == london->key)
            CHECK(ag.periodEnd == QDate(2017, 3, 31));
}
