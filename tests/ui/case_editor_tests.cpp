// The case editor on a demo office: undoable field edits and timeline
// events, the pause dialog, "why this date", conflicts with another desktop,
// changes noticed from elsewhere, and the new case dialog.
#include "ui_test_support.h"

#include "database/cases/case_repository.h"
#include "database/cases/case_search.h"
#include "database/cases/template_repository.h"
#include "database/office_file.h"
#include "ui/cases/case_editor.h"
#include "ui/cases/case_letter_actions.h"
#include "ui/cases/new_case_dialog.h"
#include "ui/cases/pause_dialog.h"
#include "ui/cases/why_dialog.h"
#include "ui/widgets/notes_edit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>

using namespace hub;
using namespace hub::ui;

namespace
{

std::unique_ptr<db::OfficeFile> openFile(const QString &path, const QString &user = {})
{
    auto f = db::OfficeFile::open(path);
    INFO((f ? QString() : f.error().describe()).toStdString());
    REQUIRE(f.ok());
    if (!user.isEmpty())
        f.value()->setUser(user);
    return std::move(f.value());
}

db::CaseDetail caseIn(const QString &path, const QString &ref)
{
    auto file = openFile(path);
    auto d = db::CaseRepository(*file).get(ref);
    REQUIRE(d.ok());
    return d.value();
}

// An open provider query that is acknowledged but not yet answered nor paused.
QString awaitingResponse(db::OfficeFile &file)
{
    db::CaseFilter f;
    f.typeCode = QStringLiteral("provider-query");
    f.status = QStringLiteral("acknowledged");
    f.limit = 1;
    auto rows = db::CaseListQuery(file).list(f);
    REQUIRE(rows.ok());
    REQUIRE_FALSE(rows.value().isEmpty());
    return rows.value().first().ref;
}

struct Harness {
    hubtest::TempDir dir;
    QString path;
    std::unique_ptr<db::OfficeFile> file;
    QWidget host;
    QUndoStack undo;
    CaseEditor *editor = nullptr;
    int conflicts = 0;
    QString conflictWho;

    Harness()
    {
        path = uitest::demoCopy(dir);
        file = openFile(path, QStringLiteral("t.editor"));
        editor = new CaseEditor(&undo, &host);
        auto *layout = new QHBoxLayout(&host);
        layout->addWidget(editor);
        editor->setOfficeFile(file.get());
        editor->setConflictResolver([this](const Error &e) {
            ++conflicts;
            conflictWho = e.current.value(QStringLiteral("updated_by")).toString();
            return ConflictChoice::KeepTheirs;
        });
        host.resize(950, 850);
    }

    template <typename T> T *child(const char *name)
    {
        T *w = host.findChild<T *>(QString::fromLatin1(name));
        INFO(name);
        REQUIRE(w);
        return w;
    }

    QString clockState(const char *name) { return child<QLabel>(name)->text(); }

    int timelineRows(const QString &event, const QString &exclusionFragment = {})
    {
        const QAbstractItemModel *t = child<QTableView>("caseTimeline")->model();
        int n = 0;
        for (int r = 0; r < t->rowCount(); ++r) {
            if (t->index(r, 1).data().toString() == event
                && (exclusionFragment.isEmpty()
                    || t->index(r, 2).data().toString().contains(exclusionFragment, Qt::CaseInsensitive)))
                ++n;
        }
        return n;
    }
};

} // namespace

TEST_CASE("a typed title is saved on editing finished, and undo puts the old one back", "[cases][editor]")
{
    Harness h;
    const QString ref = awaitingResponse(*h.file);
    h.editor->openCase(ref);
    CHECK(h.editor->currentRef() == ref);
    const QString oldTitle = caseIn(h.path, ref).row.title;
    auto *title = h.child<QLineEdit>("caseTitle");
    CHECK(title->text() == oldTitle);

    title->clear();
    uitest::typeText(title, QStringLiteral("Locum claim for March, revised"));
    CHECK(h.editor->hasUnsavedInput());
    emit title->editingFinished();
    CHECK(caseIn(h.path, ref).row.title == QStringLiteral("Locum claim for March, revised"));
    CHECK_FALSE(h.editor->hasUnsavedInput());
    CHECK(h.undo.count() == 1);

    h.undo.undo();
    CHECK(caseIn(h.path, ref).row.title == oldTitle);
    CHECK(title->text() == oldTitle);
    h.undo.redo();
    CHECK(caseIn(h.path, ref).row.title == QStringLiteral("Locum claim for March, revised"));
    CHECK(h.conflicts == 0);

    // The description commits the same way.
    auto *description = h.child<QPlainTextEdit>("caseDescription");
    description->setPlainText(QStringLiteral("Practice asked twice by phone."));
    emit static_cast<NotesEdit *>(description)->editingFinished();
    CHECK(caseIn(h.path, ref).description == QStringLiteral("Practice asked twice by phone."));
}

