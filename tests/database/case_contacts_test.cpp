// Issue 10, items 6 and 7, in the office file (schema 5): the requester's
// contact fields of a case, stored, edited, merged into letters and read
// generically from the field table; a closure's outcome kept on its closed
// event; and a schema-4 file migrated without losing a case.
#include "test_support.h"

#include "database/cases/case_repository.h"
#include "database/cases/template_repository.h"
#include "database/office_file.h"
#include "database/schema/migrations.h"
#include "database/sqlite/connection.h"

#include <QFile>

using namespace hub;
using namespace hub::db;

namespace {

#define S QStringLiteral

const auto d = hubtest::isoDate;

std::unique_ptr<OfficeFile> newFile(const hubtest::TempDir &tmp)
{
    CreateOptions o;
    o.officeCode = S("WMH");
    auto f = OfficeFile::create(tmp.path(S("contacts.hubcase")), o);
    REQUIRE(f.ok());
    return std::move(f.value());
}

NewCase query()
{
    NewCase c;
    c.type = CaseType::ProviderQuery;
    c.ccgCode = S("06A");
    c.received = d("2016-02-01");
    c.title = S("Locum reimbursement query");
    return c;
}

template <typename T>
T ok(const Result<T> &r)
{
    INFO((r ? QString() : r.error().describe()).toStdString());
    REQUIRE(r.ok());
    return r.value();
}

} // namespace

TEST_CASE("A case keeps its requester's contact details, edits them and merges them into letters", "[database][cases][contacts]")
{
    hubtest::TempDir tmp;
    auto file = newFile(tmp);
    NewCase c = query();
    c.fields = {{S("requester_name"), S("Dr A Patel")}, {S("requester_organisation"), S("Bilston Health Centre")},
                {S("requester_email"), S("a.patel@nhs.net")}, {S("requester_phone"), S("01902 444000")}};
    CaseRepository cases(*file);
    const CaseDetail added = ok(cases.add(c));
    CHECK(added.fields.value(S("requester_name")).toString() == S("Dr A Patel"));
    CHECK(added.fields.value(S("requester_phone")).toString() == S("01902 444000"));
    // Every editable field is read, by its code.
    for (const QString &code : CaseRepository::editableFields())
        CHECK(added.fields.contains(code));
    CHECK(added.fields.value(S("title")).toString() == added.row.title);

    NewCase bad = query();
    bad.fields = {{S("requester_email"), S("not an address")}};
    CHECK(cases.add(bad).error().field == S("requester_email"));
    bad.fields = {{S("status"), S("closed")}};
    CHECK(cases.add(bad).error().field == S("status"));

    const CaseDetail edited = ok(cases.edit(added.row.ref, added.row.version, {{S("requester_email"), S("bilston.pm@nhs.net")}}));
    CHECK(edited.fields.value(S("requester_email")).toString() == S("bilston.pm@nhs.net"));

    TemplateRepository templates(*file);
    LetterTemplate t;
    t.key = S("contact");
    t.name = S("To the requester");
    t.subject = S("{{ref}} for {{requester_name}}");
    t.body = S("<p>{{requester_name}}, {{requester_organisation}} ({{requester_email}}, {{requester_phone}})</p>");
    REQUIRE(templates.add(t).ok());
    const MergedLetter letter = ok(templates.merge(S("contact"), added.row.ref));
    CHECK(letter.unknownFields.isEmpty());
    CHECK(letter.subject == S("%1 for Dr A Patel").arg(added.row.ref));
    CHECK(letter.html.contains(S("Dr A Patel, Bilston Health Centre (bilston.pm@nhs.net, 01902 444000)")));
}

TEST_CASE("A closure's outcome is stored on the closed event and goes with it", "[database][cases][contacts]")
{
    hubtest::TempDir tmp;
    auto file = newFile(tmp);
    CaseRepository cases(*file);
    const QString ref = ok(cases.add(query())).row.ref;
    CaseEvent close = hubtest::ev(CaseEventKind::Closed, "2016-02-10");
    close.outcome = S("Locum costs reimbursed in the May payment run");
    close.fullResponse = true;
    QString closeId;
    const CaseDetail closed = ok(cases.addEvent(ref, close, &closeId));
    CHECK(closed.row.status == S("closed"));
    const CaseEvent &stored = closed.timeline.last();
    CHECK(stored.kind == CaseEventKind::Closed);
    CHECK(stored.outcome == S("Locum costs reimbursed in the May payment run"));
    REQUIRE(stored.fullResponse.has_value());
    CHECK(*stored.fullResponse);
    CHECK(file->connection().scalar(S("SELECT full_response FROM case_event WHERE id = '%1'").arg(closeId)).toString() == S("yes"));

    const CaseDetail reopened = ok(cases.removeEvent(ref, closeId, closed.row.version));
    CHECK(reopened.row.status != S("closed"));
    for (const CaseEvent &e : reopened.timeline)
        CHECK(e.outcome.isEmpty());

    // A note never carries an outcome.
    CaseEvent note = hubtest::ev(CaseEventKind::Note, "2016-02-11", "", "Rang the practice");
    note.outcome = S("x");
    CHECK(cases.addEvent(ref, note).error().field == S("outcome"));
}

TEST_CASE("A schema-4 office file is migrated to the latest schema keeping its cases", "[database][cases][contacts]")
{
    hubtest::TempDir tmp;
    const QString path = tmp.path(S("contacts.hubcase"));
    QString ref;
    {
        auto file = newFile(tmp);
        CaseRepository cases(*file);
        ref = ok(cases.add(query())).row.ref;
        CaseEvent close = hubtest::ev(CaseEventKind::Closed, "2016-02-10");
        REQUIRE(cases.addEvent(ref, close).ok());
    }
    {
        // The file as schema 4 left it: none of migration 5's columns.
        Connection c;
        c.open(path, Connection::Access::ReadWrite);
        for (const char *column : {"requester_name", "requester_organisation", "requester_email", "requester_phone"})
            c.execScript(S("ALTER TABLE case_record DROP COLUMN %1").arg(QString::fromLatin1(column)));
        c.execScript(S("ALTER TABLE case_event DROP COLUMN outcome; ALTER TABLE case_event DROP COLUMN full_response;"));
        // ... nor the tables of the later migrations.
        c.execScript(S("DROP TABLE office_letterhead; DROP TABLE activity_change; DROP TABLE account_link;"));
        c.execScript(S("PRAGMA user_version=4"));
    }
    auto opened = OfficeFile::open(path);
    INFO((opened ? QString() : opened.error().describe()).toStdString());
    REQUIRE(opened.ok());
    CHECK(opened.value()->schemaVersion() == latestSchemaVersion());
    CHECK(QFile::exists(opened.value()->migrationBackup()));
    const CaseDetail d5 = ok(CaseRepository(*opened.value()).get(ref));
    CHECK(d5.row.status == S("closed"));
    CHECK(d5.fields.value(S("requester_name")).toString().isEmpty());
    CHECK(d5.timeline.last().outcome.isEmpty());
    CHECK_FALSE(d5.timeline.last().fullResponse.has_value());   // not asked before schema 5
    CHECK(latestSchemaVersion() >= 5);
}
