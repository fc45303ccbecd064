// Practice-list import: CSV edge cases, every real NHS file we hold, and rejected malformed rows.
#include "test_support.h"

#include "core/practices/csv_reader.h"
#include "core/practices/practice_import.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QSet>

using namespace hub;
using namespace Qt::StringLiterals;

namespace
{

QVector<CsvRecord> csv(const QByteArray &bytes)
{
    auto r = readCsv(bytes, QStringLiteral("t.csv"));
    REQUIRE(r.ok());
    return r.value();
}

QString writeFile(const hubtest::TempDir &tmp, const QString &name, const QByteArray &bytes)
{
    QFile f(tmp.path(name));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return f.fileName();
}

const QByteArray kPaymentsHeader
    = "Practice Code,Practice Name,Practice Address,CCG Code,CCG Name,Contract Type,"
      "Number of Registered Patients (Last Known Figure),Practice Open Date,Practice Close Date\r\n";

// The first row of the real 2023-02 epraccur with the given code and fields swapped in.
QByteArray epraccurLine(const QString &code, int column = -1, const QString &value = {})
{
    QStringList f
        = QStringLiteral("A81001|THE DENSHAM SURGERY|Y63|QHM|THE HEALTH CENTRE|LAWSON STREET|STOCKTON-ON-TEES|"
                         "CLEVELAND||TS18 1HU|19740401||A|B|16C|20200401||01642 672351||||0||16C||4|")
              .split(QLatin1Char('|'));
    f[0] = code;
    if (column >= 0)
        f[column] = value;
    return (u"\""_s + f.join(QStringLiteral("\",\"")) + u"\"\r\n"_s).toUtf8();
}

Error expectFailure(const QByteArray &bytes, const QString &name = QStringLiteral("bad.csv"))
{
    hubtest::TempDir tmp;
    auto r = parsePracticeFile(writeFile(tmp, name, bytes));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::Invalid);
    CHECK(r.error().file == name);
    return r.error();
}

} // namespace

TEST_CASE("CSV reader handles quotes, embedded commas and doubled quotes", "[csv]")
{
    const auto rows = csv("a,\"b,c\",\"say \"\"hi\"\"\",\r\n\"\",x\r\n");
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].fields
        == QStringList { QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("say \"hi\""), QString() });
    CHECK(rows[1].fields == QStringList { QString(), QStringLiteral("x") });
}

TEST_CASE("CSV reader keeps embedded newlines and reports physical lines", "[csv]")
{
    const auto rows = csv("h1,h2\r\n\"line one\r\nline two\",b\r\n\r\nlast,row");
    REQUIRE(rows.size() == 3);
    CHECK(rows[1].fields[0] == QStringLiteral("line one\nline two"));
    CHECK(rows[0].line == 1);
    CHECK(rows[1].line == 2);
    CHECK(rows[2].line == 5); // a blank line is skipped but still counted
}

TEST_CASE("CSV reader reads LF and CRLF alike and drops a UTF-8 BOM", "[csv]")
{
    const auto crlf = csv("\xEF\xBB\xBFname,\xC2\xA3\r\nx,1\r\n");
    const auto lf = csv("name,\xC2\xA3\nx,1\n");
    REQUIRE(crlf.size() == 2);
    REQUIRE(lf.size() == 2);
    CHECK(crlf[0].fields == lf[0].fields);
    CHECK(crlf[0].fields[0] == QStringLiteral("name"));
    CHECK(crlf[0].fields[1] == QStringLiteral("\u00a3"));
    CHECK(crlf[1].fields == lf[1].fields);
}

TEST_CASE("CSV reader falls back to Windows-1252 when bytes are not UTF-8", "[csv]")
{
    CsvReader reader("Total_\xA3,Euro\x80\r\n1,2\r\n");
    CsvRecord rec;
    REQUIRE(reader.readRecord(&rec));
    CHECK(reader.encoding() == QStringLiteral("Windows-1252"));
    CHECK(rec.fields[0] == QStringLiteral("Total_\u00a3"));
    CHECK(rec.fields[1] == QStringLiteral("Euro\u20ac"));
    CsvReader utf8("Total_\xC2\xA3\r\n");
    REQUIRE(utf8.readRecord(&rec));
    CHECK(utf8.encoding() == QStringLiteral("UTF-8"));
}

