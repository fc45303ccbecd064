// What may be added to a timeline: pauses need the current standard's
// exclusion and a note, restarts need a pause, nothing before receipt.
#include "test_support.h"

#include "core/cases/case_fields.h"
#include "core/cases/case_reference.h"
#include "core/cases/case_rules.h"
#include "core/cases/letter_merge.h"
#include "core/catalogue/catalogue_json.h"
#include "core/common/excel_csv.h"

using namespace hub;

namespace
{

const auto d = hubtest::isoDate;

ServiceStandard queries()
{
    auto c = loadBuiltInCatalogue();
    REQUIRE(c.ok());
    return *c->standard(QStringLiteral("queries"));
}

using hubtest::ev;

Status check(const QVector<CaseEvent> &existing, const CaseEvent &e)
{
    return checkNewEvent(queries(), d("2016-02-01"), existing, e, d("2016-12-31"));
}

} // namespace

TEST_CASE("A pause needs one of the current standard's exclusions and a note", "[cases][rules]")
{
    CHECK(check({}, ev(CaseEventKind::Paused, "2016-02-03", "further-investigation", "DV")).ok());
    const Status none = check({}, ev(CaseEventKind::Paused, "2016-02-03", "", "DV"));
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().field == QStringLiteral("exclusion"));
    CHECK(none.error().message.contains(QStringLiteral("further-investigation")));
    CHECK_FALSE(check({}, ev(CaseEventKind::Paused, "2016-02-03", "not-validated", "DV")).ok()); // another standard's
    const Status noNote = check({}, ev(CaseEventKind::Paused, "2016-02-03", "further-investigation"));
    REQUIRE_FALSE(noNote.ok());
    CHECK(noNote.error().field == QStringLiteral("note"));
    CHECK_FALSE(check({}, ev(CaseEventKind::Acknowledged, "2016-02-03", "further-investigation")).ok());
}

TEST_CASE("A standard without exclusions cannot be paused", "[cases][rules]")
{
    ServiceStandard s = queries();
    s.exclusions.clear();
    const Status st = checkNewEvent(s, d("2016-02-01"), {}, ev(CaseEventKind::Paused, "2016-02-03", "x", "y"), {});
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().message.contains(QStringLiteral("no exclusions")));
}

TEST_CASE("Resume only when stopped, in date order, no double pause", "[cases][rules]")
{
    const CaseEvent pause = ev(CaseEventKind::Paused, "2016-02-10", "outside-responsibility", "LA");
    CHECK_FALSE(check({}, ev(CaseEventKind::Resumed, "2016-02-12")).ok());
    CHECK(check({ pause }, ev(CaseEventKind::Resumed, "2016-02-12")).ok());
    CHECK_FALSE(check({ pause }, ev(CaseEventKind::Resumed, "2016-02-09")).ok());
    CHECK_FALSE(check({ pause }, ev(CaseEventKind::Paused, "2016-02-11", "further-investigation", "x")).ok());
    const CaseEvent resume = ev(CaseEventKind::Resumed, "2016-02-20");
    CHECK_FALSE(check({ pause, resume }, ev(CaseEventKind::Paused, "2016-02-15", "further-investigation", "x")).ok());
    CHECK(check({ pause, resume }, ev(CaseEventKind::Paused, "2016-02-22", "further-investigation", "x")).ok());
}

TEST_CASE("Dates: not before receipt, not in the future, closed cases take notes only", "[cases][rules]")
{
    const Status early = check({}, ev(CaseEventKind::Acknowledged, "2016-01-31"));
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().field == QStringLiteral("date"));
    CHECK_FALSE(check({}, ev(CaseEventKind::Acknowledged, "2017-01-01")).ok());
    CHECK_FALSE(check({}, ev(CaseEventKind::Acknowledged, "")).ok());
    const CaseEvent closed = ev(CaseEventKind::Closed, "2016-02-05");
    CHECK_FALSE(check({ closed }, ev(CaseEventKind::Updated, "2016-02-06")).ok());
    CHECK(check({ closed }, ev(CaseEventKind::Note, "2016-02-06", "", "Filed")).ok());
    CHECK_FALSE(
        check({ ev(CaseEventKind::Acknowledged, "2016-02-02") }, ev(CaseEventKind::Acknowledged, "2016-02-03")).ok());
    CHECK_FALSE(check({}, ev(CaseEventKind::TypeChanged, "2016-02-03")).ok());
}

