// Calendar & letters: closure days added through the dialog (refused on a
// weekend in the repository's words), edited in place, removed, all undoable
// and conflict-checked; the working-day counter; letter templates saved and
// previewed against a real case.
#include "ui_test_support.h"

#include "database/cases/case_repository.h"
#include "database/cases/case_search.h"
#include "database/cases/closure_repository.h"
#include "database/cases/template_repository.h"
#include "database/office_file.h"
#include "ui/calendar_letters/admin_page.h"
#include "ui/calendar_letters/calendar_tab.h"
#include "ui/calendar_letters/letter_templates_tab.h"
#include "ui/calendar_letters/calendar_models.h"
#include "ui/calendar_letters/year_calendar_view.h"

#include <QAction>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace hub;
using namespace hub::ui;

namespace
{

#define S QStringLiteral

const auto d = hubtest::isoDate;

// The office's closure days as stored, read through another connection.
QVector<db::StoredClosure> closuresInFile(const QString &path)
{
    auto file = db::OfficeFile::open(path);
    REQUIRE(file.ok());
    auto list = db::ClosureRepository(*file.value()).list();
    REQUIRE(list.ok());
    return list.value();
}

std::optional<db::StoredClosure> closureInFile(const QString &path, const QDate &date)
{
    for (const db::StoredClosure &c : closuresInFile(path)) {
        if (c.closure.date == date)
            return c;
    }
    return std::nullopt;
}

// Rows of the closure table as "dd/MM/yyyy|reason".
QStringList tableRows(AdminPage &page)
{
    auto *table = page.findChild<QTableView *>(S("closureTable"));
    REQUIRE(table);
    QStringList rows;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        rows << table->model()->index(r, ClosureTableModel::Date).data().toString() + S("|")
                + table->model()->index(r, ClosureTableModel::Reason).data().toString();
    return rows;
}

struct OpenPage {
    hubtest::TempDir dir;
    QString path;
    std::unique_ptr<db::OfficeFile> file;
    std::unique_ptr<AdminPage> page;

    OpenPage()
    {
        path = uitest::demoCopy(dir);
        auto opened = db::OfficeFile::open(path);
        REQUIRE(opened.ok());
        file = std::move(opened).value();
        page = std::make_unique<AdminPage>();
        page->setConflictResolver([](const Error &) { return ConflictChoice::KeepTheirs; });
        page->setOfficeFile(file.get());
        page->resize(1400, 900);
    }
};

// Fills the open closure dialog and presses its OK button.
std::function<void(QWidget *)> fillClosure(const QDate &date, const QString &reason, QString *messageAfterOk = nullptr)
{
    return [date, reason, messageAfterOk](QWidget *dialog) {
        auto *edit = dialog->findChild<QDateEdit *>(S("closureDate"));
        auto *why = dialog->findChild<QLineEdit *>(S("closureReason"));
        REQUIRE(edit);
        REQUIRE(why);
        edit->setDate(date);
        uitest::typeText(why, reason);
        if (messageAfterOk) {
            dialog->findChild<QPushButton *>(S("closureOk"))->click();
            auto *label = dialog->findChild<QLabel *>(S("closureMessage"));
            *messageAfterOk = label && label->isVisibleTo(dialog) ? label->text() : QString();
        }
    };
}

} // namespace

TEST_CASE("a closure day added through the dialog is shown, stored and undoable", "[ui][admin]")
{
    OpenPage o;
    AdminPage &page = *o.page;
    page.calendar().setYear(2017);
    CHECK(page.findChild<QSpinBox *>(S("calendarYear"))->value() == 2017);
    const QDate day = d("2017-04-05"); // a Wednesday with open demo cases running over it
    REQUIRE_FALSE(closureInFile(o.path, day));

    auto timer = uitest::clickWhenShown(S("closureDialog"), S("closureOk"), fillClosure(day, S("Staff training")));
    page.findChild<QPushButton *>(S("addClosureButton"))->click();
    uitest::pump();

    const auto stored = closureInFile(o.path, day);
    REQUIRE(stored);
    CHECK(stored->closure.reason == S("Staff training"));
    CHECK(tableRows(page).contains(S("05/04/2017|Staff training")));
    CHECK(page.calendar().yearView()->selectedDate() == day);
    const QString note = page.findChild<QLabel *>(S("closureChangeNote"))->text();
    INFO(note.toStdString());
    CHECK(note.contains(S("open cases moved")));
    CHECK(page.undoStack()->count() == 1);

    page.undoStack()->undo();
    CHECK_FALSE(closureInFile(o.path, day));
    CHECK_FALSE(tableRows(page).contains(S("05/04/2017|Staff training")));
    page.undoStack()->redo();
    CHECK(closureInFile(o.path, day));
    CHECK(tableRows(page).contains(S("05/04/2017|Staff training")));
}