TEST_CASE("CSV reader rejects an unclosed quote and text after a closing quote", "[csv]")
{
    auto open = readCsv("a,b\r\nc,\"never\r\nclosed\r\n", QStringLiteral("t.csv"));
    REQUIRE_FALSE(open.ok());
    CHECK(open.error().row == 2);
    CHECK(open.error().field == QStringLiteral("column 2"));
    auto trailing = readCsv("\"a\"x,b\r\n", QStringLiteral("t.csv"));
    REQUIRE_FALSE(trailing.ok());
    CHECK(trailing.error().row == 1);
}

TEST_CASE("epraccur 2023-02 parses every row and filters to active GP practices", "[practices]")
{
    const QString path = hubtest::dataPath(QStringLiteral("ods-epraccur-gp-practices-2023-02.csv"));
    auto all = parsePracticeFile(path);
    REQUIRE(all.ok());
    CHECK(all->format == QStringLiteral("epraccur"));
    CHECK(all->rowsRead == 15663);
    CHECK(all->rowsSkipped == 0);
    REQUIRE(all->records.size() == 15663);
    QHash<QString, int> status;
    for (const auto &p : all->records)
        ++status[p.status];
    CHECK(status
        == QHash<QString, int> { { QStringLiteral("A"), 11995 }, { QStringLiteral("C"), 3436 },
            { QStringLiteral("D"), 230 }, { QStringLiteral("P"), 2 } });

    const PracticeRecord &first = all->records.first();
    CHECK(first.odsCode == QStringLiteral("A81001"));
    CHECK(first.name == QStringLiteral("THE DENSHAM SURGERY"));
    CHECK(first.address == QStringLiteral("THE HEALTH CENTRE, LAWSON STREET, STOCKTON-ON-TEES, CLEVELAND"));
    CHECK(first.postcode == QStringLiteral("TS18 1HU"));
    CHECK(first.openDate == QDate(1974, 4, 1));
    CHECK(first.closeDate.isNull());
    CHECK(first.ccgCode == QStringLiteral("16C"));
    CHECK(first.prescribingSetting == 4);
    CHECK(first.contractType == ContractType::Unknown);

    auto active = parsePracticeFile(path, PracticeImportOptions { true, true });
    REQUIRE(active.ok());
    CHECK(active->records.size() == 6848);
    CHECK(active->rowsRead == 15663);
    CHECK(active->rowsSkipped == 15663 - 6848);
}

TEST_CASE("epraccur 2019-11 parses with the CCG-era counts", "[practices]")
{
    auto r = parsePracticeFile(hubtest::dataPath(QStringLiteral("ods-epraccur-gp-practices-2019-11.csv")),
        PracticeImportOptions { true, true });
    REQUIRE(r.ok());
    CHECK(r->rowsRead == 14357);
    CHECK(r->records.size() == 6830);
}

