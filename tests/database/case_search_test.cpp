// The case list: filters, overdue as of a day, and full-text search over
// titles, descriptions and timeline notes with type-ahead prefixes.
#include "test_support.h"

#include "database/cases/case_repository.h"
#include "database/cases/case_search.h"
#include "database/office_file.h"
#include "database/records/record_store.h"
#include "database/sqlite/transaction.h"

using namespace hub;
using namespace hub::db;

namespace
{

const auto d = hubtest::isoDate;

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

QStringList refs(const Result<QVector<CaseRow>> &rows)
{
    INFO((rows ? QString() : rows.error().describe()).toStdString());
    REQUIRE(rows.ok());
    QStringList out;
    for (const CaseRow &r : rows.value())
        out << r.ref;
    out.sort();
    return out;
}

struct Fixture {
    hubtest::TempDir tmp;
    std::unique_ptr<OfficeFile> file;
    QString rent, locum, data, other;

    Fixture()
    {
        auto f = OfficeFile::create(tmp.path(QStringLiteral("s.hubcase")));
        REQUIRE(f.ok());
        file = std::move(f.value());
        {
            WriteTransaction tx(file->connection());
            RecordStore(*file).insert(QStringLiteral("practice"),
                { { QStringLiteral("ods_code"), QStringLiteral("M92001") },
                    { QStringLiteral("name"), QStringLiteral("Penn Surgery") },
                    { QStringLiteral("ccg_code"), QStringLiteral("06A") } });
            tx.commit();
        }
        CaseRepository repo(*file);
        NewCase c;
        c.ccgCode = QStringLiteral("06A");
        c.practiceOds = QStringLiteral("M92001");
        c.type = CaseType::PremisesRentReview;
        c.received = d("2016-02-01");
        c.title = QStringLiteral("Rent review with the District Valuer");
        rent = repo.add(c)->row.ref;
        c.type = CaseType::ProviderQuery;
        c.title = QStringLiteral("Locum reimbursement query");
        c.received = d("2016-02-10");
        locum = repo.add(c)->row.ref;
        c.practiceOds.clear();
        c.type = CaseType::InformationRequest;
        c.title = QStringLiteral("Request for list size figures");
        data = repo.add(c)->row.ref;
        c.ccgCode = QStringLiteral("05A");
        c.type = CaseType::PerformanceConcern;
        c.title = QStringLiteral("Practice of concern: café hours");
        c.received = d("2016-01-04");
        other = repo.add(c)->row.ref;
        CaseEvent e;
        e.kind = CaseEventKind::Note;
        e.on = d("2016-02-12");
        e.note = QStringLiteral("Spoke to the valuer about dilapidations");
        REQUIRE(repo.addEvent(locum, e).ok());
        e.kind = CaseEventKind::Acknowledged;
        e.note.clear();
        REQUIRE(repo.addEvent(rent, e).ok());
    }
};

CaseFilter filter()
{
    CaseFilter f;
    f.asOf = QDate(2016, 2, 20);
    return f;
}

} // namespace

TEST_CASE("Search builds a safe MATCH with a prefix on the last word", "[database][cases][search]")
{
    CHECK(caseSearchExpression(QStringLiteral("rent rev")) == QStringLiteral("\"rent\" \"rev\"*"));
    CHECK(caseSearchExpression(QStringLiteral("rent ")) == QStringLiteral("\"rent\""));
    CHECK(caseSearchExpression(QStringLiteral("\"a\" OR NEAR(")) == QStringLiteral("\"a\" \"OR\" \"NEAR\"*"));
    CHECK(caseSearchExpression(QStringLiteral("  -*( ")).isEmpty());
}