TEST_CASE("a weekend or bank holiday is refused in the dialog with the repository's message", "[ui][admin]")
{
    OpenPage o;
    AdminPage &page = *o.page;
    page.calendar().setYear(2017);
    const int before = int(closuresInFile(o.path).size());

    QString message;
    auto timer = uitest::clickWhenShown(
        S("closureDialog"), S("closureCancel"), fillClosure(d("2017-04-08"), S("Away day"), &message));
    page.findChild<QPushButton *>(S("addClosureButton"))->click();
    uitest::pump();
    INFO(message.toStdString());
    CHECK(message.contains(S("08/04/2017 is not a working day already (Saturday)")));

    QString holiday;
    auto timer2 = uitest::clickWhenShown(
        S("closureDialog"), S("closureCancel"), fillClosure(d("2017-04-14"), S("Away day"), &holiday));
    page.calendar().addClosure();
    CHECK(holiday.contains(S("Good Friday")));

    CHECK(closuresInFile(o.path).size() == before);
    CHECK(page.undoStack()->count() == 0);
}

TEST_CASE("a closure reason edited in place and a removal are undoable; undo asks after someone else's change",
    "[ui][admin]")
{
    OpenPage o;
    AdminPage &page = *o.page;
    QVector<Error> asked;
    page.setConflictResolver([&](const Error &e) {
        asked.append(e);
        return ConflictChoice::KeepTheirs;
    });
    const QDate day = d("2026-06-29");
    REQUIRE(page.calendar().applyAddClosure(day, S("Staff training")).isEmpty());
    page.calendar().setYear(2026);
    auto *table = page.findChild<QTableView *>(S("closureTable"));
    REQUIRE(table->model()->rowCount() >= 1);
    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        row = table->model()->index(r, ClosureTableModel::Date).data().toString() == S("29/06/2026") ? r : row;
    REQUIRE(row >= 0);

    // In place, as the table's editor would.
    REQUIRE(table->model()->setData(table->model()->index(row, ClosureTableModel::Reason), S("Whole-team training")));
    uitest::pump();
    CHECK(closureInFile(o.path, day)->closure.reason == S("Whole-team training"));
    page.undoStack()->undo();
    CHECK(closureInFile(o.path, day)->closure.reason == S("Staff training"));
    page.undoStack()->redo();
    CHECK(closureInFile(o.path, day)->closure.reason == S("Whole-team training"));

    // Remove the selected day.
    table->setCurrentIndex(table->model()->index(row, ClosureTableModel::Reason));
    auto *remove = page.findChild<QPushButton *>(S("removeClosureButton"));
    REQUIRE(remove->isEnabled());
    remove->click();
    CHECK_FALSE(closureInFile(o.path, day));
    page.undoStack()->undo();
    REQUIRE(closureInFile(o.path, day));
    CHECK(closureInFile(o.path, day)->closure.reason == S("Whole-team training"));

    // Someone else changes the reason; undoing our re-added day asks, and keeping theirs keeps it.
    page.undoStack()->redo(); // removed again
    page.undoStack()->undo(); // back
    {
        auto other = db::OfficeFile::open(o.path);
        REQUIRE(other.ok());
        other.value()->setUser(S("b.jones"));
        const auto c = closureInFile(o.path, day);
        REQUIRE(db::ClosureRepository(*other.value()).updateReason(day, c->meta.version, S("Moved online")).ok());
    }
    page.undoStack()->redo(); // remove: our reason is no longer there
    REQUIRE(asked.size() == 1);
    CHECK(asked.at(0).current.value(S("updated_by")).toString() == S("b.jones"));
    REQUIRE(closureInFile(o.path, day));
    CHECK(closureInFile(o.path, day)->closure.reason == S("Moved online"));
}