TEST_CASE("every payments year parses with its published row and contract counts", "[practices]")
{
    struct Year {
        const char *year;
        int rows, gms, pms, apms, unknown;
    };
    const Year years[] = {
        { "2014-15", 7959, 4480, 3190, 289, 0 },
        { "2015-16", 7841, 4892, 2653, 296, 0 },
        { "2016-17", 7763, 5301, 2127, 279, 56 },
        { "2017-18", 7543, 5169, 2052, 234, 88 },
        { "2018-19", 7279, 5079, 1918, 181, 101 },
        { "2019-20", 7001, 4917, 1794, 180, 110 },
        { "2020-21", 6808, 4720, 1831, 177, 80 },
        { "2021-22", 6758, 4742, 1655, 235, 126 },
        { "2022-23", 6669, 4664, 1615, 235, 155 },
    };
    for (const Year &y : years) {
        const QString file = QStringLiteral("nhs-payments-to-general-practice-%1.csv").arg(QLatin1String(y.year));
        INFO(file.toStdString());
        auto r = parsePracticeFile(hubtest::dataPath(file));
        if (!r.ok())
            FAIL(r.error().describe().toStdString());
        CHECK(r->format == QStringLiteral("payments"));
        CHECK(r->rowsRead == y.rows);
        CHECK(r->records.size() == y.rows);
        QMap<ContractType, int> counts;
        for (const auto &p : r->records)
            ++counts[p.contractType];
        CHECK(counts.value(ContractType::GMS) == y.gms);
        CHECK(counts.value(ContractType::PMS) == y.pms);
        CHECK(counts.value(ContractType::APMS) == y.apms);
        CHECK(counts.value(ContractType::Unknown) == y.unknown);
        for (const auto &p : r->records) {
            if (!p.ccgCode.isEmpty() && !p.ccgName.isEmpty() && p.registeredPatients >= 0)
                continue;
            FAIL_CHECK((p.odsCode + QStringLiteral(" lacks a CCG or patients")).toStdString());
            break;
        }
    }
}

TEST_CASE("payments files: dates, patients and 2022-23 sub-ICB columns come out right", "[practices]")
{
    auto find = [](const PracticeImport &imp, const QString &code) {
        for (const auto &p : imp.records) {
            if (p.odsCode == code)
                return p;
        }
        FAIL("no practice " << code.toStdString());
        return PracticeRecord {};
    };
    auto y1718 = parsePracticeFile(hubtest::dataPath(QStringLiteral("nhs-payments-to-general-practice-2017-18.csv")));
    REQUIRE(y1718.ok());
    CHECK(find(*y1718, QStringLiteral("A81001")).openDate == QDate(1999, 4, 1)); // Excel serial 36251

    auto y1516 = parsePracticeFile(hubtest::dataPath(QStringLiteral("nhs-payments-to-general-practice-2015-16.csv")));
    REQUIRE(y1516.ok());
    const PracticeRecord c85001 = find(*y1516, QStringLiteral("C85001"));
    CHECK(c85001.registeredPatients == 4268);
    CHECK(c85001.ccgName == QStringLiteral("NHS BARNSLEY CCG"));
    CHECK(c85001.address == QStringLiteral("The Goldthorpe Centre Goldthorpe Green Goldthorpe Rotherham"));
    CHECK(c85001.openDate.isNull()); // '-'

    auto y2223 = parsePracticeFile(hubtest::dataPath(QStringLiteral("nhs-payments-to-general-practice-2022-23.csv")));
    REQUIRE(y2223.ok());
    const PracticeRecord a81001 = find(*y2223, QStringLiteral("A81001"));
    CHECK(a81001.ccgCode == QStringLiteral("16C"));
    CHECK(a81001.ccgName == QStringLiteral("NHS NORTH EAST AND NORTH CUMBRIA ICB - 16C"));
    CHECK(a81001.openDate == QDate(1974, 4, 1));
}

TEST_CASE("demo resource holds the 687 practices of 14 West Midlands CCGs", "[practices]")
{
    const QString resource = QStringLiteral(":/data/demo-practices-2015-16.csv");
    QFile f(resource);
    REQUIRE(f.open(QIODevice::ReadOnly));
    auto r = parsePracticeBytes(f.readAll(), resource);
    REQUIRE(r.ok());
    CHECK(r->format == QStringLiteral("payments"));
    REQUIRE(r->records.size() == 687);
    QSet<QString> ccgs;
    for (const auto &p : r->records)
        ccgs.insert(p.ccgCode);
    CHECK(ccgs
        == QSet<QString> { QStringLiteral("04X"), QStringLiteral("05A"), QStringLiteral("05C"), QStringLiteral("05F"),
            QStringLiteral("05H"), QStringLiteral("05J"), QStringLiteral("05L"), QStringLiteral("05P"),
            QStringLiteral("05R"), QStringLiteral("05T"), QStringLiteral("05Y"), QStringLiteral("06A"),
            QStringLiteral("06D"), QStringLiteral("13P") });
}