TEST_CASE("Full-text search over titles, notes and references, as the user types", "[database][cases][search]")
{
    Fixture fx;
    CaseRepository repo(*fx.file);
    CaseListQuery query(*fx.file);
    const auto search = [&](const char *text) {
        CaseFilter f = filter();
        f.search = QString::fromUtf8(text);
        return refs(query.list(f));
    };
    CHECK(search("r").contains(fx.rent));
    CHECK(search("rent rev") == sorted({ fx.rent }));
    CHECK(search("rent review") == sorted({ fx.rent }));
    CHECK(search("valuer") == sorted({ fx.locum, fx.rent })); // title of one, a note on the other
    CHECK(search("dilapid") == sorted({ fx.locum }));
    CHECK(search("cafe") == sorted({ fx.other })); // diacritics folded
    CHECK(search(fx.locum.toUtf8().constData()) == sorted({ fx.locum }));
    CHECK(search("(*").isEmpty());
    CHECK(search("nothing-like-this").isEmpty());

    // Rebuilding the index (after a sync import) gives the same answers.
    rebuildCaseSearch(fx.file->connection());
    CHECK(search("dilapid") == sorted({ fx.locum }));
    // Edited titles are searchable at once.
    const auto d0 = repo.get(fx.data).value();
    REQUIRE(repo.edit(fx.data, d0.meta.version,
                    { { QStringLiteral("title"), QStringLiteral("Request for QOF achievement") } })
                .ok());
    CHECK(search("QOF") == sorted({ fx.data }));
    CHECK(search("list size").isEmpty());
}

TEST_CASE("Filters combine: CCG, practice, type, owner, status, overdue", "[database][cases][search]")
{
    Fixture fx;
    CaseListQuery query(*fx.file);
    CaseFilter f = filter();
    f.ccgCode = QStringLiteral("06a");
    CHECK(refs(query.list(f)) == sorted({ fx.data, fx.locum, fx.rent }));
    CHECK(query.count(f).value() == 3);
    f.practiceOds = QStringLiteral("M92001");
    CHECK(refs(query.list(f)) == sorted({ fx.locum, fx.rent }));
    f.typeCode = QStringLiteral("premises-rent-review");
    CHECK(refs(query.list(f)) == sorted({ fx.rent }));

    CaseFilter owner = filter();
    owner.owner = QStringLiteral("Hub supports CCG");
    CHECK(refs(query.list(owner)) == sorted({ fx.other }));

    CaseFilter status = filter();
    status.status = QStringLiteral("acknowledged");
    CHECK(refs(query.list(status)) == sorted({ fx.rent }));

    // As of 20/2/2016: the locum query (received 10/2) was due an acknowledgement
    // on 17/2 and is overdue; the data request too; the rent review was acknowledged.
    CaseFilter overdue = filter();
    overdue.overdueOnly = true;
    CHECK(refs(query.list(overdue)) == sorted({ fx.data, fx.locum }));
    const auto rows = query.list(overdue).value();
    for (const CaseRow &r : rows) {
        CHECK(r.acknowledgeState == ClockState::Breached);
        CHECK(r.overdue());
    }
    overdue.asOf = d("2016-02-17");
    CHECK(refs(query.list(overdue)).isEmpty());
    CaseFilter awaiting = filter();
    awaiting.awaitingAcknowledgement = true;
    CHECK(refs(query.list(awaiting)) == sorted({ fx.data, fx.locum })); // not the performance concern: no clock
    CaseFilter dueBy = filter();
    dueBy.dueBy = d("2016-02-17");
    CHECK(refs(query.list(dueBy)) == sorted({ fx.data, fx.locum }));
    dueBy.dueBy = d("2016-02-16");
    CHECK(refs(query.list(dueBy)).isEmpty());
    CaseFilter dueSoon = filter();
    dueSoon.asOf = d("2016-02-15");
    dueSoon.ccgCode = QStringLiteral("06A");
    dueSoon.typeCode = QStringLiteral("provider-query");
    const auto soon = query.list(dueSoon).value();
    REQUIRE(soon.size() == 1);
    CHECK(soon[0].acknowledgeState == ClockState::DueSoon);
    CHECK(soon[0].practiceName == QStringLiteral("Penn Surgery"));
}

TEST_CASE("The command line's search counts every word; the search box waits for a second letter",
    "[database][cases][search]")
{
    Fixture fx;
    CaseListQuery query(*fx.file);
    CaseFilter whole = filter();
    whole.search = QStringLiteral("valuer l");
    // "l" is a prefix of "Locum", the title of the one case with "valuer" in a note.
    CHECK(refs(query.list(whole)) == sorted({ fx.locum }));
    CHECK(query.count(whole).value() == 1);
    CaseFilter typed = whole;
    typed.searchAsTyped = true;
    CHECK(refs(query.list(typed)) == sorted({ fx.locum, fx.rent }));
}