TEST_CASE("the working-day counter explains its due date", "[ui][admin]")
{
    OpenPage o;
    AdminPage &page = *o.page;
    page.findChild<QDateEdit *>(S("workingDaysFrom"))->setDate(d("2015-12-18"));
    page.findChild<QSpinBox *>(S("workingDaysCount"))->setValue(5);
    const QString result = page.findChild<QLabel *>(S("workingDaysResult"))->text();
    INFO(result.toStdString());
    CHECK(result.contains(S("Tuesday 29 December 2015")));
    auto *list = page.findChild<QListWidget *>(S("workingDaysExplanation"));
    QStringList lines;
    for (int i = 0; i < list->count(); ++i)
        lines << list->item(i)->text();
    CHECK(lines.join(S("\n")).contains(S("Mon 28/12/2015: not counted (Bank holiday: Boxing Day (substitute day)")));

    // The year view names days and knows bank holidays from working days.
    page.calendar().setYear(2015);
    YearCalendarView *view = page.calendar().yearView();
    const QRect christmas = view->dayRect(d("2015-12-25"));
    REQUIRE(christmas.isValid());
    CHECK(view->dayAt(christmas.center()) == d("2015-12-25"));
}

TEST_CASE("a letter template's subject is saved, unknown fields are flagged, the preview merges a case",
    "[ui][admin]")
{
    OpenPage o;
    AdminPage &page = *o.page;
    page.showTemplates();
    CHECK(page.tabs()->currentWidget()->objectName() == S("templatesTab"));
    auto *list = page.findChild<QListWidget *>(S("templateList"));
    REQUIRE(list->count() >= 2);
    page.letters().selectTemplate(S("acknowledgement"));
    CHECK(page.letters().currentTemplate() == S("acknowledgement"));

    auto *subject = page.findChild<QLineEdit *>(S("templateSubject"));
    subject->selectAll();
    uitest::typeText(subject, S("Ref {{ref}} acknowledged"));
    CHECK(subject->text() == S("Ref {{ref}} acknowledged"));

    // Insert a merge field from the menu, then a typo the warning names.
    auto *body = page.findChild<QTextEdit *>(S("templateBody"));
    body->moveCursor(QTextCursor::End);
    auto *menuButton = page.findChild<QPushButton *>(S("insertMergeField"));
    QAction *officer = menuButton->menu()->findChild<QAction *>(S("mergeField_officer"));
    REQUIRE(officer);
    officer->trigger();
    CHECK(body->toPlainText().endsWith(S("{{officer}}")));
    auto *warning = page.findChild<QLabel *>(S("templateWarning"));
    CHECK_FALSE(warning->isVisibleTo(&page));
    body->moveCursor(QTextCursor::End);
    body->insertPlainText(S(" {{pratice_name}}"));
    CHECK(warning->isVisibleTo(&page));
    CHECK(warning->text().contains(S("{{pratice_name}}")));
    body->undo();
    CHECK_FALSE(warning->isVisibleTo(&page));

    page.findChild<QPushButton *>(S("templateSave"))->click();
    {
        auto file = db::OfficeFile::open(o.path);
        REQUIRE(file.ok());
        const auto t = db::TemplateRepository(*file.value()).get(S("acknowledgement"));
        REQUIRE(t.ok());
        CHECK(t->subject == S("Ref {{ref}} acknowledged"));
        CHECK(t->body.contains(S("{{officer}}")));
        CHECK_FALSE(t->body.contains(S("<html")));
        CHECK(t->meta.version == 2);
    }
    CHECK_FALSE(page.letters().templateModified());
    REQUIRE(page.undoStack()->count() == 1);

    // Preview against a real case.
    db::CaseFilter filter;
    filter.limit = 1;
    const auto rows = db::CaseListQuery(*o.file).list(filter);
    REQUIRE(rows.ok());
    REQUIRE_FALSE(rows->isEmpty());
    const QString ref = rows->first().ref;
    auto *refEdit = page.findChild<QLineEdit *>(S("templatePreviewRef"));
    uitest::typeText(refEdit, ref);
    page.findChild<QPushButton *>(S("templatePreviewButton"))->click();
    CHECK(page.findChild<QLabel *>(S("templatePreviewSubject"))->text().contains(S("Ref %1 acknowledged").arg(ref)));
    const QString letter = page.findChild<QTextBrowser *>(S("templatePreview"))->toPlainText();
    CHECK(letter.contains(ref));
    CHECK(letter.contains(rows->first().officer));
    CHECK_FALSE(letter.contains(S("{{")));

    // An unknown reference says so.
    refEdit->setText(S("WMH-1999-99999"));
    page.findChild<QPushButton *>(S("templatePreviewButton"))->click();
    CHECK(page.findChild<QLabel *>(S("templatePreviewNote"))->text().contains(S("WMH-1999-99999")));

    // Undo puts the old subject back.
    page.undoStack()->undo();
    auto file = db::OfficeFile::open(o.path);
    CHECK(db::TemplateRepository(*file.value()).get(S("acknowledgement"))->subject
        == S("Our reference {{ref}}: {{title}}"));
    CHECK(subject->text() == S("Our reference {{ref}}: {{title}}"));
}

