// Practice imports into the office file: idempotent, all-or-nothing, and
// never blanking what another source filled in.
#include "test_support.h"

#include "database/demo/demo_office.h"
#include "database/office_file.h"
#include "database/practices/practice_repository.h"

#include <QFile>
#include <QFileInfo>

using namespace hub;
using namespace hub::db;

namespace
{

QString writeFile(const hubtest::TempDir &tmp, const QString &name, const QByteArray &bytes)
{
    const QString path = tmp.path(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

const QByteArray kEpraccurRow = "\"M92001\",\"BILSTON HEALTH CENTRE\",\"Y60\",\"Q54\",\"BILSTON HEALTH "
                                "CENTRE\",\"PROUDS LANE\",\"BILSTON\",\"WEST MIDLANDS\",\"\",\"WV14 "
                                "6PW\",\"19740401\",\"\",\"A\",\"B\",\"06A\",\"20130401\",\"\",\"01902 "
                                "444000\",\"\",\"\",\"\",\"0\",\"\",\"06A\",\"\",\"4\",\"\"\r\n";

} // namespace

TEST_CASE("The demo office file holds the 687 West Midlands practices", "[database][practices]")
{
    hubtest::TempDir tmp;
    const auto demo = createDemoOffice(tmp.path(QStringLiteral("demo.hubcase")));
    INFO((demo ? QString() : demo.error().describe()).toStdString());
    REQUIRE(demo.ok());
    CHECK(demo->practices == 687);
    CHECK(demo->ccgs == 14);
    auto file = OfficeFile::open(tmp.path(QStringLiteral("demo.hubcase")));
    REQUIRE(file.ok());
    PracticeRepository repo(*file.value());
    CHECK(repo.count().value() == 687);
    CHECK(repo.count(QStringLiteral("06A")).value() == 47);
    const auto wolves = repo.list(QStringLiteral("06A"));
    REQUIRE(wolves.ok());
    for (const StoredPractice &p : wolves.value()) {
        CHECK(p.practice.ccgName == QStringLiteral("NHS Wolverhampton CCG"));
        CHECK(p.practice.contractType != ContractType::Unknown);
    }
}

TEST_CASE("Importing the same file twice changes nothing the second time", "[database][practices]")
{
    hubtest::TempDir tmp;
    auto file = OfficeFile::create(tmp.path(QStringLiteral("p.hubcase")));
    REQUIRE(file.ok());
    PracticeRepository repo(*file.value());
    const QString csv = writeFile(tmp, QStringLiteral("epraccur.csv"), kEpraccurRow);
    const auto first = repo.importFile(csv);
    REQUIRE(first.ok());
    CHECK(first->inserted == 1);
    const auto second = repo.importFile(csv);
    REQUIRE(second.ok());
    CHECK(second->inserted == 0);
    CHECK(second->updated == 0);
    CHECK(second->unchanged == 1);
    CHECK(repo.list().value().first().meta.version == 1);
}

TEST_CASE("An epraccur import keeps the contract type and list size a payments import set", "[database][practices]")
{
    hubtest::TempDir tmp;
    const QString path = tmp.path(QStringLiteral("demo.hubcase"));
    REQUIRE(createDemoOffice(path).ok());
    auto file = OfficeFile::open(path);
    REQUIRE(file.ok());
    PracticeRepository repo(*file.value());
    const auto before = repo.list(QStringLiteral("06A")).value();
    const StoredPractice *bilston = nullptr;
    for (const auto &p : before)
        if (p.practice.odsCode == QStringLiteral("M92001"))
            bilston = &p;
    REQUIRE(bilston); // the demo list carries Bilston (06A)
    const ContractType type = bilston->practice.contractType;
    const int patients = bilston->practice.registeredPatients;
    REQUIRE(repo.importFile(writeFile(tmp, QStringLiteral("e.csv"), kEpraccurRow)).ok());
    for (const auto &p : repo.list(QStringLiteral("06A")).value()) {
        if (p.practice.odsCode == QStringLiteral("M92001")) {
            CHECK(p.practice.contractType == type);
            CHECK(p.practice.registeredPatients == patients);
            CHECK(p.practice.status == QStringLiteral("A"));
        }
    }
}

TEST_CASE("A malformed row fails the whole import and changes nothing", "[database][practices]")
{
    hubtest::TempDir tmp;
    auto file = OfficeFile::create(tmp.path(QStringLiteral("bad.hubcase")));
    REQUIRE(file.ok());
    PracticeRepository repo(*file.value());
    QByteArray bad = kEpraccurRow;
    QByteArray second = kEpraccurRow;
    second.replace("M92001", "M92002").replace("19740401", "19741341"); // month 13
    const QString csv = writeFile(tmp, QStringLiteral("broken.csv"), bad + second);
    const auto r = repo.importFile(csv);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().file == QStringLiteral("broken.csv"));
    CHECK(r.error().row == 2);
    CHECK_FALSE(r.error().field.isEmpty());
    CHECK(repo.count().value() == 0);
}

TEST_CASE("The real epraccur file imports in one transaction", "[database][practices][.slow]")
{
    const QString real = hubtest::dataPath(QStringLiteral("ods-epraccur-gp-practices-2023-02.csv"));
    hubtest::TempDir tmp;
    auto file = OfficeFile::create(tmp.path(QStringLiteral("big.hubcase")));
    REQUIRE(file.ok());
    const auto r = PracticeRepository(*file.value()).importFile(real);
    REQUIRE(r.ok());
    CHECK(r->rowsRead == 15663);
    CHECK(r->inserted + r->rowsSkipped == 15663);
}
