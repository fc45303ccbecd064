// The seeds' other sections, held in their own words (issue 11): every block
// of every clause is found in its seed, in order, and every heading of the
// London core principles is held somewhere in the register.

#include "test_support.h"

#include "core/catalogue/catalogue_json.h"
#include "core/catalogue/mou_clauses.h"

#include <QFile>
#include <QRegularExpression>

namespace
{

using namespace Qt::StringLiterals;

// The seed as one line of words: markdown bold, escapes and tick marks gone,
// every run of white space (line breaks too: a paragraph the export split) one space.
QString normalised(QString s)
{
    s.remove(u"**"_s);
    s.replace(u"\\*"_s, u"*"_s);
    s.remove(QRegularExpression(u"✓\\s*"_s));
    return s.simplified();
}

QString seedFor(const hub::Agreement &a)
{
    QFile file(hubtest::sourcePath(u"resources/seeds/"_s + a.sourceFile));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

hub::Catalogue builtIn()
{
    const hub::Result<hub::Catalogue> cat = hub::loadBuiltInCatalogue();
    REQUIRE(cat.ok());
    return cat.value();
}

} // namespace

TEST_CASE("every clause block is the seed's own words, in the seed's order", "[catalogue][seed][clauses]")
{
    const hub::Catalogue cat = builtIn();
    REQUIRE(cat.clauses.size() >= 25);
    for (const hub::Agreement &a : cat.agreements) {
        const QString seed = normalised(seedFor(a));
        qsizetype previousClause = 0;
        QString previousNumber;
        for (const hub::MouClause *c : cat.clausesOf(a.key)) {
            INFO(a.key.toStdString() << " / " << c->key.toStdString());
            qsizetype at = seed.indexOf(c->title, previousClause);
            // The heading, after the previous clause's; a section the register holds in two
            // parts (5.1's workload and capacity, after the seed's image) carries its number on.
            const bool continued = !c->number.isEmpty() && c->number == previousNumber;
            CHECK((at >= 0 || continued));
            previousNumber = c->number;
            if (at < 0)
                at = previousClause;
            previousClause = at;
            for (const hub::ClauseBlock &b : c->blocks) {
                INFO("block: " << b.text.toStdString());
                const qsizetype found = seed.indexOf(b.text, at);
                CHECK(found >= 0);
                if (found >= 0)
                    at = found + b.text.size();
            }
        }
    }
}

TEST_CASE("the clauses issue 11 names are held, with their counts", "[catalogue][seed][clauses]")
{
    const hub::Catalogue cat = builtIn();
    const auto clause = [&](const QString &agreement, const QString &key) -> const hub::MouClause & {
        for (const hub::MouClause &c : cat.clauses) {
            if (c.agreementKey == agreement && c.key == key)
                return c;
        }
        FAIL("no clause " << key.toStdString());
        return cat.clauses.first();
    };
    const auto count = [](const hub::MouClause &c, hub::ClauseBlockKind kind) {
        return std::count_if(
            c.blocks.begin(), c.blocks.end(), [&](const hub::ClauseBlock &b) { return b.kind == kind; });
    };
    const QString london = u"london-core-principles"_s;
    const QString wm = u"west-midlands-hub"_s;
    using K = hub::ClauseBlockKind;
    CHECK(count(clause(london, u"terminology"_s), K::Item) == 3);
    // The three aims and the six commitments, the commitments after "In doing so the parties shall ensure".
    const hub::MouClause &purpose = clause(london, u"common-purpose"_s);
    CHECK(count(purpose, K::Item) == 9);
    CHECK(purpose.blocks.at(4).text == u"In doing so the parties shall ensure"_s);
    const hub::MouClause &relationship = clause(london, u"relationship"_s);
    CHECK(relationship.blocks.at(3).text.contains(u"not proposed that the MoU is used as a contractual document"_s));
    CHECK(relationship.blocks.at(3).text.contains(u"SLA (under development by National Teams)"_s));
    CHECK(count(relationship, K::Item) == 5);
    const hub::MouClause &rt = clause(london, u"regional-team-responsibilities"_s);
    CHECK(count(rt, K::Item) == 11);
    CHECK(count(rt, K::Footnote) == 1);
    CHECK(rt.blocks.last().text.contains(u"8D and 8B support"_s));
    const hub::MouClause &committee = clause(london, u"committee-responsibilities"_s);
    CHECK(count(committee, K::Item) == 6);
    CHECK(committee.blocks.last().text
        == u"* Either NHS England and CCGs if joint or CCGs only in delegated commissioning"_s);
    const hub::MouClause &rtPerf = clause(london, u"regional-team-performance-standards"_s);
    CHECK(count(rtPerf, K::Item) == 5);
    CHECK(rtPerf.blocks.last().text == u"Please note: further detail regarding KPIs to be agreed"_s);
    CHECK(count(clause(london, u"escalation-processes"_s), K::Subitem) == 3);
    CHECK(count(clause(london, u"implementation-review"_s), K::Item) == 5);

    CHECK(clause(wm, u"introduction"_s).blocks.at(3).text
        == u"NHS England West Midlands will continue to commission community pharmacy, dental and optometric services during 2015/16 and 2016/17"_s);
    CHECK(clause(wm, u"ways-of-working-developing"_s).blocks.first().text.contains(u"Network/liaison group"_s));
    CHECK(
        clause(wm, u"ways-of-working-developing"_s).blocks.last().text.contains(u"externally facilitated workshop"_s));
    CHECK(count(clause(wm, u"working-arrangements"_s), K::Item) == 8);
    CHECK(clause(wm, u"working-arrangements"_s).blocks.at(9).text.contains(u"Primary Care Hub Handbook"_s));
    CHECK(count(clause(wm, u"network-group"_s), K::Item) == 5);
    CHECK(clause(wm, u"communication"_s).blocks.first().text.contains(u"communications pack"_s));
    CHECK(clause(wm, u"staffing"_s).number == u"5"_s);
    CHECK(clause(wm, u"resolving-issues"_s).blocks.first().text.contains(u"designated CCG Lead"_s));
}

TEST_CASE("every heading of the core principles is held in the register", "[catalogue][seed][clauses]")
{
    const hub::Catalogue cat = builtIn();
    const hub::Agreement *london = cat.agreement(u"london-core-principles"_s);
    REQUIRE(london);
    // Held as structured records rather than as clauses.
    const QStringList structured { u"Primary Care Co- Commissioning Memorandum of Understanding"_s,
        u"Purpose of the MOU"_s, u"Associated Documents"_s, u"RT Quantified Standards"_s };
    QStringList titles;
    for (const hub::MouClause *c : cat.clausesOf(london->key))
        titles << c->title;
    const QRegularExpression heading(u"^#+\\s*(.+?)\\s*$"_s, QRegularExpression::MultilineOption);
    auto it = heading.globalMatch(seedFor(*london));
    int seen = 0;
    while (it.hasNext()) {
        const QString h = it.next().captured(1).remove(u"**"_s);
        INFO(h.toStdString());
        CHECK((titles.contains(h) || structured.contains(h)));
        ++seen;
    }
    CHECK(seen >= 16);
}

TEST_CASE("both panel forms of the core principles, each saying where it comes from", "[catalogue][panel]")
{
    const hub::Catalogue cat = builtIn();
    const hub::PanelRule *panel = cat.panelRule(u"london-core-principles"_s);
    const hub::PanelRule *likely = cat.panelRule(u"london-core-principles"_s, hub::kEscalationProcessesForm);
    REQUIRE(panel);
    REQUIRE(likely);
    CHECK(panel->source.contains(u"Resolution Panel"_s));
    CHECK(likely->source.contains(u"Escalation Processes"_s));
    REQUIRE(likely->seats.size() == 3);
    CHECK(likely->seats.at(0).role == u"Out of area lay member"_s);
    CHECK(likely->seats.at(0).count == 2);
    const hub::PanelRule *wm = cat.panelRule(u"west-midlands-hub"_s);
    REQUIRE(wm);
    CHECK(wm->source.contains(u"sets no panel of its own"_s));
    CHECK_FALSE(cat.panelRule(u"west-midlands-hub"_s, hub::kEscalationProcessesForm));
}

TEST_CASE("West Midlands ladder: the first line is the HOPC or AHoF with the CCG Lead", "[catalogue][escalation]")
{
    const hub::Catalogue cat = builtIn();
    const hub::Agreement *wm = cat.agreement(u"west-midlands-hub"_s);
    REQUIRE(wm);
    REQUIRE(wm->escalation.size() == 4);
    CHECK(wm->escalation.at(1).level == 1);
    CHECK(wm->escalation.at(1).who.contains(u"Head of Primary Care (HOPC) for contracting matters"_s));
    CHECK(wm->escalation.at(1).who.contains(u"designated CCG Lead"_s));
    CHECK(wm->escalation.at(1).source.contains(u"section 6"_s));
    CHECK(wm->escalation.at(2).name == u"Locality Director"_s);
    CHECK(wm->escalation.at(3).name == u"Resolution Panel"_s);
    CHECK(wm->escalation.at(3).source.contains(u"Core principles"_s)); // not the West Midlands text
}

TEST_CASE("function X rows say they were read from the seed's layout", "[catalogue][seed]")
{
    const hub::Catalogue cat = builtIn();
    for (const hub::Activity &a : cat.function(u"X"_s)->activities)
        CHECK(a.layoutNote.startsWith(u"Read from the layout of the seed"_s));
    CHECK(cat.activity(u"X.16"_s)->layoutNote.contains(u"subgroup heading"_s));
    CHECK(cat.activity(u"I.1"_s)->layoutNote.isEmpty());
}

TEST_CASE("a clause file with a bad block names the JSON path", "[catalogue][clauses][loader]")
{
    const auto parsed = hub::parseClausesJson(
        R"({"clauses":[{"agreementKey":"a","key":"k","title":"T","blocks":[{"kind":"verse","text":"x"}]}]})",
        u"clauses.json"_s);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().field == u"clauses[0].blocks[0].kind"_s);
    CHECK(parsed.error().file == u"clauses.json"_s);
}