TEST_CASE(
    "pausing through the pause dialog stops the clocks; undo takes the pause out; resume restarts", "[cases][editor]")
{
    Harness h;
    const QString ref = awaitingResponse(*h.file);
    h.editor->openCase(ref);
    auto *pauseButton = h.child<QPushButton>("pauseButton");
    CHECK(pauseButton->isEnabled());
    CHECK_FALSE(h.child<QPushButton>("resumeButton")->isEnabled());
    CHECK(h.clockState("responseState") != QStringLiteral("Paused"));

    QString exclusionText;
    QString hintBefore;
    QString hintAfterTry;
    auto timer = uitest::clickWhenShown(QStringLiteral("pauseDialog"), QStringLiteral("pauseOk"), [&](QWidget *dialog) {
        auto *exclusion = dialog->findChild<QComboBox *>(QStringLiteral("pauseExclusion"));
        auto *note = dialog->findChild<QPlainTextEdit *>(QStringLiteral("pauseNote"));
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("pauseOk"));
        REQUIRE(exclusion);
        REQUIRE(note);
        REQUIRE(dialog->findChild<QDateEdit *>(QStringLiteral("pauseDate")));
        // The Queries standard's own exclusions.
        CHECK(exclusion->count() == 2);
        exclusion->setCurrentIndex(exclusion->findData(QStringLiteral("outside-responsibility")));
        exclusionText = exclusion->currentText();
        // No warning before the user has done anything; trying to pause without a note says why.
        auto *hint = dialog->findChild<QLabel *>(QStringLiteral("pauseHint"));
        REQUIRE(hint);
        hintBefore = hint->text();
        ok->click();
        CHECK(dialog->isVisible());
        hintAfterTry = hint->text();
        uitest::typeText(note, QStringLiteral("Waiting for NHS Property Services"));
    });
    pauseButton->click();
    CHECK(hintBefore.isEmpty());
    CHECK(hintAfterTry == QStringLiteral("A note is required."));
    REQUIRE_FALSE(exclusionText.isEmpty());

    CHECK(h.clockState("responseState") == QStringLiteral("Paused"));
    CHECK(h.timelineRows(QStringLiteral("Clocks paused"), exclusionText.left(20)) == 1);
    db::CaseDetail stored = caseIn(h.path, ref);
    CHECK(stored.clocks.paused);
    REQUIRE(stored.clocks.pauses.size() >= 1);
    CHECK(stored.clocks.pauses.last().exclusionCode == QStringLiteral("outside-responsibility"));
    CHECK(stored.clocks.pauses.last().note == QStringLiteral("Waiting for NHS Property Services"));
    CHECK(h.child<QPushButton>("resumeButton")->isEnabled());
    CHECK_FALSE(pauseButton->isEnabled());

    // Undo removes that pause (from the file, the timeline and the clocks).
    const int pausesBefore = int(stored.clocks.pauses.size()) - 1;
    h.undo.undo();
    stored = caseIn(h.path, ref);
    CHECK_FALSE(stored.clocks.paused);
    CHECK(stored.clocks.pauses.size() == pausesBefore);
    CHECK(h.timelineRows(QStringLiteral("Clocks paused"), exclusionText.left(20)) == 0);
    CHECK(h.clockState("responseState") != QStringLiteral("Paused"));

    // Redo pauses again; Resume restarts the clocks.
    h.undo.redo();
    CHECK(caseIn(h.path, ref).clocks.paused);
    h.child<QPushButton>("resumeButton")->click();
    stored = caseIn(h.path, ref);
    CHECK_FALSE(stored.clocks.paused);
    CHECK(stored.clocks.pauses.last().resumedOn == QDate::currentDate());
    CHECK(h.timelineRows(QStringLiteral("Clocks resumed")) >= 1);
    CHECK(h.clockState("responseState") != QStringLiteral("Paused"));
    CHECK(h.undo.count() == 2);
}

