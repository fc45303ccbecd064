// The shipped catalogue against the seed texts themselves: this file parses
// the West Midlands MoU's responsibility grid (including its broken function X
// layout) and the London core principles, and fails naming the exact activity,
// standard or bullet that differs.

#include "test_support.h"

#include "core/catalogue/catalogue_json.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <optional>

namespace
{

const QString kWestMidlandsSeed = QStringLiteral("resources/seeds/mou-west-midlands-primary-care-hub-v1.0.txt");
const QString kLondonSeed = QStringLiteral("resources/seeds/mou-core-principles-london-v1.4.txt");

QString readSeed(const QString &relative)
{
    QFile file(hubtest::sourcePath(relative));
    if (!file.open(QIODevice::ReadOnly))
        FAIL("cannot open " << relative.toStdString());
    QString text = QString::fromUtf8(file.readAll());
    text.remove(QLatin1Char('\r'));
    return text;
}

hub::Catalogue builtIn()
{
    hub::Result<hub::Catalogue> loaded = hub::loadBuiltInCatalogue();
    if (!loaded)
        FAIL(loaded.error().describe().toStdString());
    return loaded.value();
}

QString stripBold(QString s)
{
    static const QRegularExpression tags(QStringLiteral("</?b>"));
    return s.remove(tags);
}

QString unescapeHtml(QString s)
{
    s.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    s.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    s.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    s.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    s.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    s.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return s;
}

QString quoted(const QString &s)
{
    return QLatin1Char('\'') + s + QLatin1Char('\'');
}

// --------------------------------------------------------------- the grid

struct SeedActivity {
    QString subgroup;
    QString text;
    bool ccg = false;
    QString hub; // "CORE", "TBC", "SUPPORT" or ""
    QString qualifier; // "for contractual"
    int line = 0; // 1-based line in the seed where the activity starts
};

struct SeedFunction {
    QString numeral;
    QString title;
    QString note;
    QVector<SeedActivity> activities;
};

// Reads the "Support for Delegated Functions" grid up to "**Approved by:**".
//
// Well-formed rows are "- text<TAB>ccg cell<TAB>NHSE cell". In function X the
// conversion broke the rows apart: the text is on its own line, the NHSE
// marker ("CORE", "SUPPORT") on a later line, one row's text wraps over a
// marker ("... for each" / "CORE" / "practice."), and the CCG tick-box glyph
// was a line of its own that the text export emptied, which leaves three
// blank lines (blank, glyph, blank) where a tick was. A line holding the
// glyph itself (☒, a checked <input>, or a private-use symbol-font character)
// counts the same. A subgroup heading ending in ':' that carries an NHSE
// marker hands it to the subgroup's first activity.
class GridParser
{
public:
    explicit GridParser(const QString &seed)
    {
        const QStringList lines = seed.split(QLatin1Char('\n'));
        qsizetype begin = -1;
        qsizetype end = -1;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (begin < 0 && lines.at(i).startsWith(QStringLiteral("#### Support for Delegated Functions")))
                begin = i;
            else if (begin >= 0 && lines.at(i).startsWith(QStringLiteral("**Approved by:**"))) {
                end = i;
                break;
            }
        }
        if (begin < 0 || end < 0) {
            problems << QStringLiteral("grid section not found");
            return;
        }
        qsizetype table = -1;
        for (qsizetype i = begin; i < end; ++i) {
            if (lines.at(i).startsWith(QStringLiteral("Activity\tCCG\tNHSE"))) {
                table = i;
                break;
            }
        }
        if (table < 0) {
            problems << QStringLiteral("grid header 'Activity CCG NHSE' not found");
            return;
        }
        for (qsizetype i = table + 1; i < end; ++i)
            take(lines.at(i), int(i) + 1);
        flush();
    }

    QVector<SeedFunction> functions;
    QStringList problems;

private:
    static bool isChecked(const QString &cell)
    {
        if (cell.contains(QStringLiteral("checked")) || cell.contains(QChar(0x2612)))
            return true;
        for (const QChar c : cell) {
            if (c.unicode() >= 0xE000 && c.unicode() <= 0xF8FF)
                return true;
        }
        return false;
    }