TEST_CASE("Case references carry the office code and a yearly sequence", "[cases]")
{
    CHECK(formatCaseReference(QStringLiteral("wmh"), 2016, 42) == QStringLiteral("WMH-2016-00042"));
    QString office;
    int year = 0, seq = 0;
    REQUIRE(parseCaseReference(QStringLiteral("WOL-2026-00042"), &office, &year, &seq));
    CHECK(office == QStringLiteral("WOL"));
    CHECK(year == 2026);
    CHECK(seq == 42);
    CHECK_FALSE(parseCaseReference(QStringLiteral("WOL-26-42"), nullptr, nullptr, nullptr));
}

TEST_CASE("Letters merge known fields, escape for HTML and report unknown ones", "[cases]")
{
    QStringList unknown;
    const QString html
        = mergeLetter(QStringLiteral("<p>{{ref}} for {{ practice_name }} by {{response_due}} {{typo}}</p>"),
            { { QStringLiteral("ref"), QStringLiteral("WMH-2016-00001") },
                { QStringLiteral("practice_name"), QStringLiteral("Smith & Jones") },
                { QStringLiteral("response_due"), QStringLiteral("29 February 2016") } },
            true, &unknown);
    CHECK(html == QStringLiteral("<p>WMH-2016-00001 for Smith &amp; Jones by 29 February 2016 {{typo}}</p>"));
    CHECK(unknown == QStringList { QStringLiteral("typo") });
}

TEST_CASE("Excel-safe CSV: BOM, CRLF, quoting and the formula guard", "[cases][csv]")
{
    const QByteArray csv
        = excelCsv({ { CsvCell("=SUM(A1)"), CsvCell("+44"), CsvCell("-x"), CsvCell("@cmd"), CsvCell::num(-3) },
            { CsvCell("a,b"), CsvCell("say \"hi\""), CsvCell("line\nbreak"), CsvCell("plain") } });
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(csv.mid(3));
    CHECK(
        text == QStringLiteral("'=SUM(A1),'+44,'-x,'@cmd,-3\r\n\"a,b\",\"say \"\"hi\"\"\",\"line\nbreak\",plain\r\n"));
}

// Issue 10, item 6: closing asks what came of the case.
TEST_CASE("A closure needs its outcome, and for a provider query whether the response was full", "[cases][rules]")
{
    CaseEvent close = ev(CaseEventKind::Closed, "2016-02-05");
    CHECK(checkClosure(QStringLiteral("provider-query"), close).error().field == QStringLiteral("outcome"));
    close.outcome = QStringLiteral("Locum costs reimbursed");
    const Status noAnswer = checkClosure(QStringLiteral("provider-query"), close);
    REQUIRE_FALSE(noAnswer.ok());
    CHECK(noAnswer.error().field == QStringLiteral("full-response"));
    CHECK(checkClosure(QStringLiteral("payment-query"), close).ok()); // asked of provider queries only
    close.fullResponse = false;
    CHECK(checkClosure(QStringLiteral("provider-query"), close).ok());
    CHECK(check({}, close).ok());
    // Only a closure carries an outcome.
    CaseEvent note = ev(CaseEventKind::Note, "2016-02-05", "", "Rang");
    note.outcome = QStringLiteral("x");
    CHECK(check({}, note).error().field == QStringLiteral("outcome"));
}

// Issue 9, item 2: every field of the table is a merge field under its code.
TEST_CASE("Letter merge fields come from the case field table", "[cases]")
{
    const QStringList fields = letterMergeFields();
    for (const QString &code : editableCaseFieldCodes())
        CHECK(fields.contains(code));
    for (const char *code : { "requester_name", "requester_organisation", "requester_email", "requester_phone", "ref",
             "practice_name", "ack_due", "response_due", "ccg_name", "today", "title", "officer", "received_on" })
        CHECK(fields.contains(QString::fromLatin1(code)));
    const QHash<QString, QString> values
        = caseFieldMergeValues({ { QStringLiteral("requester_name"), QStringLiteral("Dr A Patel") },
            { QStringLiteral("received_on"), QStringLiteral("2016-02-01") },
            { QStringLiteral("priority"), QStringLiteral("high") }, { QStringLiteral("stage"), 2 } });
    CHECK(values.value(QStringLiteral("requester_name")) == QStringLiteral("Dr A Patel"));
    CHECK(values.value(QStringLiteral("received_on")) == QStringLiteral("1 February 2016"));
    CHECK(values.value(QStringLiteral("priority")) == QStringLiteral("High"));
    CHECK(values.value(QStringLiteral("stage")) == QStringLiteral("Stage 2"));
    CHECK(values.contains(QStringLiteral("requester_phone"))); // empty, but known: no "unknown field" warning
}
