// The case document and its undo commands: a field edit and its undo go
// through the document (no widget needed), and the editor shows what the
// document holds.
#include "ui_test_support.h"

#include "database/cases/case_repository.h"
#include "database/cases/case_search.h"
#include "database/office_file.h"
#include "ui/cases/case_editor.h"
#include "ui/cases/commands/add_case_event.h"
#include "ui/cases/commands/change_case_field.h"
#include "ui/documents/case_document.h"
#include "ui/undo/undo_ids.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QUndoStack>

using namespace hub;
using namespace hub::ui;

namespace
{

std::unique_ptr<db::OfficeFile> openFile(const QString &path)
{
    auto f = db::OfficeFile::open(path);
    INFO((f ? QString() : f.error().describe()).toStdString());
    REQUIRE(f.ok());
    return std::move(f.value());
}

QString anOpenCase(db::OfficeFile &file)
{
    db::CaseFilter f;
    f.openOnly = true;
    f.limit = 1;
    auto rows = db::CaseListQuery(file).list(f);
    REQUIRE(rows.ok());
    REQUIRE_FALSE(rows->isEmpty());
    return rows->first().ref;
}

db::CaseDetail stored(const QString &path, const QString &ref)
{
    auto file = openFile(path);
    auto d = db::CaseRepository(*file).get(ref);
    REQUIRE(d.ok());
    return d.value();
}

} // namespace

TEST_CASE("Undoing a field edit restores it through the case document", "[ui][cases][document][undo]")
{
    hubtest::TempDir dir;
    const QString path = uitest::demoCopy(dir);
    auto file = openFile(path);
    const QString ref = anOpenCase(*file);
    CaseDocument doc(*file);
    REQUIRE(doc.load(ref).ok());
    int shown = 0;
    QObject::connect(&doc, &CaseDocument::loaded, [&] { ++shown; });
    const QString before = doc.detail().row.title;
    const QString after = QStringLiteral("Retitled through the document");

    QUndoStack undo;
    undo.push(new ChangeCaseField(&doc, QStringLiteral("title"), QStringLiteral("title"), after));
    CHECK(undo.command(0)->id() == int(UndoId::ChangeCaseField));
    CHECK(undo.text(0) == QStringLiteral("Change title of %1").arg(ref));
    CHECK(doc.detail().row.title == after);
    CHECK(stored(path, ref).row.title == after);
    CHECK(shown >= 1); // the document told its viewers

    undo.undo();
    CHECK(doc.detail().row.title == before);
    CHECK(stored(path, ref).row.title == before);
    undo.redo();
    CHECK(doc.detail().row.title == after);
    CHECK(stored(path, ref).row.title == after);
}

TEST_CASE("The editor forwards a field edit to its document and shows the undo", "[ui][cases][document][undo]")
{
    hubtest::TempDir dir;
    const QString path = uitest::demoCopy(dir);
    auto file = openFile(path);
    QWidget host;
    QUndoStack undo;
    auto *editor = new CaseEditor(&undo, &host);
    auto *layout = new QHBoxLayout(&host);
    layout->addWidget(editor);
    editor->setOfficeFile(file.get());
    const QString ref = anOpenCase(*file);
    editor->openCase(ref);
    CaseDocument *doc = editor->document();
    REQUIRE(doc);
    REQUIRE(doc->isLoaded());
    CHECK(doc->ref() == ref);

    auto *priority = host.findChild<QComboBox *>(QStringLiteral("casePriority"));
    REQUIRE(priority);
    const QString was = doc->detail().row.priority;
    const QString wanted = was == QStringLiteral("urgent") ? QStringLiteral("low") : QStringLiteral("urgent");
    const int index = priority->findData(wanted);
    REQUIRE(index >= 0);
    priority->setCurrentIndex(index);
    emit priority->activated(index);
    REQUIRE(undo.count() == 1);
    CHECK(dynamic_cast<const ChangeCaseField *>(undo.command(0)));
    CHECK(doc->detail().row.priority == wanted);
    CHECK(stored(path, ref).row.priority == wanted);

    undo.undo();
    CHECK(doc->detail().row.priority == was);
    CHECK(stored(path, ref).row.priority == was);
    CHECK(priority->currentData().toString() == was); // the widget shows the document
}