    static bool isGlyphLine(const QString &s)
    {
        return !s.isEmpty() && !s.contains(QRegularExpression(QStringLiteral("[A-Za-z0-9]"))) && isChecked(s);
    }

    static bool readMarker(const QString &s, QString *role, QString *qualifier)
    {
        static const QRegularExpression re(QStringLiteral("^(CORE|TBC|SUPPORT)(?:\\s*\\(([^)]*)\\))?$"));
        const QRegularExpressionMatch m = re.match(s.trimmed());
        if (!m.hasMatch())
            return false;
        *role = m.captured(1);
        *qualifier = m.captured(2).trimmed();
        return true;
    }

    void setMarker(SeedActivity &a, const QString &cell, int line)
    {
        if (cell.trimmed().isEmpty())
            return;
        QString role;
        QString qualifier;
        if (!readMarker(cell, &role, &qualifier)) {
            problems << QStringLiteral("line %1: NHSE cell %2 is not CORE/TBC/SUPPORT").arg(line).arg(quoted(cell));
            return;
        }
        if (!a.hub.isEmpty())
            problems << QStringLiteral("line %1: second NHSE marker for %2").arg(line).arg(quoted(a.text));
        a.hub = role;
        a.qualifier = qualifier;
    }

    void applyCells(SeedActivity &a, const QStringList &cells, int line)
    {
        if (cells.size() > 1 && isChecked(cells.at(1)))
            a.ccg = true;
        if (cells.size() > 2)
            setMarker(a, cells.at(2), line);
    }

    void flush()
    {
        if (!m_open)
            return;
        if (m_pending && m_open->hub.isEmpty()) {
            m_open->hub = m_pending->first;
            m_open->qualifier = m_pending->second;
        }
        m_pending.reset();
        functions.last().activities << *m_open;
        m_open.reset();
    }

    void take(const QString &raw, int line)
    {
        static const QRegularExpression heading(QStringLiteral("^#+\\s*"));
        static const QRegularExpression numeral(QStringLiteral("^(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\\.\\s+(.+)$"));

        QString t = stripBold(raw);
        t.remove(heading);
        if (t.trimmed().isEmpty()) {
            ++m_blankRun;
            if (m_blankRun == 3 && m_open && m_rowOpen && m_open->hub.isEmpty())
                m_open->ccg = true; // blank, (emptied glyph), blank
            return;
        }
        m_blankRun = 0;

        const QStringList cells = t.split(QLatin1Char('\t'));
        const QString head = cells.first().trimmed();
        const bool hasCells = cells.size() > 1;

        if (isGlyphLine(head)) {
            if (m_open)
                m_open->ccg = true;
            else
                problems << QStringLiteral("line %1: tick-box with no activity").arg(line);
            return;
        }

        const QRegularExpressionMatch fn = numeral.match(head);
        if (fn.hasMatch()) {
            flush();
            SeedFunction f;
            f.numeral = fn.captured(1);
            f.title = fn.captured(2).trimmed();
            while (f.title.endsWith(QLatin1Char(';')) || f.title.endsWith(QLatin1Char('.')))
                f.title.chop(1);
            functions << f;
            m_subgroup.clear();
            m_pending.reset();
            return;
        }
        if (functions.isEmpty()) {
            problems << QStringLiteral("line %1: text before the first function").arg(line);
            return;
        }

        if (head.startsWith(QStringLiteral("- "))) {
            flush();
            SeedActivity a;
            a.subgroup = m_subgroup;
            a.text = head.mid(2).trimmed();
            a.line = line;
            m_rowOpen = !hasCells;
            if (hasCells)
                applyCells(a, cells, line);
            m_open = a;
            return;
        }

        if (head.endsWith(QLatin1Char(':'))) {
            flush();
            m_subgroup = head.chopped(1).trimmed();
            for (qsizetype c = 1; c < cells.size(); ++c) {
                QString role;
                QString qualifier;
                if (readMarker(cells.at(c), &role, &qualifier))
                    m_pending = qMakePair(role, qualifier);
            }
            return;
        }

        QString role;
        QString qualifier;
        if (m_open && readMarker(head, &role, &qualifier)) {
            setMarker(*m_open, head, line);
            return;
        }

        if (m_open && m_rowOpen) { // wrapped text of a broken row
            m_open->text += QLatin1Char(' ') + head;
            if (hasCells) {
                applyCells(*m_open, cells, line);
                m_rowOpen = false;
            }
            return;
        }

        SeedFunction &f = functions.last();
        if (!m_open && f.activities.isEmpty()) { // a paragraph instead of activities (IX)
            f.note = f.note.isEmpty() ? head : f.note + QLatin1Char(' ') + head;
            return;
        }
        problems << QStringLiteral("line %1: cannot place %2").arg(line).arg(quoted(head));
    }