TEST_CASE("the pause dialog offers the current standard's exclusions and needs a note", "[cases][editor]")
{
    ServiceStandard s;
    s.name = QStringLiteral("Data and Information");
    s.exclusions = { { QStringLiteral("not-routinely-collected"), QStringLiteral("Data not routinely collected") },
        { QStringLiteral("not-validated"), QStringLiteral("Data not validated") } };
    PauseDialog dialog(s, QDate(2016, 3, 1), QDate(2016, 2, 1), QDate(2016, 3, 31));
    auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("pauseOk"));
    auto *note = dialog.findChild<QPlainTextEdit *>(QStringLiteral("pauseNote"));
    auto *hint = dialog.findChild<QLabel *>(QStringLiteral("pauseHint"));
    REQUIRE(ok);
    REQUIRE(hint);
    // "A note is required" only once the user tries to pause without one (issue 10, item 8).
    CHECK(hint->text().isEmpty());
    CHECK(ok->isEnabled());
    ok->click();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(hint->text() == QStringLiteral("A note is required."));
    uitest::typeText(note, QStringLiteral("   "));
    ok->click();
    CHECK(dialog.result() != QDialog::Accepted);
    uitest::typeText(note, QStringLiteral("asked the CSU"));
    CHECK(hint->text().isEmpty());
    ok->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.exclusionCode() == QStringLiteral("not-routinely-collected"));
    CHECK(dialog.note() == QStringLiteral("asked the CSU"));
    CHECK(dialog.date() == QDate(2016, 3, 1));
}

TEST_CASE("acknowledge, note and close are undoable events; buttons follow the rules", "[cases][editor]")
{
    Harness h;
    // A fresh case: nothing but the receipt.
    db::NewCase c;
    c.type = CaseType::ProviderQuery;
    c.ccgCode = QStringLiteral("06A");
    c.received = QDate::currentDate().addDays(-10);
    c.title = QStringLiteral("Fresh query");
    auto created = db::CaseRepository(*h.file).add(c);
    REQUIRE(created.ok());
    const QString ref = created.value().row.ref;
    h.editor->openCase(ref);
    CHECK(h.child<QPushButton>("ackButton")->isEnabled());
    CHECK_FALSE(h.child<QPushButton>("noteButton")->isEnabled());
    CHECK_FALSE(h.child<QPushButton>("resumeButton")->isEnabled());

    h.child<QPushButton>("ackButton")->click();
    CHECK(caseIn(h.path, ref).clocks.acknowledge.metOn == QDate::currentDate());
    CHECK(h.clockState("ackState").startsWith(QStringLiteral("Met")));
    CHECK_FALSE(h.child<QPushButton>("ackButton")->isEnabled());

    uitest::typeText(h.child<QLineEdit>("actionNote"), QStringLiteral("Rang the practice manager"));
    CHECK(h.child<QPushButton>("noteButton")->isEnabled());
    h.child<QPushButton>("noteButton")->click();
    CHECK(h.timelineRows(QStringLiteral("Note")) == 1);
    CHECK(h.child<QLineEdit>("actionNote")->text().isEmpty());

    h.undo.undo();
    h.undo.undo();
    const db::CaseDetail back = caseIn(h.path, ref);
    CHECK(back.timeline.size() == 1);
    CHECK_FALSE(back.clocks.acknowledge.metOn.isValid());
    CHECK(h.child<QPushButton>("ackButton")->isEnabled());
}

