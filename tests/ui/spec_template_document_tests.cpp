// The specification and letter-template documents and their undo commands:
// an edit and its undo go through the document (no widget needed), and the
// document tells its viewers what it now holds.
#include "ui_test_support.h"

#include "database/cases/letterhead_repository.h"
#include "database/cases/template_repository.h"
#include "database/office_file.h"
#include "database/specs/spec_repository.h"
#include "ui/calendar_letters/commands/add_letter_template.h"
#include "ui/calendar_letters/commands/change_letter_template.h"
#include "ui/calendar_letters/commands/change_letterhead.h"
#include "ui/calendar_letters/commands/delete_letter_template.h"
#include "ui/documents/spec_document.h"
#include "ui/documents/template_document.h"
#include "ui/spec/commands/change_spec_field.h"
#include "ui/spec/commands/set_determination.h"
#include "ui/undo/undo_ids.h"

#include <QUndoStack>

using namespace hub;
using namespace hub::ui;
using namespace Qt::StringLiterals;

namespace
{

std::unique_ptr<db::OfficeFile> openFile(const QString &path)
{
    auto f = db::OfficeFile::open(path);
    INFO((f ? QString() : f.error().describe()).toStdString());
    REQUIRE(f.ok());
    return std::move(f.value());
}

CcgSpecification storedSpec(const QString &path, const QString &ccg)
{
    auto file = openFile(path);
    auto spec = db::SpecRepository(*file).loadOrCreate(ccg);
    REQUIRE(spec.ok());
    return spec.value();
}

db::LetterTemplate storedTemplate(const QString &path, const QString &key)
{
    auto file = openFile(path);
    auto t = db::TemplateRepository(*file).get(key);
    REQUIRE(t.ok());
    return t.value();
}

} // namespace

TEST_CASE("Undoing a sign-off field edit restores it through the spec document", "[ui][spec][document][undo]")
{
    hubtest::TempDir dir;
    const QString path = uitest::demoCopy(dir);
    auto file = openFile(path);
    SpecDocument doc(*file);
    REQUIRE(doc.load(u"06A"_s).ok());
    REQUIRE(doc.hasSpec());
    int shown = 0;
    QObject::connect(&doc, &SpecDocument::loaded, [&] { ++shown; });
    const QString before = doc.spec().ccgLeadName;

    QUndoStack undo;
    undo.push(new ChangeSpecField(&doc, u"ccg_lead_name"_s, u"CCG lead's name"_s, u"Sarah Okafor"_s));
    CHECK(undo.command(0)->id() == int(UndoId::ChangeSpecField));
    CHECK(undo.text(0) == u"Change CCG lead's name of 06A"_s);
    CHECK(doc.spec().ccgLeadName == u"Sarah Okafor"_s);
    CHECK(storedSpec(path, u"06A"_s).ccgLeadName == u"Sarah Okafor"_s);
    CHECK(shown >= 1);

    undo.undo();
    CHECK(doc.spec().ccgLeadName == before);
    CHECK(storedSpec(path, u"06A"_s).ccgLeadName == before);
    undo.redo();
    CHECK(storedSpec(path, u"06A"_s).ccgLeadName == u"Sarah Okafor"_s);

    // A signature date is a date, and its undo clears it again.
    undo.push(new ChangeSpecField(&doc, u"director_signed_on"_s, u"date"_s, QDate(2016, 2, 15)));
    CHECK(storedSpec(path, u"06A"_s).directorSignedOn == QDate(2016, 2, 15));
    undo.undo();
    CHECK_FALSE(storedSpec(path, u"06A"_s).directorSignedOn.isValid());

    // Undo shows the CCG it changes, even after another CCG was loaded.
    const QString key = doc.spec().items.first().activityKey;
    const Determination was = doc.spec().items.first().determination;
    undo.push(new SetDetermination(&doc, key, Determination::CcgDelivers, u"agreed at PCC"_s));
    CHECK(undo.command(undo.count() - 1)->id() == int(UndoId::SetDetermination));
    CHECK(storedSpec(path, u"06A"_s).item(key)->determination == Determination::CcgDelivers);
    REQUIRE(doc.load(u"05Y"_s).ok());
    undo.undo();
    CHECK(doc.ccgCode() == u"06A"_s);
    CHECK(doc.spec().item(key)->determination == was);
    CHECK(storedSpec(path, u"06A"_s).item(key)->note.isEmpty());
}

TEST_CASE("Undoing a template edit restores it through the template document", "[ui][admin][document][undo]")
{
    hubtest::TempDir dir;
    const QString path = uitest::demoCopy(dir);
    auto file = openFile(path);
    TemplateDocument doc(*file);
    REQUIRE(doc.load().ok());
    const db::LetterTemplate *holding = doc.find(u"holding"_s);
    REQUIRE(holding);
    const db::LetterTemplate was = *holding;
    QString shownKey;
    QObject::connect(&doc, &TemplateDocument::showTemplate, [&](const QString &key) { shownKey = key; });

    QUndoStack undo;
    undo.push(new ChangeLetterTemplate(
        &doc, was, { { u"subject"_s, was.subject } }, { { u"subject"_s, u"Still on it: {{ref}}"_s } }));
    CHECK(undo.command(0)->id() == int(UndoId::ChangeLetterTemplate));
    CHECK(storedTemplate(path, u"holding"_s).subject == u"Still on it: {{ref}}"_s);
    CHECK(doc.find(u"holding"_s)->subject == u"Still on it: {{ref}}"_s);
    undo.undo();
    CHECK(storedTemplate(path, u"holding"_s).subject == was.subject);
    CHECK(doc.find(u"holding"_s)->subject == was.subject);
    CHECK(shownKey == u"holding"_s);

    // Add, then undo (deleted again), then redo (back, same key).
    auto copy = doc.copyOf(u"holding"_s);
    REQUIRE(copy.ok());
    auto *add = new AddLetterTemplate(&doc, copy.value(), u"Duplicate"_s);
    undo.push(add);
    const QString key = add->key();
    CHECK(key == u"copy-of-holding-letter"_s);
    CHECK(doc.find(key));
    undo.undo();
    CHECK_FALSE(doc.find(key));
    undo.redo();
    REQUIRE(doc.find(key));
    CHECK(doc.find(key)->name == u"Copy of Holding letter"_s);

    // Delete, then undo brings it back as it was.
    undo.push(new DeleteLetterTemplate(&doc, *doc.find(u"closure"_s)));
    CHECK_FALSE(doc.find(u"closure"_s));
    undo.undo();
    REQUIRE(doc.find(u"closure"_s));
    CHECK(storedTemplate(path, u"closure"_s).body.contains(u"{{closure_note}}"_s));
    undo.redo();
    CHECK_FALSE(doc.find(u"closure"_s));

    // The letterhead: saved and undone through the same document.
    const QString phoneWas = doc.letterhead().letterhead.phone;
    undo.push(new ChangeLetterhead(
        &doc, { { u"phone"_s, phoneWas } }, { { u"phone"_s, u"0121 999 9999"_s } }, doc.letterhead().meta.version));
    CHECK(doc.letterhead().letterhead.phone == u"0121 999 9999"_s);
    undo.undo();
    CHECK(doc.letterhead().letterhead.phone == phoneWas);
    CHECK(db::LetterheadRepository(*openFile(path)).get().value().letterhead.phone == phoneWas);
}