    std::optional<SeedActivity> m_open;
    bool m_rowOpen = false;
    int m_blankRun = 0;
    QString m_subgroup;
    std::optional<QPair<QString, QString>> m_pending;
};

QString describeSeedRow(const SeedActivity &a)
{
    QString s = a.ccg ? QStringLiteral("CCG ☒") : QStringLiteral("CCG ☐");
    s += QStringLiteral(", NHSE ") + (a.hub.isEmpty() ? QStringLiteral("(none)") : a.hub);
    if (!a.qualifier.isEmpty())
        s += QStringLiteral(" (") + a.qualifier + QLatin1Char(')');
    return s;
}

QString describeCatalogueRow(const hub::Activity &a)
{
    QString s = a.ccgRole ? QStringLiteral("CCG ☒") : QStringLiteral("CCG ☐");
    const QString marker = a.hubMarker();
    return s + QStringLiteral(", NHSE ") + (marker.isEmpty() ? QStringLiteral("(none)") : marker);
}

// Every difference between the seed grid and the catalogue, one line each.
QStringList compareGrid(const QVector<SeedFunction> &seed, const hub::Catalogue &cat)
{
    QStringList diffs;
    if (seed.size() != cat.functions.size())
        diffs << QStringLiteral("seed has %1 functions, catalogue %2").arg(seed.size()).arg(cat.functions.size());
    const qsizetype n = std::min(seed.size(), cat.functions.size());
    for (qsizetype f = 0; f < n; ++f) {
        const SeedFunction &s = seed.at(f);
        const hub::DelegatedFunction &c = cat.functions.at(f);
        if (s.numeral != c.numeral || c.number != f + 1)
            diffs
                << QStringLiteral("function %1: catalogue has %2 (number %3)").arg(s.numeral, c.numeral).arg(c.number);
        if (s.title != c.title)
            diffs << QStringLiteral("function %1 title: seed %2, catalogue %3")
                         .arg(s.numeral, quoted(s.title), quoted(c.title));
        if (!s.note.isEmpty() && s.note != c.note)
            diffs << QStringLiteral("function %1 note: seed %2, catalogue %3")
                         .arg(s.numeral, quoted(s.note), quoted(c.note));
        if (s.activities.isEmpty() && c.note.isEmpty())
            diffs << QStringLiteral("function %1 has no activities but the catalogue gives no note").arg(s.numeral);

        const qsizetype m = std::max(s.activities.size(), c.activities.size());
        for (qsizetype i = 0; i < m; ++i) {
            const QString key = QStringLiteral("%1.%2").arg(s.numeral).arg(i + 1);
            if (i >= c.activities.size()) {
                const SeedActivity &sa = s.activities.at(i);
                diffs << QStringLiteral("%1 missing from catalogue: %2 (seed line %3)")
                             .arg(key, quoted(sa.text))
                             .arg(sa.line);
                continue;
            }
            const hub::Activity &ca = c.activities.at(i);
            if (i >= s.activities.size()) {
                diffs << QStringLiteral("%1 not in the seed: %2").arg(key, quoted(ca.text));
                continue;
            }
            const SeedActivity &sa = s.activities.at(i);
            const QString at
                = QStringLiteral("%1 (seed line %2, %3)").arg(key).arg(sa.line).arg(quoted(sa.text.left(60)));
            if (ca.key != key)
                diffs << QStringLiteral("%1: catalogue key is %2").arg(at, quoted(ca.key));
            if (ca.text != sa.text)
                diffs << QStringLiteral("%1: text differs\n    seed:      %2\n    catalogue: %3")
                             .arg(at, quoted(sa.text), quoted(ca.text));
            if (ca.subgroup != sa.subgroup)
                diffs << QStringLiteral("%1: subgroup seed %2, catalogue %3")
                             .arg(at, quoted(sa.subgroup), quoted(ca.subgroup));
            if (ca.ccgRole != sa.ccg || hub::hubRoleCode(ca.hubRole) != sa.hub || ca.hubQualifier != sa.qualifier)
                diffs << QStringLiteral("%1: markers seed [%2], catalogue [%3]")
                             .arg(at, describeSeedRow(sa), describeCatalogueRow(ca));
        }
    }
    return diffs;
}

