// Letters in the office file: the four built-in templates, templates added,
// duplicated and deleted, the Hub's letterhead (synced office data, one row
// per office), and a merged letter's address block and letterhead.
#include "test_support.h"

#include "database/cases/case_repository.h"
#include "database/cases/letterhead_repository.h"
#include "database/cases/template_repository.h"
#include "database/office_file.h"
#include "database/practices/practice_repository.h"
#include "database/specs/spec_repository.h"

using namespace hub;
using namespace hub::db;
using namespace Qt::StringLiterals;

namespace
{

std::unique_ptr<OfficeFile> newFile(const hubtest::TempDir &tmp)
{
    auto f = OfficeFile::create(tmp.path(u"letters.hubcase"_s));
    REQUIRE(f.ok());
    return std::move(f.value());
}

template <typename T> T ok(const Result<T> &r)
{
    INFO((r ? QString() : r.error().describe()).toStdString());
    REQUIRE(r.ok());
    return r.value();
}

QStringList keys(const QVector<LetterTemplate> &list)
{
    QStringList out;
    for (const LetterTemplate &t : list)
        out << t.key;
    out.sort();
    return out;
}

} // namespace

TEST_CASE("Four letters ship built in, and a deleted one stays deleted", "[database][letters]")
{
    hubtest::TempDir tmp;
    auto file = newFile(tmp);
    TemplateRepository repo(*file);
    REQUIRE(repo.ensureDefaults().ok());
    CHECK(
        keys(ok(repo.list())) == QStringList { u"acknowledgement"_s, u"closure"_s, u"full-response"_s, u"holding"_s });
    for (const LetterTemplate &t : ok(repo.list())) {
        CHECK(t.body.contains(u"{{salutation}}"_s)); // no "Dear colleague" written into a template
        CHECK_FALSE(t.body.contains(u"Dear colleague"_s));
    }
    const LetterTemplate closure = ok(repo.get(u"closure"_s));
    REQUIRE(repo.remove(u"closure"_s, closure.meta.version).ok());
    REQUIRE(repo.ensureDefaults().ok());
    CHECK_FALSE(keys(ok(repo.list())).contains(u"closure"_s));
}

TEST_CASE("Templates are added under a free key, duplicated and deleted", "[database][letters]")
{
    hubtest::TempDir tmp;
    auto file = newFile(tmp);
    TemplateRepository repo(*file);
    REQUIRE(repo.ensureDefaults().ok());
    CHECK(ok(repo.freeKey(u"Full response"_s)) == u"full-response-2"_s);
    CHECK(ok(repo.freeKey(u"  Chasing letter! "_s)) == u"chasing-letter"_s);

    LetterTemplate chase;
    chase.key = u"chasing-letter"_s;
    chase.name = u"Chasing letter"_s;
    chase.body = u"<p>{{salutation}}</p><p>We are still waiting for the information we asked for.</p>"_s;
    REQUIRE(repo.add(chase).ok());
    CHECK(repo.add(chase).error().code == ErrorCode::Invalid); // the key is taken
    LetterTemplate badKey = chase;
    badKey.key = u"Chasing Letter"_s;
    CHECK(repo.add(badKey).error().message.contains(u"lower-case"_s));

    const QString copy = ok(repo.duplicate(u"acknowledgement"_s));
    CHECK(copy == u"copy-of-acknowledgement"_s);
    const LetterTemplate copied = ok(repo.get(copy));
    CHECK(copied.name == u"Copy of Acknowledgement"_s);
    CHECK(copied.body == ok(repo.get(u"acknowledgement"_s)).body);
    CHECK(ok(repo.duplicate(u"acknowledgement"_s, u"Acknowledgement (Welsh)"_s)) == u"acknowledgement-welsh"_s);

    REQUIRE(repo.remove(copy, copied.meta.version).ok());
    CHECK(repo.get(copy).error().code == ErrorCode::NotFound);
    // Adding the same key again brings the row back rather than clashing with the tombstone.
    LetterTemplate again = copied;
    again.name = u"Copy again"_s;
    REQUIRE(repo.add(again).ok());
    CHECK(ok(repo.get(copy)).name == u"Copy again"_s);
}

TEST_CASE("The letterhead is this office's synced record, saved with a version check", "[database][letters]")
{
    hubtest::TempDir tmp;
    auto file = newFile(tmp);
    LetterheadRepository repo(*file);
    StoredLetterhead none = ok(repo.get());
    CHECK(none.meta.version == 0);
    CHECK(none.letterhead.hubName == file->officeName()); // until one is saved
    REQUIRE(repo.save(0,
                    { { u"hub_name"_s, u"NHS England West Midlands Primary Care Hub"_s },
                        { u"address"_s, u"Hub House\n1 Example Street\nBirmingham\nB1 1AA"_s },
                        { u"phone"_s, u"0121 000 0000"_s }, { u"email"_s, u"hub@example.nhs.uk"_s } })
                .ok());
    const StoredLetterhead saved = ok(repo.get());
    CHECK(saved.meta.version == 1);
    CHECK(saved.meta.id == letterheadId(file->officeCode()));
    CHECK(addressLines(saved.letterhead.address).size() == 4);
    CHECK(repo.save(0, { { u"phone"_s, u"0121 111 1111"_s } }).error().code == ErrorCode::Conflict);
    CHECK(repo.save(1, { { u"email"_s, u"not an address"_s } }).error().code == ErrorCode::Invalid);
    CHECK(repo.save(1, { { u"colour"_s, u"blue"_s } }).error().code == ErrorCode::Invalid);
    REQUIRE(repo.save(1, { { u"phone"_s, u"0121 111 1111"_s } }).ok());
    CHECK(ok(repo.get()).letterhead.phone == u"0121 111 1111"_s);
}