TEST_CASE("malformed payments rows fail naming the physical row and the column", "[practices]")
{
    const QByteArray good
        = "A00001,\"Multi\r\nline name\",\"1 High St\",05A,NHS COVENTRY AND RUGBY CCG,GMS,1234,-,-\r\n";
    struct Case {
        const char *what;
        QByteArray row;
        int line;
        const char *field;
    };
    // The good row spans lines 2-3, so the bad row is physical line 4, not record 3.
    const Case cases[] = {
        { "short row", "A00002,Name,Addr,05A,CCG,GMS,1234,-\r\n", 4, "Practice Close Date" },
        { "bad date", "A00002,Name,Addr,05A,CCG,GMS,1234,31/02/2015,-\r\n", 4, "Practice Open Date" },
        { "unknown contract", "A00002,Name,Addr,05A,CCG,XMS,1234,-,-\r\n", 4, "Contract Type" },
        { "duplicate code", "A00001,Name,Addr,05A,CCG,GMS,1234,-,-\r\n", 4, "Practice Code" },
        { "non-numeric patients", "A00002,Name,Addr,05A,CCG,GMS,12a4,-,-\r\n", 4,
            "Number of Registered Patients (Last Known Figure)" },
        { "bad ODS code", "A0002,Name,Addr,05A,CCG,GMS,1234,-,-\r\n", 4, "Practice Code" },
        { "unclosed quote", "A00002,\"Name,Addr,05A,CCG,GMS,1234,-,-\r\nA00003,x,y,05A,CCG,GMS,1,-,-\r\n", 4,
            "Practice Name" },
    };
    for (const Case &c : cases) {
        INFO(c.what);
        const Error e = expectFailure(kPaymentsHeader + good + c.row + "A00009,Last,Addr,05A,CCG,PMS,5,-,-\r\n");
        CHECK(e.row == c.line);
        CHECK(e.field == QString::fromLatin1(c.field));
    }
    CHECK(expectFailure(kPaymentsHeader + "A00002,Name,Addr,05A,CCG,XMS,1,-,-\r\n").describe()
        == QStringLiteral(
            "bad.csv row 2, field 'Contract Type': unknown contract type 'XMS' (expected GMS, PMS, APMS or UNKNOWN)"));
}

TEST_CASE("malformed epraccur rows fail naming the row and the column", "[practices]")
{
    const QByteArray two = epraccurLine(QStringLiteral("A00001")) + epraccurLine(QStringLiteral("A00002"));
    QByteArray shortRow = epraccurLine(QStringLiteral("A00003"));
    shortRow.replace(",\"\"\r\n", "\r\n"); // drop the last (27th) field

    struct Case {
        const char *what;
        QByteArray row;
        const char *field;
    };
    const Case cases[] = {
        { "short row", shortRow, "Null (27)" },
        { "bad open date", epraccurLine(QStringLiteral("A00003"), 10, QStringLiteral("19741301")), "Open Date" },
        { "bad close date", epraccurLine(QStringLiteral("A00003"), 11, QStringLiteral("2023-01-01")), "Close Date" },
        { "bad status", epraccurLine(QStringLiteral("A00003"), 12, QStringLiteral("X")), "Status Code" },
        { "bad setting", epraccurLine(QStringLiteral("A00003"), 25, QStringLiteral("four")), "Prescribing Setting" },
        { "duplicate code", epraccurLine(QStringLiteral("A00001")), "Organisation Code" },
    };
    for (const Case &c : cases) {
        INFO(c.what);
        const Error e
            = expectFailure(two + c.row + epraccurLine(QStringLiteral("A00009")), QStringLiteral("epraccur.csv"));
        CHECK(e.row == 3);
        CHECK(e.field == QString::fromLatin1(c.field));
    }
}

TEST_CASE("files that are neither format are refused", "[practices]")
{
    const Error e = expectFailure("Name,Value\r\nfoo,1\r\n");
    CHECK(e.row == 1);
    hubtest::TempDir tmp;
    auto missing = parsePracticeFile(tmp.path(QStringLiteral("absent.csv")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NotFound);
}