void reportDiffs(const QStringList &diffs)
{
    for (const QString &d : diffs)
        FAIL_CHECK(d.toStdString());
    CHECK(diffs.isEmpty());
}

bool hasListLine(const QString &seed, const QString &prefixPattern, const QString &text)
{
    const QRegularExpression re(QStringLiteral("^%1%2\\s*$").arg(prefixPattern, QRegularExpression::escape(text)),
        QRegularExpression::MultilineOption);
    return re.match(seed).hasMatch();
}

} // namespace

TEST_CASE("seed grid parser reads the West Midlands layout, including broken function X", "[catalogue][seed]")
{
    const GridParser grid(readSeed(kWestMidlandsSeed));
    for (const QString &p : grid.problems)
        FAIL_CHECK(p.toStdString());
    REQUIRE(grid.functions.size() == 12);

    QStringList counts;
    int total = 0;
    for (const SeedFunction &f : grid.functions) {
        counts << QStringLiteral("%1:%2").arg(f.numeral).arg(f.activities.size());
        total += int(f.activities.size());
    }
    CHECK(counts.join(QLatin1Char(' '))
        == QStringLiteral("I:7 II:5 III:3 IV:3 V:2 VI:0 VII:3 VIII:11 IX:0 X:20 XI:3 XII:20"));
    CHECK(total == 77);

    // The parser's readings of the broken rows, independent of the catalogue.
    const SeedFunction &x = grid.functions.at(9);
    REQUIRE(x.activities.size() == 20);
    CHECK(x.activities.at(0).ccg); // tick glyph emptied, no marker
    CHECK(x.activities.at(0).hub.isEmpty());
    CHECK_FALSE(x.activities.at(1).ccg); // "CORE" on its own line
    CHECK(x.activities.at(1).hub == QStringLiteral("CORE"));
    CHECK(x.activities.at(3).ccg); // tick then "SUPPORT"
    CHECK(x.activities.at(3).hub == QStringLiteral("SUPPORT"));
    CHECK(x.activities.at(10).text
        == QStringLiteral("Liaise with the District Valuer regarding the rent and rates payment for each practice."));
    CHECK(x.activities.at(10).hub == QStringLiteral("CORE"));
    CHECK_FALSE(x.activities.at(10).ccg);
    CHECK(x.activities.at(15).subgroup == QStringLiteral("Other premises related issues"));
    CHECK(x.activities.at(15).hub == QStringLiteral("CORE")); // from the subgroup heading
    CHECK(grid.functions.at(8).note.startsWith(QStringLiteral("Under Joint Commissioning Arrangements")));
    CHECK(grid.functions.at(7).activities.at(2).qualifier == QStringLiteral("for contractual"));
}

TEST_CASE("catalogue functions and activities match the West Midlands seed grid", "[catalogue][seed]")
{
    const GridParser grid(readSeed(kWestMidlandsSeed));
    REQUIRE(grid.problems.isEmpty());
    reportDiffs(compareGrid(grid.functions, builtIn()));
}

TEST_CASE("seed comparison names the activity that differs", "[catalogue][seed]")
{
    const GridParser grid(readSeed(kWestMidlandsSeed));
    hub::Catalogue cat = builtIn();
    cat.functions[9].activities[10].text = QStringLiteral("Liaise with the District Valuer");
    cat.functions[7].activities[2].hubQualifier.clear();
    const QStringList diffs = compareGrid(grid.functions, cat);
    REQUIRE(diffs.size() == 2);
    CHECK(diffs.at(0).startsWith(QStringLiteral("VIII.3 ")));
    CHECK(diffs.at(0).contains(QStringLiteral("CORE (for contractual)")));
    CHECK(diffs.at(1).startsWith(QStringLiteral("X.11 ")));
    CHECK(diffs.at(1).contains(QStringLiteral("text differs")));
}