TEST_CASE("A merged letter carries the letterhead, the practice's ODS address and the officer's contact",
    "[database][letters]")
{
    hubtest::TempDir tmp;
    auto file = newFile(tmp);
    PracticeImport parsed;
    parsed.format = u"epraccur"_s;
    PracticeRecord p;
    p.odsCode = u"M92001"_s;
    p.name = u"The Surgery"_s;
    p.ccgCode = u"06A"_s;
    p.address = u"Health Centre, 1 Park Road, , Wolverhampton"_s;
    p.postcode = u"WV1 1AA"_s;
    parsed.records << p;
    parsed.rowsRead = 1;
    REQUIRE(PracticeRepository(*file).importParsed(parsed, u"test.csv"_s).ok());
    NewCase c;
    c.ccgCode = u"06A"_s;
    c.practiceOds = u"M92001"_s;
    c.received = hubtest::isoDate("2016-02-01");
    c.title = u"Locum reimbursement query"_s;
    c.officer = u"A Patel"_s;
    const QString ref = ok(CaseRepository(*file).add(c)).row.ref;
    REQUIRE(LetterheadRepository(*file)
                .save(0,
                    { { u"hub_name"_s, u"West Midlands Primary Care Hub"_s },
                        { u"address"_s, u"Hub House\nBirmingham"_s }, { u"phone"_s, u"0121 000 0000"_s } })
                .ok());
    TemplateRepository templates(*file);
    REQUIRE(templates.ensureDefaults().ok());
    const MergedLetter letter = ok(templates.merge(u"acknowledgement"_s, ref, hubtest::isoDate("2016-02-03")));
    CHECK(letter.to
        == QStringList { u"The Surgery"_s, u"Health Centre"_s, u"1 Park Road"_s, u"Wolverhampton"_s, u"WV1 1AA"_s });
    CHECK(letter.from == QStringList { u"West Midlands Primary Care Hub"_s, u"Hub House"_s, u"Birmingham"_s });
    CHECK(letter.contact == u"Contact: A Patel\nTelephone 0121 000 0000"_s);
    CHECK(letter.date == hubtest::isoDate("2016-02-03"));
    CHECK(letter.html.contains(u"Dear colleague,"_s)); // no requester named on this case
    CHECK(letter.html.contains(u"West Midlands Primary Care Hub"_s)); // the sign-off
    CHECK(letter.unknownFields.isEmpty());
    for (const QString &key : { u"holding"_s, u"full-response"_s, u"closure"_s })
        CHECK(ok(templates.merge(key, ref)).unknownFields.isEmpty());
}

TEST_CASE(
    "An agreed specification's sign-off cannot be changed, and every CCG's status can be listed", "[database][spec]")
{
    hubtest::TempDir tmp;
    auto file = newFile(tmp);
    SpecRepository repo(*file);
    CHECK(ok(repo.stored()).isEmpty()); // nothing is created by listing
    CcgSpecification spec = ok(repo.loadOrCreate(u"05Y"_s));
    for (const SpecItem &i : spec.items) {
        if (i.determination == Determination::Undetermined)
            REQUIRE(repo.setDetermination(spec, i.activityKey, Determination::HubDelivers, {}, i.meta.version).ok());
    }
    spec = ok(repo.loadOrCreate(u"05Y"_s));
    REQUIRE(repo.updateHeader(spec.meta.id, spec.meta.version,
                    { { u"ccg_lead_name"_s, u"Sarah Okafor"_s }, { u"ccg_lead_signed_on"_s, u"10/02/2016"_s },
                        { u"director_name"_s, u"David Williams"_s } })
                .ok());
    spec = ok(repo.loadOrCreate(u"05Y"_s));
    const Status early = repo.setStatus(u"05Y"_s, SpecStatus::Agreed, spec.meta.version);
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().message.contains(u"Locality Director's signature date"_s));
    REQUIRE(repo.updateHeader(spec.meta.id, spec.meta.version, { { u"director_signed_on"_s, u"15/02/2016"_s } }).ok());
    spec = ok(repo.loadOrCreate(u"05Y"_s));
    REQUIRE(repo.setStatus(u"05Y"_s, SpecStatus::Agreed, spec.meta.version).ok());
    spec = ok(repo.loadOrCreate(u"05Y"_s));
    const Status locked = repo.updateHeader(spec.meta.id, spec.meta.version, { { u"notes"_s, u"late change"_s } });
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().code == ErrorCode::Permission);

    (void)ok(repo.loadOrCreate(u"06A"_s));
    const auto stored = ok(repo.stored());
    CHECK(stored.size() == 2);
    CHECK(stored.value(u"05Y"_s).status == SpecStatus::Agreed);
    CHECK(stored.value(u"05Y"_s).directorSignedOn == hubtest::isoDate("2016-02-15"));
    CHECK(stored.value(u"06A"_s).status == SpecStatus::Draft);
}
