// The built-in MoU catalogue survives the trip into an office file intact,
// with the same keys in every office.
#include "test_support.h"

#include "core/catalogue/catalogue_json.h"
#include "database/catalogue/catalogue_repository.h"
#include "database/office_file.h"

using namespace hub;
using namespace hub::db;

TEST_CASE("Every catalogue entry is stored and read back unchanged", "[database][catalogue]")
{
    const auto builtIn = loadBuiltInCatalogue();
    REQUIRE(builtIn.ok());
    hubtest::TempDir tmp;
    auto file = OfficeFile::create(tmp.path(QStringLiteral("c.hubcase")));
    REQUIRE(file.ok());
    const auto stored = CatalogueRepository(*file.value()).load();
    REQUIRE(stored.ok());

    REQUIRE(stored->functions.size() == builtIn->functions.size());
    CHECK(stored->activityCount() == builtIn->activityCount());
    for (int f = 0; f < builtIn->functions.size(); ++f) {
        const auto &want = builtIn->functions[f];
        const auto &got = stored->functions[f];
        CHECK(got.numeral == want.numeral);
        REQUIRE(got.activities.size() == want.activities.size());
        for (int a = 0; a < want.activities.size(); ++a) {
            INFO(want.activities[a].key.toStdString());
            CHECK(got.activities[a].text == want.activities[a].text);
            CHECK(got.activities[a].ccgRole == want.activities[a].ccgRole);
            CHECK(got.activities[a].hubMarker() == want.activities[a].hubMarker());
            CHECK(got.activities[a].meta.version == 1);
        }
    }
    CHECK(stored->ccgs.size() == 14);
    CHECK(stored->agreements.size() == builtIn->agreements.size());
    CHECK(stored->standards.size() == 4);
    CHECK(stored->financeServices.size() == builtIn->financeServices.size());
    CHECK(stored->reporting.size() == 4);
    CHECK(stored->committeeStandards == builtIn->committeeStandards);
    CHECK(stored->panelRules.size() == builtIn->panelRules.size());
}

TEST_CASE("Two offices seeded separately hold the same catalogue keys", "[database][catalogue][sync]")
{
    hubtest::TempDir tmp;
    CreateOptions a, b;
    a.officeCode = QStringLiteral("WOL");
    b.officeCode = QStringLiteral("COV");
    auto one = OfficeFile::create(tmp.path(QStringLiteral("wol.hubcase")), a);
    auto two = OfficeFile::create(tmp.path(QStringLiteral("cov.hubcase")), b);
    REQUIRE(one.ok());
    REQUIRE(two.ok());
    CHECK(one.value()->officeId() != two.value()->officeId());
    const auto c1 = CatalogueRepository(*one.value()).load();
    const auto c2 = CatalogueRepository(*two.value()).load();
    CHECK(c1->functions.first().activities.first().meta.id == c2->functions.first().activities.first().meta.id);
    CHECK(c1->ccgs.first().meta.id == c2->ccgs.first().meta.id);
}

TEST_CASE("Seeding again changes nothing", "[database][catalogue]")
{
    hubtest::TempDir tmp;
    auto file = OfficeFile::create(tmp.path(QStringLiteral("s.hubcase")));
    REQUIRE(file.ok());
    CatalogueRepository repo(*file.value());
    REQUIRE(repo.seedBuiltIn().ok());
    const auto cat = repo.load();
    CHECK(cat->functions.first().meta.version == 1);
    CHECK(cat->ccgs.first().meta.version == 1);
}
