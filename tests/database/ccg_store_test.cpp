// CCGs added and edited through the repository: stable keys, the first level,
// refusals that name the field and change nothing; and the first-run setup
// steps read back from the file.
#include "test_support.h"

#include "core/catalogue/catalogue_json.h"
#include "core/common/uuid.h"
#include "database/backup/backup_folder.h"
#include "database/catalogue/catalogue_repository.h"
#include "database/ccgs/ccg_repository.h"
#include "database/ccgs/office_setup.h"
#include "database/office_file.h"
#include "database/sqlite/connection.h"
#include "database/sqlite/transaction.h"

using namespace hub;
using namespace hub::db;
using namespace Qt::StringLiterals;

namespace
{

const Ccg *find(const QVector<Ccg> &ccgs, const QString &code)
{
    for (const Ccg &c : ccgs) {
        if (c.code == code)
            return &c;
    }
    return nullptr;
}

NewCcg telford()
{
    NewCcg c;
    c.code = u"05x"_s;
    c.fields = { { u"name"_s, u"NHS Telford and Wrekin CCG"_s }, { u"hub_contracting_lead"_s, u"Aisha Patel"_s } };
    c.level = CommissioningLevel::JointCommissioning;
    c.levelFrom = hubtest::isoDate("2016-04-01");
    return c;
}

} // namespace

TEST_CASE("An added CCG is stored under its code's stable key with its first level", "[database][ccgs]")
{
    hubtest::TempDir tmp;
    auto file = OfficeFile::create(tmp.path(u"a.hubcase"_s));
    REQUIRE(file.ok());
    CcgRepository repo(*file.value());
    REQUIRE(repo.add(telford()).ok());
    const auto ccgs = repo.list();
    REQUIRE(ccgs.ok());
    const Ccg *c = find(ccgs.value(), u"05X"_s);
    REQUIRE(c);
    CHECK(c->meta.id == ccgId(u"05X"_s)); // two offices adding 05X hold one record
    CHECK(c->name == u"NHS Telford and Wrekin CCG"_s);
    CHECK(c->hubContractingLead == u"Aisha Patel"_s);
    CHECK(c->hubFinanceLead.isEmpty());
    REQUIRE(c->levels.size() == 1);
    CHECK(c->levels.at(0).level == CommissioningLevel::JointCommissioning);
    CHECK(c->levels.at(0).effectiveFrom == hubtest::isoDate("2016-04-01"));
    CHECK(ccgs->size() == 15);
}

TEST_CASE("A refused CCG names the field and leaves the file as it was", "[database][ccgs]")
{
    hubtest::TempDir tmp;
    const QString path = tmp.path(u"a.hubcase"_s);
    {
        auto file = OfficeFile::create(path);
        REQUIRE(file.ok());
    }
    const QByteArray before = hubtest::bytesOf(path);
    auto file = OfficeFile::open(path);
    REQUIRE(file.ok());
    CcgRepository repo(*file.value());

    NewCcg taken = telford();
    taken.code = u"06a"_s;
    const Status dup = repo.add(taken);
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error().field == u"code"_s);
    CHECK(dup.error().message.contains(u"NHS Wolverhampton CCG"_s));

    NewCcg nameless = telford();
    nameless.fields.insert(u"name"_s, u" "_s);
    CHECK(repo.add(nameless).error().field == u"name"_s);

    const auto ccgs = repo.list();
    REQUIRE(ccgs.ok());
    const Ccg *wolves = find(ccgs.value(), u"06A"_s);
    REQUIRE(wolves);
    CHECK(repo.update(u"06A"_s, wolves->meta.version, { { u"name"_s, QString() } }).error().field == u"name"_s);
    CHECK(repo.update(u"06A"_s, wolves->meta.version, { { u"code"_s, u"07B"_s } }).error().field == u"code"_s);
    CHECK(repo.update(u"99Z"_s, 1, { { u"ccg_lead"_s, u"X"_s } }).error().code == ErrorCode::NotFound);
    file.value().reset();
    CHECK(hubtest::bytesOf(path) == before);
}

TEST_CASE("The setup steps of a new office are read from the file", "[database][ccgs][checklist]")
{
    hubtest::TempDir tmp;
    auto file = OfficeFile::create(tmp.path(u"a.hubcase"_s));
    REQUIRE(file.ok());
    OfficeFile &f = *file.value();
    auto setup = readOfficeSetup(f);
    REQUIRE(setup.ok());
    CHECK(setup->ccgs == 14); // the MoU's CCGs come with a new file
    CHECK(setup->ccgsDone());
    CHECK(setup->ccgsWithoutLeads == 14);
    CHECK(setup->firstCcgWithoutLeads == u"04X"_s);
    CHECK_FALSE(setup->leadsDone());
    CHECK_FALSE(setup->practicesDone());
    CHECK_FALSE(setup->backupDone());
    CHECK(setup->doneCount() == 1);

    CcgRepository repo(f);
    for (const Ccg &c : repo.list().value())
        REQUIRE(repo.update(c.code, c.meta.version,
                        { { u"hub_contracting_lead"_s, u"A"_s }, { u"hub_finance_lead"_s, u"B"_s } })
                    .ok());
    BackupSettings s = loadBackupSettings(f);
    s.folder = tmp.path(u"backups"_s);
    REQUIRE(saveBackupSettings(f, s).ok());
    setup = readOfficeSetup(f);
    REQUIRE(setup.ok());
    CHECK(setup->leadsDone());
    CHECK(setup->firstCcgWithoutLeads.isEmpty());
    CHECK(setup->backupDone());
    CHECK(setup->doneCount() == 3);
}