TEST_CASE("finance services and ledger responsibilities are the West Midlands seed's, verbatim", "[catalogue][seed]")
{
    const QString seed = readSeed(kWestMidlandsSeed);
    const QStringList lines = seed.split(QLatin1Char('\n'));
    const qsizetype begin = lines.indexOf(QStringLiteral("## 4.2 Financial Management Support"));
    const qsizetype end = lines.indexOf(QStringLiteral("## 5. Staffing Resources"));
    REQUIRE(begin >= 0);
    REQUIRE(end > begin);

    static const QRegularExpression item(QStringLiteral("<li>(.*?)</li>"));
    static const QRegularExpression bullet(QStringLiteral("^\\x{2022}\\s*"));
    QStringList areas;
    QVector<QStringList> bullets;
    for (qsizetype i = begin; i < end; ++i) {
        const QString &line = lines.at(i);
        if (!line.contains(QStringLiteral("<li>")))
            continue;
        const QString area = line.section(QLatin1Char('\t'), 0, 0).trimmed();
        QStringList found;
        for (const QRegularExpressionMatch &m : item.globalMatch(line))
            found << unescapeHtml(m.captured(1)).remove(bullet).trimmed();
        if (area.isEmpty()) { // the table's continuation row (premises)
            REQUIRE_FALSE(bullets.isEmpty());
            bullets.last() << found;
        } else {
            areas << area;
            bullets << found;
        }
    }
    REQUIRE(areas.size() == 8);

    const hub::Catalogue cat = builtIn();
    REQUIRE(cat.financeServices.size() == areas.size());
    for (qsizetype i = 0; i < areas.size(); ++i) {
        const hub::FinanceService &s = cat.financeServices.at(i);
        INFO("finance row " << i + 1 << " '" << areas.at(i).toStdString() << "'");
        CHECK(s.area == areas.at(i));
        CHECK(s.activities == bullets.at(i));
        for (const QString &a : s.activities) {
            QString escaped = a;
            escaped.replace(QStringLiteral("&"), QStringLiteral("&amp;"));
            if (!seed.contains(escaped))
                FAIL_CHECK("finance bullet not verbatim in the seed: " << a.toStdString());
        }
    }

    const qsizetype ledger = lines.indexOf(QRegularExpression(QStringLiteral(".*responsibilities on CCG ledgers:$")));
    REQUIRE(ledger >= 0);
    QStringList responsibilities;
    for (qsizetype i = ledger + 1; i < lines.size(); ++i) {
        if (lines.at(i).startsWith(QStringLiteral("- ")))
            responsibilities << lines.at(i).mid(2).trimmed();
        else if (!lines.at(i).trimmed().isEmpty())
            break;
    }
    CHECK(cat.ledgerResponsibilities == responsibilities);
}

TEST_CASE("West Midlands principles, reporting and signatory come from the seed", "[catalogue][seed]")
{
    const QString seed = readSeed(kWestMidlandsSeed);
    const hub::Catalogue cat = builtIn();
    const hub::Agreement *wm = cat.agreement(QStringLiteral("west-midlands-hub"));
    REQUIRE(wm);
    CHECK(wm->sourceFile == QFileInfo(kWestMidlandsSeed).fileName());
    REQUIRE(wm->principles.size() == 8);
    for (const QString &p : wm->principles) {
        if (!hasListLine(seed, QStringLiteral("- "), p))
            FAIL_CHECK("principle not a bullet of the seed: " << p.toStdString());
    }
    for (const QString &p : wm->purposes)
        CHECK(seed.contains(p));
    for (const hub::ReportingQuarter &q : cat.reporting)
        CHECK(seed.contains(QStringLiteral("\n%1\t%2\n").arg(q.quarter).arg(q.due)));
    for (const hub::Signatory &s : wm->signatories) {
        if (!s.name.isEmpty())
            CHECK(seed.contains(QStringLiteral("**Print Name:** ") + s.name));
        if (!s.designation.isEmpty())
            CHECK(seed.contains(QStringLiteral("**Designation:** ") + s.designation));
    }
    CHECK(seed.contains(QStringLiteral("**Version number:** ") + wm->version));
    for (const hub::Contact &c : cat.keyContacts)
        CHECK(seed.contains(c.name));
    for (const hub::Ccg &c : cat.ccgs) {
        INFO(c.code.toStdString());
        CHECK(seed.contains(QLatin1Char('\n') + c.shortName + QLatin1Char('\t')));
    }
}