TEST_CASE("why this date lists the day-by-day explanation", "[cases][editor]")
{
    Harness h;
    const QString ref = awaitingResponse(*h.file);
    h.editor->openCase(ref);
    QStringList lines;
    auto timer = uitest::clickWhenShown(QStringLiteral("whyDialog"), QString(), [&](QWidget *dialog) {
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("whyLines"));
        REQUIRE(list);
        for (int i = 0; i < list->count(); ++i)
            lines << list->item(i)->text();
        static_cast<QDialog *>(dialog)->reject();
    });
    h.child<QPushButton>("whyResponse")->click();
    REQUIRE(lines.size() > 10);
    INFO(lines.first().toStdString());
    CHECK(lines.first().startsWith(QStringLiteral("Counted from")));
    CHECK(lines.last().startsWith(QStringLiteral("Due ")));
    CHECK(lines.filter(QStringLiteral("working day 1")).size() >= 1);
    CHECK(lines.filter(QStringLiteral("not counted")).size() >= 1);

    WhyDialog direct(QStringLiteral("x"), caseIn(h.path, ref).clocks.acknowledge.explanation);
    CHECK(direct.objectName() == QStringLiteral("whyDialog"));
    CHECK(direct.findChild<QListWidget *>(QStringLiteral("whyLines"))->count()
        == caseIn(h.path, ref).clocks.acknowledge.explanation.size());
}

TEST_CASE("an edit from a stale version goes to the conflict resolver and overwrites nothing", "[cases][editor]")
{
    Harness h;
    const QString ref = awaitingResponse(*h.file);
    h.editor->openCase(ref);

    // Another desktop changes the title after the editor loaded the case.
    auto other = openFile(h.path, QStringLiteral("b.jones"));
    const db::CaseDetail theirs = db::CaseRepository(*other).get(ref).value();
    REQUIRE(db::CaseRepository(*other)
                .edit(ref, theirs.row.version, { { QStringLiteral("title"), QStringLiteral("Their title") } })
                .ok());

    auto *title = h.child<QLineEdit>("caseTitle");
    title->setText(QStringLiteral("My title"));
    emit title->editingFinished();
    CHECK(h.conflicts == 1);
    CHECK(h.conflictWho == QStringLiteral("b.jones"));
    CHECK(caseIn(h.path, ref).row.title == QStringLiteral("Their title"));
    CHECK(h.undo.count() == 0);
    CHECK(title->text() == QStringLiteral("Their title"));

    // An event undo after someone else's change asks too.
    h.editor->reload();
    h.child<QLineEdit>("actionNote")->setText(QStringLiteral("chased"));
    h.child<QPushButton>("noteButton")->click();
    REQUIRE(h.undo.count() == 1);
    const db::CaseDetail now = db::CaseRepository(*other).get(ref).value();
    REQUIRE(db::CaseRepository(*other)
                .edit(ref, now.row.version, { { QStringLiteral("priority"), QStringLiteral("high") } })
                .ok());
    h.undo.undo();
    CHECK(h.conflicts == 2);
    CHECK(h.timelineRows(QStringLiteral("Note")) >= 1);
    CHECK(caseIn(h.path, ref).row.priority == QStringLiteral("high"));
}

TEST_CASE("a change from another desktop is picked up, keeping anything typed", "[cases][editor]")
{
    Harness h;
    const QString ref = awaitingResponse(*h.file);
    h.editor->openCase(ref);
    auto *bar = h.child<QFrame>("caseChangedBar");
    h.editor->recordMayHaveChanged();
    CHECK(bar->isHidden());

    auto other = openFile(h.path, QStringLiteral("b.jones"));
    db::CaseDetail theirs = db::CaseRepository(*other).get(ref).value();
    REQUIRE(db::CaseRepository(*other)
                .edit(ref, theirs.row.version, { { QStringLiteral("title"), QStringLiteral("Renamed elsewhere") } })
                .ok());
    h.editor->recordMayHaveChanged();
    CHECK_FALSE(bar->isHidden());
    CHECK(h.child<QLabel>("caseChangedText")->text().startsWith(QStringLiteral("Changed by b.jones at ")));
    CHECK(h.child<QLabel>("caseChangedText")->text().endsWith(QStringLiteral("showing the latest")));
    CHECK(h.child<QLineEdit>("caseTitle")->text() == QStringLiteral("Renamed elsewhere"));

    // With typing in progress the typing stays and a warning offers a choice.
    auto *description = h.child<QPlainTextEdit>("caseDescription");
    description->setPlainText(QStringLiteral("half-typed thought"));
    CHECK(h.editor->hasUnsavedInput());
    theirs = db::CaseRepository(*other).get(ref).value();
    REQUIRE(db::CaseRepository(*other)
                .edit(ref, theirs.row.version, { { QStringLiteral("title"), QStringLiteral("Again") } })
                .ok());
    h.editor->recordMayHaveChanged();
    CHECK(description->toPlainText() == QStringLiteral("half-typed thought"));
    CHECK(h.child<QPushButton>("caseReloadButton")->isVisibleTo(&h.host));
    CHECK(h.child<QPushButton>("caseKeepMineButton")->isVisibleTo(&h.host));
    h.child<QPushButton>("caseReloadButton")->click();
    CHECK(h.child<QLineEdit>("caseTitle")->text() == QStringLiteral("Again"));
    CHECK_FALSE(h.editor->hasUnsavedInput());
}

