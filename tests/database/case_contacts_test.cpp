// Issue 10, items 6 and 7, in the office file (schema 5): the requester's
// contact fields of a case, stored, edited, merged into letters and read
// generically from the field table; a closure's outcome kept on its closed
// event; and a schema-4 file migrated without losing a case.
#include "test_support.h"

#include "core/catalogue/catalogue_json.h"
#include "database/cases/case_repository.h"
#include "database/cases/template_repository.h"
#include "database/catalogue/catalogue_repository.h"
#include "database/office_file.h"
#include "database/schema/migrations.h"
#include "database/sqlite/connection.h"

#include <QFile>

using namespace hub;
using namespace hub::db;

namespace
{

using namespace Qt::StringLiterals;

const auto d = hubtest::isoDate;

std::unique_ptr<OfficeFile> newFile(const hubtest::TempDir &tmp)
{
    CreateOptions o;
    o.officeCode = u"WMH"_s;
    auto f = OfficeFile::create(tmp.path(u"contacts.hubcase"_s), o);
    REQUIRE(f.ok());
    return std::move(f.value());
}

NewCase query()
{
    NewCase c;
    c.type = CaseType::ProviderQuery;
    c.ccgCode = u"06A"_s;
    c.received = d("2016-02-01");
    c.title = u"Locum reimbursement query"_s;
    return c;
}

template <typename T> T ok(const Result<T> &r)
{
    INFO((r ? QString() : r.error().describe()).toStdString());
    REQUIRE(r.ok());
    return r.value();
}

} // namespace

TEST_CASE("A case keeps its requester's contact details, edits them and merges them into letters",
    "[database][cases][contacts]")
{
    hubtest::TempDir tmp;
    auto file = newFile(tmp);
    NewCase c = query();
    c.fields = { { u"requester_name"_s, u"Dr A Patel"_s }, { u"requester_organisation"_s, u"Bilston Health Centre"_s },
        { u"requester_email"_s, u"a.patel@nhs.net"_s }, { u"requester_phone"_s, u"01902 444000"_s } };
    CaseRepository cases(*file);
    const CaseDetail added = ok(cases.add(c));
    CHECK(added.fields.value(u"requester_name"_s).toString() == u"Dr A Patel"_s);
    CHECK(added.fields.value(u"requester_phone"_s).toString() == u"01902 444000"_s);
    // Every editable field is read, by its code.
    for (const QString &code : CaseRepository::editableFields())
        CHECK(added.fields.contains(code));
    CHECK(added.fields.value(u"title"_s).toString() == added.row.title);

    NewCase bad = query();
    bad.fields = { { u"requester_email"_s, u"not an address"_s } };
    CHECK(cases.add(bad).error().field == u"requester_email"_s);
    bad.fields = { { u"status"_s, u"closed"_s } };
    CHECK(cases.add(bad).error().field == u"status"_s);

    const CaseDetail edited
        = ok(cases.edit(added.row.ref, added.row.version, { { u"requester_email"_s, u"bilston.pm@nhs.net"_s } }));
    CHECK(edited.fields.value(u"requester_email"_s).toString() == u"bilston.pm@nhs.net"_s);

    TemplateRepository templates(*file);
    LetterTemplate t;
    t.key = u"contact"_s;
    t.name = u"To the requester"_s;
    t.subject = u"{{ref}} for {{requester_name}}"_s;
    t.body = u"<p>{{requester_name}}, {{requester_organisation}} ({{requester_email}}, {{requester_phone}})</p>"_s;
    REQUIRE(templates.add(t).ok());
    const MergedLetter letter = ok(templates.merge(u"contact"_s, added.row.ref));
    CHECK(letter.unknownFields.isEmpty());
    CHECK(letter.subject == u"%1 for Dr A Patel"_s.arg(added.row.ref));
    CHECK(letter.html.contains(u"Dr A Patel, Bilston Health Centre (bilston.pm@nhs.net, 01902 444000)"_s));
}