TEST_CASE("the four RT quantified standards and their exclusions are the London seed's, verbatim", "[catalogue][seed]")
{
    const QString seed = readSeed(kLondonSeed);
    static const QRegularExpression row(
        QStringLiteral("^(\\d+)\\. ([^\\t\\n]+)\\t([^\\t\\n]+)\\t([^\\t\\n]+)$"), QRegularExpression::MultilineOption);
    static const QRegularExpression kebab(QStringLiteral("^[a-z]+(-[a-z]+)*$"));

    const hub::Catalogue cat = builtIn();
    int rows = 0;
    for (const QRegularExpressionMatch &m : row.globalMatch(seed)) {
        ++rows;
        const int number = m.captured(1).toInt();
        const QString name = m.captured(2).trimmed();
        const QString text = stripBold(m.captured(3)).trimmed();
        const QString exclusionCell = m.captured(4).trimmed();
        INFO("standard " << number << " " << name.toStdString());

        const hub::ServiceStandard *found = nullptr;
        for (const hub::ServiceStandard &s : cat.standards) {
            if (s.number == number)
                found = &s;
        }
        REQUIRE(found);
        CHECK(found->name == name);
        CHECK(found->text == text);

        QStringList exclusionTexts;
        for (const hub::Exclusion &e : found->exclusions) {
            INFO("exclusion " << e.code.toStdString());
            CHECK(kebab.match(e.code).hasMatch());
            CHECK(e.text.startsWith(QStringLiteral("Where ")));
            CHECK(exclusionCell.contains(e.text));
            exclusionTexts << e.text;
        }
        CHECK(exclusionTexts.join(QLatin1Char(' ')) == exclusionCell); // all of them, in order

        // The clock numbers are the ones the wording states.
        if (found->acknowledgeWorkingDays > 0)
            CHECK(text.contains(QStringLiteral("within %1 working days").arg(found->acknowledgeWorkingDays)));
        if (found->responseWorkingDays > 0)
            CHECK(text.contains(QStringLiteral(" %1 working days").arg(found->responseWorkingDays)));
        if (!text.contains(QStringLiteral("working days"))) {
            CHECK(found->acknowledgeWorkingDays == 0);
            CHECK(found->responseWorkingDays == 0);
        }
    }
    CHECK(rows == 4);
    CHECK(cat.standards.size() == 4);
}

TEST_CASE(
    "London purposes, documents, principles and performance standards are the seed's bullets", "[catalogue][seed]")
{
    const QString seed = readSeed(kLondonSeed);
    const hub::Catalogue cat = builtIn();
    const hub::Agreement *london = cat.agreement(QStringLiteral("london-core-principles"));
    REQUIRE(london);
    CHECK(london->sourceFile == QFileInfo(kLondonSeed).fileName());

    const auto allBullets = [&](const QStringList &items, const QString &prefix, const char *what) {
        for (const QString &item : items) {
            if (!hasListLine(seed, prefix, item))
                FAIL_CHECK(what << " not a list item of the London seed: " << item.toStdString());
        }
    };
    allBullets(london->purposes, QStringLiteral("- "), "purpose");
    allBullets(london->associatedDocuments, QStringLiteral("- "), "associated document");
    allBullets(london->principles, QStringLiteral("- "), "principle");
    allBullets(cat.regionalTeamStandards, QStringLiteral("\\d\\. "), "regional team standard");
    allBullets(cat.committeeStandards, QStringLiteral("- "), "committee standard");
    CHECK(london->purposes.size() == 6);
    CHECK(london->associatedDocuments.size() == 5);
    CHECK(london->principles.size() == 6);
    CHECK(cat.regionalTeamStandards.size() == 5);
    CHECK(cat.committeeStandards.size() == 6);

    const hub::PanelRule *panel = cat.panelRule(QStringLiteral("london-core-principles"));
    REQUIRE(panel);
    CHECK(seed.contains(panel->independence));
}