TEST_CASE("the new case dialog opens a case with an office reference", "[cases][editor]")
{
    hubtest::TempDir dir;
    auto file = openFile(uitest::demoCopy(dir));
    NewCaseDialog dialog(*file);
    CHECK(dialog.objectName() == QStringLiteral("newCaseDialog"));
    auto *ccg = dialog.findChild<QComboBox *>(QStringLiteral("newCaseCcg"));
    auto *practice = dialog.findChild<QComboBox *>(QStringLiteral("newCasePractice"));
    auto *title = dialog.findChild<QLineEdit *>(QStringLiteral("newCaseTitle"));
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("newCaseProblem"));
    REQUIRE(ccg);
    REQUIRE(practice);
    ccg->setCurrentIndex(ccg->findData(QStringLiteral("06A")));
    const int wolverhamptonPractices = practice->count() - 1;
    CHECK(wolverhamptonPractices > 10);
    ccg->setCurrentIndex(ccg->findData(QStringLiteral("05L")) >= 0 ? ccg->findData(QStringLiteral("05L")) : 1);
    CHECK(practice->count() - 1 != wolverhamptonPractices);
    ccg->setCurrentIndex(ccg->findData(QStringLiteral("06A")));

    // No title: refused inline.
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(problem->isHidden());
    CHECK(problem->text().contains(QStringLiteral("title")));

    practice->setCurrentIndex(3);
    uitest::typeText(title, QStringLiteral("Rent review query"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(QRegularExpression(QStringLiteral("^WMH-\\d{4}-\\d{5}$")).match(dialog.createdRef()).hasMatch());
    auto d = db::CaseRepository(*file).get(dialog.createdRef());
    REQUIRE(d.ok());
    CHECK(d.value().row.title == QStringLiteral("Rent review query"));
    CHECK(d.value().row.ccgCode == QStringLiteral("06A"));
    CHECK(d.value().row.practiceOds == practice->itemData(3).toString());
}

TEST_CASE("the letters tab merges the case into a template and saves a PDF", "[cases][editor]")
{
    Harness h;
    const QString ref = awaitingResponse(*h.file);
    h.editor->openCase(ref);
    auto *tabs = h.child<QTabWidget>("caseTabs");
    tabs->setCurrentIndex(3);
    auto *combo = h.child<QComboBox>("letterTemplate");
    REQUIRE(combo->count() >= 2);
    combo->setCurrentIndex(combo->findData(QStringLiteral("acknowledgement")));
    CHECK(h.child<QTextBrowser>("letterPreview")->toPlainText().contains(ref));
    CHECK(h.child<QLabel>("letterWarning")->isHidden());

    auto merged = db::TemplateRepository(*h.file).merge(QStringLiteral("acknowledgement"), ref);
    REQUIRE(merged.ok());
    const QString pdf = h.dir.path(QStringLiteral("letter.pdf"));
    REQUIRE(saveCaseLetterPdf(pdf, merged.value(), h.file->officeName()).ok());
    QFile f(pdf);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.read(5) == QByteArray("%PDF-"));
    if (!qEnvironmentVariableIsEmpty("HUBCASE_EDITOR_SHOTS"))
        QFile::copy(pdf, QStringLiteral("/tmp/case_letter.pdf"));

    // A template with an unknown marker is flagged.
    db::LetterTemplate t;
    t.key = QStringLiteral("typo");
    t.name = QStringLiteral("Typo letter");
    t.subject = QStringLiteral("Re {{ref}}");
    t.body = QStringLiteral("<p>Dear {{practise_name}}</p>");
    REQUIRE(db::TemplateRepository(*h.file).add(t).ok());
    h.editor->setOfficeFile(h.file.get());
    h.editor->openCase(ref);
    tabs->setCurrentIndex(3);
    combo->setCurrentIndex(combo->findData(QStringLiteral("typo")));
    CHECK_FALSE(h.child<QLabel>("letterWarning")->isHidden());
    CHECK(h.child<QLabel>("letterWarning")->text().contains(QStringLiteral("practise_name")));
}

