// Calendar & letters: closure days added through the dialog (refused on a
// weekend in the repository's words), edited in place, removed, all undoable
// and conflict-checked; the working-day counter; letter templates saved and
// previewed against a real case.
#include "ui_test_support.h"

#include "database/cases/case_repository.h"
#include "database/cases/case_search.h"
#include "database/cases/closure_repository.h"
#include "database/cases/letterhead_repository.h"
#include "database/cases/template_repository.h"
#include "database/office_file.h"
#include "ui/calendar_letters/admin_page.h"
#include "ui/calendar_letters/calendar_models.h"
#include "ui/calendar_letters/calendar_tab.h"
#include "ui/calendar_letters/letter_templates_tab.h"
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

using namespace Qt::StringLiterals;

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
    auto *table = page.findChild<QTableView *>(u"closureTable"_s);
    REQUIRE(table);
    QStringList rows;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        rows << table->model()->index(r, ClosureTableModel::Date).data().toString() + u"|"_s
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
        auto *edit = dialog->findChild<QDateEdit *>(u"closureDate"_s);
        auto *why = dialog->findChild<QLineEdit *>(u"closureReason"_s);
        REQUIRE(edit);
        REQUIRE(why);
        edit->setDate(date);
        uitest::typeText(why, reason);
        if (messageAfterOk) {
            dialog->findChild<QPushButton *>(u"closureOk"_s)->click();
            auto *label = dialog->findChild<QLabel *>(u"closureMessage"_s);
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
    CHECK(page.findChild<QSpinBox *>(u"calendarYear"_s)->value() == 2017);
    const QDate day = d("2017-04-05"); // a Wednesday with open demo cases running over it
    REQUIRE_FALSE(closureInFile(o.path, day));

    auto timer = uitest::clickWhenShown(u"closureDialog"_s, u"closureOk"_s, fillClosure(day, u"Staff training"_s));
    page.findChild<QPushButton *>(u"addClosureButton"_s)->click();
    uitest::pump();

    const auto stored = closureInFile(o.path, day);
    REQUIRE(stored);
    CHECK(stored->closure.reason == u"Staff training"_s);
    CHECK(tableRows(page).contains(u"05/04/2017|Staff training"_s));
    CHECK(page.calendar().yearView()->selectedDate() == day);
    const QString note = page.findChild<QLabel *>(u"closureChangeNote"_s)->text();
    INFO(note.toStdString());
    CHECK(note.contains(u"open cases moved"_s));
    CHECK(page.undoStack()->count() == 1);

    page.undoStack()->undo();
    CHECK_FALSE(closureInFile(o.path, day));
    CHECK_FALSE(tableRows(page).contains(u"05/04/2017|Staff training"_s));
    page.undoStack()->redo();
    CHECK(closureInFile(o.path, day));
    CHECK(tableRows(page).contains(u"05/04/2017|Staff training"_s));
}

TEST_CASE("a weekend or bank holiday is refused in the dialog with the repository's message", "[ui][admin]")
{
    OpenPage o;
    AdminPage &page = *o.page;
    page.calendar().setYear(2017);
    const int before = int(closuresInFile(o.path).size());

    QString message;
    auto timer = uitest::clickWhenShown(
        u"closureDialog"_s, u"closureCancel"_s, fillClosure(d("2017-04-08"), u"Away day"_s, &message));
    page.findChild<QPushButton *>(u"addClosureButton"_s)->click();
    uitest::pump();
    INFO(message.toStdString());
    CHECK(message.contains(u"08/04/2017 is not a working day already (Saturday)"_s));

    QString holiday;
    auto timer2 = uitest::clickWhenShown(
        u"closureDialog"_s, u"closureCancel"_s, fillClosure(d("2017-04-14"), u"Away day"_s, &holiday));
    page.calendar().addClosure();
    CHECK(holiday.contains(u"Good Friday"_s));

    CHECK(closuresInFile(o.path).size() == before);
    CHECK(page.undoStack()->count() == 0);
}

