// What every imported CSV is held to (docs/cli.md "Limits on imported files"): the right row when a row
// is malformed, no control characters, no field over kCsvMaxFieldChars, no row over kCsvMaxFields.
#include "test_support.h"

#include "core/practices/csv_reader.h"
#include "core/practices/practice_import.h"

#include <QFile>

#include <functional>

using namespace hub;

namespace
{

// Row `code` of a real 2023-02 epraccur extract (fields quoted, CRLF).
QByteArray epraccurRow(int n, const QByteArray &name = "THE DENSHAM SURGERY")
{
    const QByteArray code = "A8" + QByteArray::number(1000 + n);
    return "\"" + code + "\",\"" + name
        + "\",\"Y63\",\"QHM\",\"THE HEALTH CENTRE\",\"LAWSON STREET\",\"STOCKTON-ON-TEES\","
          "\"CLEVELAND\",\"\",\"TS18 1HU\",\"19740401\",\"\",\"A\",\"B\",\"16C\",\"20200401\",\"\",\"01642 672351\","
          "\"\",\"\",\"\",\"0\",\"\",\"16C\",\"\",\"4\",\"\"";
}

// Ten rows; `edit` changes row `target` (1-based) before the line break is added.
QByteArray tenRows(int target, const std::function<QByteArray(QByteArray)> &edit)
{
    QByteArray out;
    for (int n = 1; n <= 10; ++n)
        out += (n == target ? edit(epraccurRow(n)) : epraccurRow(n)) + "\r\n";
    return out;
}

const QByteArray kPaymentsHeader = "Practice Code,Practice Name,Practice Address,CCG Code,CCG Name,Contract Type,"
                                   "Number of Registered Patients (Last Known Figure)\r\n";

Error refused(const QByteArray &bytes)
{
    auto r = parsePracticeBytes(bytes, QStringLiteral("list.csv"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::Invalid);
    CHECK(r.error().file == QStringLiteral("list.csv"));
    return r.error();
}

} // namespace

TEST_CASE("A row with extra fields is named by its own row and its real field count", "[csv][limits]")
{
    const Error e = refused(tenRows(5, [](QByteArray row) { return row + ",\"extra\""; }));
    CHECK(e.row == 5);
    CHECK(e.message == QStringLiteral("expected 27 fields, found 28"));
    CHECK(e.field == QStringLiteral("column 28"));
}

TEST_CASE("A stray carriage return does not split a row and push the blame onto the next line", "[csv][limits]")
{
    // The fault trial's file: extra fields written after the CR of a CRLF. Before the fix the bare CR
    // ended the record, and the error named row 11 of a 10-row file with "found 2".
    for (int target : { 10, 4 }) {
        INFO("row " << target);
        const Error e = refused(tenRows(target, [](QByteArray row) { return row + "\r,\"extra\""; }));
        CHECK(e.row == target);
        CHECK(e.field == QStringLiteral("Null (27)"));
        CHECK(e.message.contains(QStringLiteral("U+000D")));
    }
    // Inside an unquoted payments field the stray CR is a control character of that field.
    const Error p = refused(kPaymentsHeader + "A00001,Name\rMore,Addr,05A,CCG,GMS,1\r\nA00002,N,A,05A,CCG,GMS,1\r\n");
    CHECK(p.row == 2);
    CHECK(p.field == QStringLiteral("Practice Name"));
}

TEST_CASE("A CR-only (classic Mac) file still reads its rows", "[csv][limits]")
{
    auto r = parsePracticeBytes(
        kPaymentsHeader.chopped(2) + "\rA00001,One,Addr,05A,CCG,GMS,10\rA00002,Two,Addr,05A,CCG,PMS,20\r",
        QStringLiteral("mac.csv"));
    REQUIRE(r.ok());
    REQUIRE(r->records.size() == 2);
    CHECK(r->records[1].name == QStringLiteral("Two"));
}

TEST_CASE("A NUL byte or other control character in a name is refused with row and field", "[csv][limits]")
{
    struct Case {
        const char *what;
        QByteArray name;
        const char *code;
    };
    const Case cases[] = {
        { "NUL", QByteArray("THE DENSHAM", 11) + '\0' + "SURGERY", "U+0000, a NUL byte" },
        { "tab", "THE\tDENSHAM", "U+0009, a tab" },
        { "escape", "THE\x1B[31mDENSHAM", "U+001B" },
        { "delete",
            "THE\x7F"
            "DENSHAM",
            "U+007F" },
    };
    for (const Case &c : cases) {
        INFO(c.what);
        const Error e = refused(tenRows(3, [&](QByteArray) { return epraccurRow(3, c.name); }));
        CHECK(e.row == 3);
        CHECK(e.field == QStringLiteral("Name"));
        CHECK(e.message.contains(QString::fromLatin1(c.code)));
    }
    // In the first row too: named there, not "not a practice list".
    const Error first = refused(tenRows(1, [](QByteArray) { return epraccurRow(1, QByteArray("A\0B", 3)); }));
    CHECK(first.row == 1);
    CHECK(first.field == QStringLiteral("Name"));
    // A payments file, and a Windows-1252 file whose undefined byte 0x81 decodes to a C1 control.
    const Error pay = refused(kPaymentsHeader + "A00001,Name,\"1 High\x01St\",05A,CCG,GMS,1\r\n");
    CHECK(pay.row == 2);
    CHECK(pay.field == QStringLiteral("Practice Address"));
    const Error c1 = refused(kPaymentsHeader + "A00001,Caf\xE9\x81,Addr,05A,CCG,GMS,1\r\n");
    CHECK(c1.field == QStringLiteral("Practice Name"));
    CHECK(c1.message.contains(QStringLiteral("U+0081")));
}

TEST_CASE("A line break inside a quoted name is allowed and stored as a space", "[csv][limits]")
{
    auto r = parsePracticeBytes(
        kPaymentsHeader + "A00001,\"Two\r\nLines\",\"1 High St\nTown\",05A,CCG,GMS,1\r\n", QStringLiteral("ok.csv"));
    REQUIRE(r.ok());
    CHECK(r->records[0].name == QStringLiteral("Two Lines"));
    CHECK(r->records[0].address == QStringLiteral("1 High St Town"));
}

TEST_CASE("A field longer than the maximum is refused; one at the maximum is read", "[csv][limits]")
{
    const QByteArray atLimit(kCsvMaxFieldChars, 'A');
    auto ok
        = parsePracticeBytes(tenRows(2, [&](QByteArray) { return epraccurRow(2, atLimit); }), QStringLiteral("ok.csv"));
    REQUIRE(ok.ok());
    CHECK(ok->records[1].name.size() == kCsvMaxFieldChars);

    // The fault trial's 20 MB name, quoted and unquoted.
    const QByteArray huge(20 * 1024 * 1024, 'A');
    const Error quoted = refused(tenRows(7, [&](QByteArray) { return epraccurRow(7, huge); }));
    CHECK(quoted.row == 7);
    CHECK(quoted.field == QStringLiteral("Name"));
    CHECK(quoted.message == QStringLiteral("the field is longer than 500 characters, the most a field may hold"));
    const Error bare = refused(kPaymentsHeader + "A00001,N,A,05A,CCG,GMS,1\r\nA00002,"
        + QByteArray(kCsvMaxFieldChars + 1, 'x') + ",A,05A,CCG,GMS,1\r\n");
    CHECK(bare.row == 3);
    CHECK(bare.field == QStringLiteral("Practice Name"));
}

TEST_CASE("A row with more fields than the maximum is refused", "[csv][limits]")
{
    QByteArray wide = "A00001,N,A,05A,CCG,GMS,1";
    for (int i = 7; i <= kCsvMaxFields; ++i)
        wide += ",x";
    const Error e = refused(kPaymentsHeader + wide + "\r\n");
    CHECK(e.row == 2);
    CHECK(e.message == QStringLiteral("the row has more than 200 fields, the most a row may hold"));
}

TEST_CASE("A file larger than the maximum is refused before it is read", "[csv][limits]")
{
    hubtest::TempDir tmp;
    QFile f(tmp.path(QStringLiteral("huge.csv")));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(kPaymentsHeader);
    REQUIRE(f.resize(kMaxPracticeFileBytes + 1)); // sparse: no 64 MB written
    f.close();
    auto r = parsePracticeFile(f.fileName());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().file == QStringLiteral("huge.csv"));
    CHECK(r.error().message == QStringLiteral("the file is larger than 64 MB, the most a practice list may be"));
}

TEST_CASE("The CSV reader itself applies the limits, for any CSV Hubcase reads", "[csv][limits]")
{
    auto nul = readCsv(QByteArray("a,b\r\nc,d\0e\r\n", 12), QStringLiteral("t.csv"));
    REQUIRE_FALSE(nul.ok());
    CHECK(nul.error().row == 2);
    CHECK(nul.error().field == QStringLiteral("column 2"));
    CHECK(nul.error().message
        == QStringLiteral(
            "character 2 of the field is a control character (U+0000, a NUL byte), which no field may hold"));
    CHECK(isForbiddenCsvControl(QChar(0x9F)));
    CHECK_FALSE(isForbiddenCsvControl(QChar(0xA0)));
    CHECK_FALSE(isForbiddenCsvControl(QChar(u'\n')));
}