TEST_CASE("saving a template someone else changed first asks and keeps theirs", "[ui][admin]")
{
    OpenPage o;
    AdminPage &page = *o.page;
    QVector<Error> asked;
    page.setConflictResolver([&](const Error &e) {
        asked.append(e);
        return ConflictChoice::KeepTheirs;
    });
    page.showTemplates();
    page.letters().selectTemplate(S("holding"));
    auto *subject = page.findChild<QLineEdit *>(S("templateSubject"));
    subject->selectAll();
    uitest::typeText(subject, S("Mine"));
    {
        auto other = db::OfficeFile::open(o.path);
        REQUIRE(other.ok());
        other.value()->setUser(S("b.jones"));
        db::TemplateRepository repo(*other.value());
        const auto t = repo.get(S("holding"));
        REQUIRE(repo.update(S("holding"), t->meta.version, { { S("subject"), S("Theirs") } }).ok());
    }
    // Another page's save reloads this one: what is being typed stays, with a warning.
    page.reload();
    CHECK(subject->text() == S("Mine"));
    CHECK(page.findChild<QLabel *>(S("templateMeta"))->text().contains(S("Changed by b.jones")));
    CHECK_FALSE(page.letters().saveTemplate());
    REQUIRE(asked.size() == 1);
    auto file = db::OfficeFile::open(o.path);
    CHECK(db::TemplateRepository(*file.value()).get(S("holding"))->subject == S("Theirs"));
    CHECK(subject->text() == S("Theirs"));
    CHECK(page.undoStack()->count() == 0);
}

// Not run by default: grabs both tabs at 1400 x 900 for a look (QT_QPA_PLATFORM=offscreen).
TEST_CASE("admin page screenshots", "[.][admin-shots]")
{
    OpenPage o;
    AdminPage &page = *o.page;
    REQUIRE(page.calendar().applyAddClosure(d("2026-06-29"), S("Staff training")).isEmpty());
    REQUIRE(page.calendar().applyAddClosure(d("2026-12-29"), S("Christmas shutdown")).isEmpty());
    page.calendar().setYear(2026);
    if (qEnvironmentVariableIsSet("ADMIN_SHOT_WIDTH")) // e.g. the page inside the main window
        page.resize(qEnvironmentVariableIntValue("ADMIN_SHOT_WIDTH"), qEnvironmentVariableIntValue("ADMIN_SHOT_HEIGHT"));
    page.findChild<QDateEdit *>(S("workingDaysFrom"))->setDate(d("2026-12-18"));
    page.findChild<QSpinBox *>(S("workingDaysCount"))->setValue(5);
    page.show();
    uitest::pump(20);
    page.grab().save(S("/tmp/admin_calendar.png"));
    page.showTemplates();
    db::CaseFilter filter;
    filter.limit = 1;
    filter.openOnly = true;
    const auto rows = db::CaseListQuery(*o.file).list(filter);
    REQUIRE(rows.ok());
    page.findChild<QLineEdit *>(S("templatePreviewRef"))->setText(rows->first().ref);
    page.letters().previewTemplate();
    uitest::pump(20);
    page.grab().save(S("/tmp/admin_templates.png"));
}