TEST_CASE(
    "a closure reason edited in place and a removal are undoable; undo asks after someone else's change", "[ui][admin]")
{
    OpenPage o;
    AdminPage &page = *o.page;
    QVector<Error> asked;
    page.setConflictResolver([&](const Error &e) {
        asked.append(e);
        return ConflictChoice::KeepTheirs;
    });
    const QDate day = d("2026-06-29");
    REQUIRE(page.calendar().applyAddClosure(day, u"Staff training"_s).isEmpty());
    page.calendar().setYear(2026);
    auto *table = page.findChild<QTableView *>(u"closureTable"_s);
    REQUIRE(table->model()->rowCount() >= 1);
    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        row = table->model()->index(r, ClosureTableModel::Date).data().toString() == u"29/06/2026"_s ? r : row;
    REQUIRE(row >= 0);

    // In place, as the table's editor would.
    REQUIRE(table->model()->setData(table->model()->index(row, ClosureTableModel::Reason), u"Whole-team training"_s));
    uitest::pump();
    CHECK(closureInFile(o.path, day)->closure.reason == u"Whole-team training"_s);
    page.undoStack()->undo();
    CHECK(closureInFile(o.path, day)->closure.reason == u"Staff training"_s);
    page.undoStack()->redo();
    CHECK(closureInFile(o.path, day)->closure.reason == u"Whole-team training"_s);

    // Remove the selected day.
    table->setCurrentIndex(table->model()->index(row, ClosureTableModel::Reason));
    auto *remove = page.findChild<QPushButton *>(u"removeClosureButton"_s);
    REQUIRE(remove->isEnabled());
    remove->click();
    CHECK_FALSE(closureInFile(o.path, day));
    page.undoStack()->undo();
    REQUIRE(closureInFile(o.path, day));
    CHECK(closureInFile(o.path, day)->closure.reason == u"Whole-team training"_s);

    // Someone else changes the reason; undoing our re-added day asks, and keeping theirs keeps it.
    page.undoStack()->redo(); // removed again
    page.undoStack()->undo(); // back
    {
        auto other = db::OfficeFile::open(o.path);
        REQUIRE(other.ok());
        other.value()->setUser(u"b.jones"_s);
        const auto c = closureInFile(o.path, day);
        REQUIRE(db::ClosureRepository(*other.value()).updateReason(day, c->meta.version, u"Moved online"_s).ok());
    }
    page.undoStack()->redo(); // remove: our reason is no longer there
    REQUIRE(asked.size() == 1);
    CHECK(asked.at(0).current.value(u"updated_by"_s).toString() == u"b.jones"_s);
    REQUIRE(closureInFile(o.path, day));
    CHECK(closureInFile(o.path, day)->closure.reason == u"Moved online"_s);
}

TEST_CASE("the working-day counter explains its due date", "[ui][admin]")
{
    OpenPage o;
    AdminPage &page = *o.page;
    page.findChild<QDateEdit *>(u"workingDaysFrom"_s)->setDate(d("2015-12-18"));
    page.findChild<QSpinBox *>(u"workingDaysCount"_s)->setValue(5);
    const QString result = page.findChild<QLabel *>(u"workingDaysResult"_s)->text();
    INFO(result.toStdString());
    CHECK(result.contains(u"Tuesday 29 December 2015"_s));
    auto *list = page.findChild<QListWidget *>(u"workingDaysExplanation"_s);
    QStringList lines;
    for (int i = 0; i < list->count(); ++i)
        lines << list->item(i)->text();
    CHECK(lines.join(u"\n"_s).contains(u"Mon 28/12/2015: not counted (Bank holiday: Boxing Day (substitute day)"_s));

    // The year view names days and knows bank holidays from working days.
    page.calendar().setYear(2015);
    YearCalendarView *view = page.calendar().yearView();
    const QRect christmas = view->dayRect(d("2015-12-25"));
    REQUIRE(christmas.isValid());
    CHECK(view->dayAt(christmas.center()) == d("2015-12-25"));
}