TEST_CASE("A closure's outcome is stored on the closed event and goes with it", "[database][cases][contacts]")
{
    hubtest::TempDir tmp;
    auto file = newFile(tmp);
    CaseRepository cases(*file);
    const QString ref = ok(cases.add(query())).row.ref;
    CaseEvent close = hubtest::ev(CaseEventKind::Closed, "2016-02-10");
    close.outcome = u"Locum costs reimbursed in the May payment run"_s;
    close.fullResponse = true;
    QString closeId;
    const CaseDetail closed = ok(cases.addEvent(ref, close, &closeId));
    CHECK(closed.row.status == u"closed"_s);
    const CaseEvent &stored = closed.timeline.last();
    CHECK(stored.kind == CaseEventKind::Closed);
    CHECK(stored.outcome == u"Locum costs reimbursed in the May payment run"_s);
    REQUIRE(stored.fullResponse.has_value());
    CHECK(*stored.fullResponse);
    CHECK(file->connection().scalar(u"SELECT full_response FROM case_event WHERE id = '%1'"_s.arg(closeId)).toString()
        == u"yes"_s);

    const CaseDetail reopened = ok(cases.removeEvent(ref, closeId, closed.row.version));
    CHECK(reopened.row.status != u"closed"_s);
    for (const CaseEvent &e : reopened.timeline)
        CHECK(e.outcome.isEmpty());

    // A note never carries an outcome.
    CaseEvent note = hubtest::ev(CaseEventKind::Note, "2016-02-11", "", "Rang the practice");
    note.outcome = u"x"_s;
    CHECK(cases.addEvent(ref, note).error().field == u"outcome"_s);
}

TEST_CASE("A schema-4 office file is migrated to the latest schema keeping its cases", "[database][cases][contacts]")
{
    hubtest::TempDir tmp;
    const QString path = tmp.path(u"contacts.hubcase"_s);
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
        for (const char *column : { "requester_name", "requester_organisation", "requester_email", "requester_phone" })
            c.execScript(u"ALTER TABLE case_record DROP COLUMN %1"_s.arg(QString::fromLatin1(column)));
        c.execScript(
            u"ALTER TABLE case_event DROP COLUMN outcome; ALTER TABLE case_event DROP COLUMN full_response;"_s);
        // ... nor the tables of the later migrations.
        c.execScript(u"DROP TABLE office_letterhead; DROP TABLE activity_change; DROP TABLE account_link;"_s);
        c.execScript(
            u"DELETE FROM panel_seat WHERE form <> 'resolution-panel'; "
            "DROP TABLE mou_clause_block; DROP TABLE mou_clause; DROP TABLE panel_form; "
            "DROP TABLE agreement_confirmation; DROP TABLE agreement_event; DROP INDEX case_available_by; "
            "ALTER TABLE case_record DROP COLUMN available_by; ALTER TABLE case_event DROP COLUMN available_by; "
            "ALTER TABLE panel_seat DROP COLUMN form; ALTER TABLE escalation_stage DROP COLUMN source; "
            "ALTER TABLE activity DROP COLUMN layout_note;"_s);
        c.execScript(u"PRAGMA user_version=4"_s);
    }
    auto opened = OfficeFile::open(path);
    INFO((opened ? QString() : opened.error().describe()).toStdString());
    REQUIRE(opened.ok());
    CHECK(opened.value()->schemaVersion() == latestSchemaVersion());
    CHECK(QFile::exists(opened.value()->migrationBackup()));
    const CaseDetail d5 = ok(CaseRepository(*opened.value()).get(ref));
    CHECK(d5.row.status == u"closed"_s);
    CHECK(d5.fields.value(u"requester_name"_s).toString().isEmpty());
    CHECK(d5.timeline.last().outcome.isEmpty());
    CHECK_FALSE(d5.timeline.last().fullResponse.has_value()); // not asked before schema 5
    CHECK(latestSchemaVersion() >= 5);
    // Migration 9 gave the older file the whole MoU: the seeds' clauses and both panel forms.
    const Catalogue migrated = ok(CatalogueRepository(*opened.value()).load());
    const Catalogue shipped = ok(loadBuiltInCatalogue());
    CHECK(migrated.clauses.size() == shipped.clauses.size());
    CHECK(migrated.clauses.first().blocks.size() == shipped.clauses.first().blocks.size());
    REQUIRE(migrated.panelRule(u"london-core-principles"_s, kEscalationProcessesForm));
    CHECK(migrated.panelRule(u"london-core-principles"_s, kEscalationProcessesForm)->seats.size() == 3);
    CHECK(migrated.activity(u"X.16"_s)->layoutNote == shipped.activity(u"X.16"_s)->layoutNote);
    CHECK(migrated.agreement(u"west-midlands-hub"_s)->escalation.at(1).source.contains(u"section 6"_s));
}
