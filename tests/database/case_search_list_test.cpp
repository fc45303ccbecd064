// The case list's query (CaseListQuery): type-ahead without the one-letter
// prefix, sorting by column, "due between" filters, and the filter-first plan
// giving the same answers as a plain, unplanned query (case_list_reference.h).
#include "case_list_reference.h"
#include "test_support.h"

#include "database/cases/case_repository.h"
#include "database/cases/case_search.h"
#include "database/demo/demo_as_of.h"
#include "database/demo/demo_office.h"
#include "database/office_file.h"
#include "database/sqlite/connection.h"

#include <QFile>

using namespace hub;
using namespace hub::db;

namespace
{

// One demo office per run (about 3,000 cases), copied per test.
QString demoCopy(const hubtest::TempDir &dir)
{
    static hubtest::TempDir master;
    static const QString demo = [] {
        const QString path = master.path(QStringLiteral("demo.hubcase"));
        const auto made = createDemoOffice(path);
        INFO((made ? std::string() : made.error().describe().toStdString()));
        REQUIRE(made.ok());
        return path;
    }();
    const QString path = dir.path(QStringLiteral("office.hubcase"));
    REQUIRE(QFile::copy(demo, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

QStringList refsOf(const Result<QVector<CaseRow>> &rows)
{
    INFO((rows ? QString() : rows.error().describe()).toStdString());
    REQUIRE(rows.ok());
    QStringList out;
    for (const CaseRow &r : rows.value())
        out << r.ref;
    return out;
}

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

} // namespace

TEST_CASE("Type-ahead leaves out a last word of one character", "[database][cases][search]")
{
    bool searchable = false;
    CHECK(caseTypeAheadExpression(QStringLiteral("r"), &searchable).isEmpty());
    CHECK(searchable);
    CHECK(caseTypeAheadExpression(QStringLiteral("re")) == QStringLiteral("\"re\"*"));
    CHECK(caseTypeAheadExpression(QStringLiteral("rent r")) == QStringLiteral("\"rent\""));
    CHECK(caseTypeAheadExpression(QStringLiteral("rent re")) == QStringLiteral("\"rent\" \"re\"*"));
    CHECK(caseTypeAheadExpression(QStringLiteral("r ")) == QStringLiteral("\"r\"")); // a whole word
    CHECK(caseTypeAheadExpression(QStringLiteral("  -*( "), &searchable).isEmpty());
    CHECK_FALSE(searchable);
    // The whole-query expression (the CLI) keeps the one-letter prefix.
    CHECK(caseSearchExpression(QStringLiteral("r")) == QStringLiteral("\"r\"*"));
}

TEST_CASE("The case list query answers as a plain query does, whichever plan it takes", "[database][cases][search]")
{
    hubtest::TempDir dir;
    auto file = OfficeFile::open(demoCopy(dir)).value();
    CaseListQuery query(*file);
    const QDate asOf = demoAsOf(*file);
    REQUIRE(asOf == QDate(2017, 3, 31));

    CaseFilter all;
    all.limit = 0;
    all.asOf = asOf;
    all.searchAsTyped = true; // as the GUI's search box
    const int total = query.count(all).value();
    CHECK(total == hubtest::referenceCaseCount(*file, all));
    REQUIRE(total > 2000);

    // One letter: nothing searched yet (the whole list); from two letters on, as the plain query.
    CaseFilter r = all;
    r.search = QStringLiteral("r");
    CHECK(query.count(r).value() == total);
    CHECK(query.list(r).value().size() == total);
    CaseFilter punct = all;
    punct.search = QStringLiteral("(*");
    CHECK(query.count(punct).value() == 0);
    CHECK(query.list(punct).value().isEmpty());

    for (const char *text : { "re", "rent", "rent review", "valuer", "acknowledgement letter", "WMH 2016" }) {
        for (int variant = 0; variant < 4; ++variant) {
            CaseFilter f = all;
            f.search = QString::fromUtf8(text);
            if (variant >= 1)
                f.ccgCode = QStringLiteral("06A");
            if (variant >= 2)
                f.openOnly = true;
            if (variant == 3) {
                f.openOnly = false;
                f.overdueOnly = true;
            }
            INFO(text << " variant " << variant << ": " << query.listSql(f).toStdString());
            const QStringList expected = hubtest::referenceCaseRefs(*file, f);
            CHECK(sorted(refsOf(query.list(f))) == expected);
            CHECK(query.count(f).value() == expected.size());
            // Paged reads join up to the whole answer.
            CaseFilter page = f;
            page.limit = 40;
            QStringList paged;
            for (page.offset = 0; page.offset < expected.size() + 40; page.offset += 40)
                paged += refsOf(query.list(page));
            CHECK(sorted(paged) == expected);
        }
    }

    // A selective filter drives a search from the filter's index, not from every match.
    CaseFilter few = all;
    few.ccgCode = QStringLiteral("06A");
    few.openOnly = true;
    few.search = QStringLiteral("re");
    CHECK(query.listSql(few).contains(QStringLiteral("WHERE c.rowid IN (")));
    CaseFilter many = all;
    many.search = QStringLiteral("re");
    CHECK(query.listSql(many).contains(QStringLiteral("FROM case_fts")));

    // Searches with filters count their intersection exactly, whatever the cap.
    CaseFilter closed = all;
    closed.status = QStringLiteral("closed");
    closed.search = QStringLiteral("re");
    const int exact = query.count(closed).value();
    REQUIRE(exact > 20);
    CHECK(query.count(closed, 10).value() == exact);
    CHECK(exact == hubtest::referenceCaseCount(*file, closed));
    // Sorted by another column, the intersection is read by rowid too.
    closed.sortColumn = CaseFilter::Column::Title;
    closed.limit = 50;
    const auto byTitle = query.list(closed).value();
    REQUIRE(byTitle.size() == 50);
    for (int i = 1; i < byTitle.size(); ++i)
        CHECK(byTitle[i - 1].title.compare(byTitle[i].title, Qt::CaseInsensitive) <= 0);

    // A removed case leaves the list and every count, including the index's own.
    const QString gone = refsOf(query.list(many)).first();
    const int before = query.count(many).value();
    const int allBefore = query.count(all).value();
    Statement st = file->connection().prepare(
        QStringLiteral("UPDATE case_record SET deleted_at = '2017-03-31T12:00:00Z' WHERE ref = ?1"));
    st.bind(1, gone);
    st.exec();
    CHECK(query.count(many).value() == before - 1);
    CHECK(query.count(many).value() == hubtest::referenceCaseCount(*file, many));
    CHECK(query.count(all).value() == allBefore - 1);
    CHECK_FALSE(refsOf(query.list(many)).contains(gone));
}

TEST_CASE("The case list sorts by any column, paging in order", "[database][cases][search]")
{
    hubtest::TempDir dir;
    auto file = OfficeFile::open(demoCopy(dir)).value();
    CaseListQuery query(*file);
    CaseFilter f;
    f.asOf = demoAsOf(*file);
    f.limit = 300;

    f.sortColumn = CaseFilter::Column::Title;
    const auto byTitle = query.list(f).value();
    REQUIRE(byTitle.size() == 300);
    for (int i = 1; i < byTitle.size(); ++i)
        CHECK(byTitle[i - 1].title.compare(byTitle[i].title, Qt::CaseInsensitive) <= 0);
    f.sortDescending = true;
    const auto byTitleDown = query.list(f).value();
    CHECK(byTitleDown.first().title.compare(byTitle.first().title, Qt::CaseInsensitive) > 0);

    f.sortColumn = CaseFilter::Column::Reference;
    f.sortDescending = false;
    QStringList refs;
    for (f.offset = 0; f.offset < 900; f.offset += 300)
        refs += refsOf(query.list(f));
    QStringList expected = refs;
    expected.sort();
    CHECK(refs == expected);

    f.offset = 0;
    f.sortColumn = CaseFilter::Column::Officer;
    const auto byOfficer = query.list(f).value();
    for (int i = 1; i < byOfficer.size(); ++i)
        CHECK(byOfficer[i - 1].officer.compare(byOfficer[i].officer, Qt::CaseInsensitive) <= 0);
}

TEST_CASE("Due between two days, as of the demo's last day", "[database][cases][search]")
{
    hubtest::TempDir dir;
    auto file = OfficeFile::open(demoCopy(dir)).value();
    CaseListQuery query(*file);
    const QDate asOf = demoAsOf(*file);
    CaseFilter f;
    f.limit = 0;
    f.asOf = asOf;
    f.openOnly = true;
    f.dueFrom = asOf.addDays(1);
    f.dueBy = asOf.addDays(10);
    const auto rows = query.list(f).value();
    REQUIRE_FALSE(rows.isEmpty());
    for (const CaseRow &r : rows) {
        const bool ack = !r.acknowledgedOn.isValid() && r.acknowledgeDue >= f.dueFrom && r.acknowledgeDue <= f.dueBy;
        const bool response = !r.respondedOn.isValid() && r.responseDue >= f.dueFrom && r.responseDue <= f.dueBy;
        CHECK((ack || response));
        CHECK_FALSE(r.overdue());
    }
    // The demo history stops on its as-of day: nothing happened after it, so
    // some cases still await their acknowledgement then.
    CaseFilter awaiting;
    awaiting.limit = 0;
    awaiting.asOf = asOf;
    awaiting.awaitingAcknowledgement = true;
    CHECK(query.count(awaiting).value() > 0);
}