TEST_CASE("a letter template's subject is saved, unknown fields are flagged, the preview merges a case", "[ui][admin]")
{
    OpenPage o;
    AdminPage &page = *o.page;
    page.showTemplates();
    CHECK(page.tabs()->currentWidget()->objectName() == u"templatesTab"_s);
    auto *list = page.findChild<QListWidget *>(u"templateList"_s);
    REQUIRE(list->count() >= 2);
    page.letters().selectTemplate(u"acknowledgement"_s);
    CHECK(page.letters().currentTemplate() == u"acknowledgement"_s);

    auto *subject = page.findChild<QLineEdit *>(u"templateSubject"_s);
    subject->selectAll();
    uitest::typeText(subject, u"Ref {{ref}} acknowledged"_s);
    CHECK(subject->text() == u"Ref {{ref}} acknowledged"_s);

    // Insert a merge field from the menu, then a typo the warning names.
    auto *body = page.findChild<QTextEdit *>(u"templateBody"_s);
    body->moveCursor(QTextCursor::End);
    auto *menuButton = page.findChild<QPushButton *>(u"insertMergeField"_s);
    QAction *officer = menuButton->menu()->findChild<QAction *>(u"mergeField_officer"_s);
    REQUIRE(officer);
    officer->trigger();
    CHECK(body->toPlainText().endsWith(u"{{officer}}"_s));
    auto *warning = page.findChild<QLabel *>(u"templateWarning"_s);
    CHECK_FALSE(warning->isVisibleTo(&page));
    body->moveCursor(QTextCursor::End);
    body->insertPlainText(u" {{pratice_name}}"_s);
    CHECK(warning->isVisibleTo(&page));
    CHECK(warning->text().contains(u"{{pratice_name}}"_s));
    body->undo();
    CHECK_FALSE(warning->isVisibleTo(&page));

    page.findChild<QPushButton *>(u"templateSave"_s)->click();
    {
        auto file = db::OfficeFile::open(o.path);
        REQUIRE(file.ok());
        const auto t = db::TemplateRepository(*file.value()).get(u"acknowledgement"_s);
        REQUIRE(t.ok());
        CHECK(t->subject == u"Ref {{ref}} acknowledged"_s);
        CHECK(t->body.contains(u"{{officer}}"_s));
        CHECK_FALSE(t->body.contains(u"<html"_s));
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
    auto *refEdit = page.findChild<QLineEdit *>(u"templatePreviewRef"_s);
    uitest::typeText(refEdit, ref);
    page.findChild<QPushButton *>(u"templatePreviewButton"_s)->click();
    CHECK(page.findChild<QLabel *>(u"templatePreviewSubject"_s)->text().contains(u"Ref %1 acknowledged"_s.arg(ref)));
    const QString letter = page.findChild<QTextBrowser *>(u"templatePreview"_s)->toPlainText();
    CHECK(letter.contains(ref));
    CHECK(letter.contains(rows->first().officer));
    CHECK_FALSE(letter.contains(u"{{"_s));

    // An unknown reference says so.
    refEdit->setText(u"WMH-1999-99999"_s);
    page.findChild<QPushButton *>(u"templatePreviewButton"_s)->click();
    CHECK(page.findChild<QLabel *>(u"templatePreviewNote"_s)->text().contains(u"WMH-1999-99999"_s));

    // Undo puts the old subject back.
    page.undoStack()->undo();
    auto file = db::OfficeFile::open(o.path);
    CHECK(db::TemplateRepository(*file.value()).get(u"acknowledgement"_s)->subject == u"{{title}}"_s);
    CHECK(subject->text() == u"{{title}}"_s);
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
    page.letters().selectTemplate(u"holding"_s);
    auto *subject = page.findChild<QLineEdit *>(u"templateSubject"_s);
    subject->selectAll();
    uitest::typeText(subject, u"Mine"_s);
    {
        auto other = db::OfficeFile::open(o.path);
        REQUIRE(other.ok());
        other.value()->setUser(u"b.jones"_s);
        db::TemplateRepository repo(*other.value());
        const auto t = repo.get(u"holding"_s);
        REQUIRE(repo.update(u"holding"_s, t->meta.version, { { u"subject"_s, u"Theirs"_s } }).ok());
    }
    // Another page's save reloads this one: what is being typed stays, with a warning.
    page.reload();
    CHECK(subject->text() == u"Mine"_s);
    CHECK(page.findChild<QLabel *>(u"templateMeta"_s)->text().contains(u"Changed by b.jones"_s));
    CHECK_FALSE(page.letters().saveTemplate());
    REQUIRE(asked.size() == 1);
    auto file = db::OfficeFile::open(o.path);
    CHECK(db::TemplateRepository(*file.value()).get(u"holding"_s)->subject == u"Theirs"_s);
    CHECK(subject->text() == u"Theirs"_s);
    CHECK(page.undoStack()->count() == 0);
}

TEST_CASE("templates are added, duplicated and deleted on the tab, each undoable; the letterhead is edited there",
    "[ui][admin]")
{
    OpenPage o;
    AdminPage &page = *o.page;
    page.showTemplates();
    auto *list = page.findChild<QListWidget *>(u"templateList"_s);
    QStringList names;
    for (int i = 0; i < list->count(); ++i)
        names << list->item(i)->text();
    CHECK(names.contains(u"Full response"_s));
    CHECK(names.contains(u"Closure letter"_s));
    const int before = list->count();

    page.findChild<QPushButton *>(u"templateNew"_s)->click();
    CHECK(list->count() == before + 1);
    CHECK(page.letters().currentTemplate() == u"new-letter"_s);
    CHECK(page.findChild<QLineEdit *>(u"templateName"_s)->text() == u"New letter"_s);

    page.letters().selectTemplate(u"holding"_s);
    page.findChild<QPushButton *>(u"templateDuplicate"_s)->click();
    CHECK(page.letters().currentTemplate() == u"copy-of-holding-letter"_s);
    {
        auto file = db::OfficeFile::open(o.path);
        const auto copy = db::TemplateRepository(*file.value()).get(u"copy-of-holding-letter"_s);
        REQUIRE(copy.ok());
        CHECK(copy->body == db::TemplateRepository(*file.value()).get(u"holding"_s)->body);
    }

    page.letters().selectTemplate(u"closure"_s);
    auto confirm = uitest::clickWhenShown(u"confirmDeleteTemplate"_s, u"confirmDeleteYes"_s);
    page.findChild<QPushButton *>(u"templateDelete"_s)->click();
    CHECK(list->count() == before + 1);
    CHECK(list->findItems(u"Closure letter"_s, Qt::MatchExactly).isEmpty());
    REQUIRE(page.undoStack()->count() == 3);
    CHECK(page.undoStack()->undoText() == u"Delete letter template Closure letter"_s);
    page.undoStack()->undo();
    CHECK_FALSE(list->findItems(u"Closure letter"_s, Qt::MatchExactly).isEmpty());
    page.undoStack()->undo(); // the duplicate goes
    page.undoStack()->undo(); // and the new one
    CHECK(list->count() == before);
    {
        auto file = db::OfficeFile::open(o.path);
        CHECK(
            db::TemplateRepository(*file.value()).get(u"copy-of-holding-letter"_s).error().code == ErrorCode::NotFound);
    }

    // The letterhead: shown beside the list, saved (undoably) for every letter.
    auto *summary = page.findChild<QLabel *>(u"letterheadSummary"_s);
    CHECK(summary->text().contains(u"NHS England West Midlands Primary Care Hub"_s));
    page.letters().saveLetterhead({ { u"hub_name"_s, u"NHS England West Midlands Primary Care Hub"_s },
        { u"address"_s, u"Hub Office\n2 New Street\nBirmingham\nB2 4AA"_s }, { u"phone"_s, u"0121 496 0001"_s },
        { u"email"_s, u"westmidlands.hub@example.nhs.uk"_s } });
    CHECK(summary->text().contains(u"2 New Street"_s));
    {
        auto file = db::OfficeFile::open(o.path);
        CHECK(db::LetterheadRepository(*file.value()).get()->letterhead.phone == u"0121 496 0001"_s);
    }
    CHECK(page.undoStack()->undoText() == u"Change the letterhead"_s);
    page.undoStack()->undo();
    CHECK(summary->text().contains(u"1 Hagley Road"_s));
}

// Not run by default: grabs both tabs at 1400 x 900 for a look (QT_QPA_PLATFORM=offscreen).
TEST_CASE("admin page screenshots", "[.][admin-shots]")
{
    OpenPage o;
    AdminPage &page = *o.page;
    REQUIRE(page.calendar().applyAddClosure(d("2026-06-29"), u"Staff training"_s).isEmpty());
    REQUIRE(page.calendar().applyAddClosure(d("2026-12-29"), u"Christmas shutdown"_s).isEmpty());
    page.calendar().setYear(2026);
    if (qEnvironmentVariableIsSet("ADMIN_SHOT_WIDTH")) // e.g. the page inside the main window
        page.resize(
            qEnvironmentVariableIntValue("ADMIN_SHOT_WIDTH"), qEnvironmentVariableIntValue("ADMIN_SHOT_HEIGHT"));
    page.findChild<QDateEdit *>(u"workingDaysFrom"_s)->setDate(d("2026-12-18"));
    page.findChild<QSpinBox *>(u"workingDaysCount"_s)->setValue(5);
    page.show();
    uitest::pump(20);
    page.grab().save(u"/tmp/admin_calendar.png"_s);
    page.showTemplates();
    db::CaseFilter filter;
    filter.limit = 1;
    filter.openOnly = true;
    const auto rows = db::CaseListQuery(*o.file).list(filter);
    REQUIRE(rows.ok());
    page.findChild<QLineEdit *>(u"templatePreviewRef"_s)->setText(rows->first().ref);
    page.letters().previewTemplate();
    uitest::pump(20);
    page.grab().save(u"/tmp/admin_templates.png"_s);
}