TEST_CASE("screenshots of the case editor", "[.][editor-shots]")
{
    Harness h;
    // A demo case with a pause and a late response.
    db::CaseFilter f;
    f.typeCode = QStringLiteral("provider-query");
    f.limit = 0;
    auto rows = db::CaseListQuery(*h.file).list(f);
    REQUIRE(rows.ok());
    QString ref;
    for (const db::CaseRow &r : rows.value()) {
        if (r.responseState != ClockState::MetLate)
            continue;
        auto d = db::CaseRepository(*h.file).get(r.ref);
        if (d.ok() && !d.value().clocks.pauses.isEmpty() && d.value().timeline.size() >= 5) {
            ref = r.ref;
            break;
        }
    }
    REQUIRE_FALSE(ref.isEmpty());
    QSplitter splitter;
    auto *placeholder = new QLabel(QStringLiteral("case list"));
    placeholder->setAlignment(Qt::AlignCenter);
    splitter.addWidget(placeholder);
    auto *editor = new CaseEditor(&h.undo);
    splitter.addWidget(editor);
    editor->setOfficeFile(h.file.get());
    editor->openCase(ref);
    splitter.resize(1400, 900);
    splitter.setSizes({ 480, 920 });
    splitter.show();
    uitest::pump();
    splitter.grab().save(QStringLiteral("/tmp/case_editor.png"));
    auto *tabs = editor->findChild<QTabWidget *>(QStringLiteral("caseTabs"));
    tabs->setCurrentIndex(3);
    uitest::pump();
    splitter.grab().save(QStringLiteral("/tmp/case_editor_letters.png"));
    tabs->setCurrentIndex(0);
    auto timer = uitest::clickWhenShown(QStringLiteral("whyDialog"), QString(), [&](QWidget *dialog) {
        dialog->grab().save(QStringLiteral("/tmp/case_editor_why.png"));
        static_cast<QDialog *>(dialog)->reject();
    });
    editor->findChild<QPushButton *>(QStringLiteral("whyResponse"))->click();
    NewCaseDialog dialog(*h.file);
    dialog.show();
    uitest::pump();
    dialog.grab().save(QStringLiteral("/tmp/case_editor_new.png"));
    auto merged = db::TemplateRepository(*h.file).merge(QStringLiteral("acknowledgement"), ref);
    REQUIRE(merged.ok());
    REQUIRE(saveCaseLetterPdf(QStringLiteral("/tmp/case_letter.pdf"), merged.value(), h.file->officeName()).ok());
    WARN(ref.toStdString());
    // What recordMayHaveChanged() and reload() cost: one full read of the case.
    QElapsedTimer timer2;
    timer2.start();
    for (int i = 0; i < 20; ++i)
        REQUIRE(db::CaseRepository(*h.file).get(ref).ok());
    WARN("CaseRepository::get per call: " << timer2.elapsed() / 20.0 << " ms");
    timer2.restart();
    for (int i = 0; i < 20; ++i)
        editor->reload();
    WARN("CaseEditor::reload per call: " << timer2.elapsed() / 20.0 << " ms");

    // An open case whose clocks are stopped, with a change noticed from elsewhere.
    db::CaseFilter pausedFilter;
    pausedFilter.status = QStringLiteral("paused");
    pausedFilter.limit = 1;
    auto paused = db::CaseListQuery(*h.file).list(pausedFilter);
    REQUIRE(paused.ok());
    REQUIRE_FALSE(paused.value().isEmpty());
    editor->openCase(paused.value().first().ref);
    auto other = openFile(h.path, QStringLiteral("b.jones"));
    auto theirs = db::CaseRepository(*other).get(editor->currentRef()).value();
    REQUIRE(
        db::CaseRepository(*other)
            .edit(editor->currentRef(), theirs.row.version, { { QStringLiteral("priority"), QStringLiteral("high") } })
            .ok());
    editor->recordMayHaveChanged();
    uitest::pump();
    splitter.grab().save(QStringLiteral("/tmp/case_editor_paused.png"));
}