TEST_CASE("Editing an activity records each changed field in its history", "[database][catalogue][history]")
{
    hubtest::TempDir tmp;
    auto file = OfficeFile::create(tmp.path(u"a.hubcase"_s));
    REQUIRE(file.ok());
    file.value()->setUser(u"a.khan"_s);
    CatalogueRepository repo(*file.value());
    const auto cat = repo.load();
    REQUIRE(cat.ok());
    const Activity *a = cat->activity(u"VIII.3"_s);
    REQUIRE(a);
    CHECK(repo.activityHistory(u"VIII.3"_s)->isEmpty());

    const QString was = a->text;
    REQUIRE(repo.updateActivity(a->meta.id, a->meta.version,
                    { { u"text"_s, u"Monitor contractual performance of all GP practices."_s },
                        { u"hub_role"_s, u"TBC"_s }, { u"ccg_role"_s, a->ccgRole } })
                .ok());
    const auto history = repo.activityHistory(u"VIII.3"_s);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 2); // ccg_role did not change, so it is not recorded
    QStringList fields;
    for (const ActivityChange &c : history.value()) {
        fields << c.field;
        CHECK(c.by == u"a.khan"_s);
        CHECK_FALSE(c.atUtc.isEmpty());
        if (c.field == u"text"_s) {
            CHECK(c.oldValue == was);
            CHECK(c.newValue == u"Monitor contractual performance of all GP practices."_s);
        } else {
            CHECK(c.oldValue == u"CORE"_s);
            CHECK(c.newValue == u"TBC"_s);
        }
    }
    fields.sort();
    CHECK(fields == QStringList { u"hub_role"_s, u"text"_s });

    // A refused (stale) edit records nothing.
    CHECK(repo.updateActivity(a->meta.id, a->meta.version, { { u"text"_s, u"Other"_s } }).error().code
        == ErrorCode::Conflict);
    CHECK(repo.activityHistory(u"VIII.3"_s)->size() == 2);
    CHECK(repo.activityHistory(u"VIII.4"_s)->isEmpty());
}

TEST_CASE("Upgrading an older file to schema 7 adds the activity history and replaces the seed's transcriber note",
    "[database][catalogue][history]")
{
    hubtest::TempDir tmp;
    const QString path = tmp.path(u"old.hubcase"_s);
    {
        REQUIRE(OfficeFile::create(path).ok());
        // Make it look like a file written before schema 7, as the old catalogue seeded it
        // (on a bare connection: the office file's change capture would record the downgrade).
        Connection c;
        c.open(path, Connection::Access::ReadWrite);
        WriteTransaction tx(c);
        c.execScript(
            u"DROP TABLE activity_change; DROP TABLE account_link; "
            "DELETE FROM panel_seat WHERE form <> 'resolution-panel'; DROP TABLE mou_clause_block; "
            "DROP TABLE mou_clause; DROP TABLE panel_form; DROP TABLE agreement_confirmation; "
            "DROP TABLE agreement_event; DROP INDEX case_available_by; ALTER TABLE case_record DROP COLUMN "
            "available_by; "
            "ALTER TABLE case_event DROP COLUMN available_by; ALTER TABLE panel_seat DROP COLUMN form; "
            "ALTER TABLE escalation_stage DROP COLUMN source; ALTER TABLE activity DROP COLUMN layout_note; "
            "UPDATE delegated_function SET note = 'Activities are listed with VII in the seed' WHERE numeral = 'VI'; "
            "PRAGMA user_version = 6;"_s);
        tx.commit();
    }
    auto file = OfficeFile::open(path);
    REQUIRE(file.ok());
    CHECK(file.value()->schemaVersion() >= 7);
    const auto cat = CatalogueRepository(*file.value()).load();
    REQUIRE(cat.ok());
    const auto shipped = loadBuiltInCatalogue();
    REQUIRE(shipped.ok());
    CHECK(cat->function(u"VI"_s)->note == shipped->function(u"VI"_s)->note); // the words new files get
    CHECK_FALSE(cat->function(u"VI"_s)->note.contains(u"seed"_s));
    CHECK(CatalogueRepository(*file.value()).activityHistory(u"VIII.3"_s).ok());
}
