// CCG specifications: determinations written through undoable commands,
// sign-off refused until complete, and conflicts never overwritten silently.
#include "ui_test_support.h"

#include "database/office_file.h"
#include "database/specs/spec_repository.h"
#include "ui/documents/spec_document.h"
#include "ui/main_window.h"
#include "ui/models/spec_items_model.h"
#include "ui/spec/signature_date_edit.h"
#include "ui/spec/spec_page.h"
#include "ui/spec/spec_print_actions.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

using namespace hub;
using namespace hub::ui;

namespace
{

const QString kCcg = QStringLiteral("06A");
const QString kKey = QStringLiteral("VIII.4");

CcgSpecification specInFile(const QString &path)
{
    auto file = db::OfficeFile::open(path);
    REQUIRE(file.ok());
    auto spec = db::SpecRepository(*file.value()).loadOrCreate(kCcg);
    REQUIRE(spec.ok());
    return spec.value();
}

Determination inFile(const QString &path, const QString &key = kKey)
{
    const CcgSpecification spec = specInFile(path);
    REQUIRE(spec.item(key));
    return spec.item(key)->determination;
}

// Changes the determination from the page's table, as the combobox would.
void chooseInTable(SpecPage *page, const QString &key, Determination d)
{
    SpecItemsModel *model = page->itemsModel();
    const int row = model->rowOf(key);
    REQUIRE(row >= 0);
    REQUIRE(model->setData(model->index(row, SpecItemsModel::Determination), int(d)));
    uitest::pump();
}

// Someone else, in another Hubcase, sets the same item first.
void changeElsewhere(const QString &path, Determination d, const QString &note)
{
    auto other = db::OfficeFile::open(path);
    REQUIRE(other.ok());
    other.value()->setUser(QStringLiteral("b.jones"));
    db::SpecRepository repo(*other.value());
    auto spec = repo.loadOrCreate(kCcg);
    REQUIRE(spec.ok());
    REQUIRE(repo.setDetermination(spec.value(), kKey, d, note, spec->item(kKey)->meta.version).ok());
}

struct SpecFixture {
    hubtest::TempDir dir;
    QString path = uitest::demoCopy(dir);
    std::unique_ptr<MainWindow> window = uitest::openWindow(path);
    SpecPage *page = window->specPage();

    SpecFixture()
    {
        window->showPage(MainWindow::SpecPageId);
        page->selectCcg(kCcg);
        REQUIRE(page->document()->hasSpec());
    }
};

} // namespace

TEST_CASE("changing a determination writes it to the file - undo restores it and redo re-applies it", "[ui][spec]")
{
    SpecFixture f;
    REQUIRE(inFile(f.path) == Determination::HubSupports);
    auto *table = f.window->findChild<QTableView *>(QStringLiteral("specItemsTable"));
    const int row = f.page->itemsModel()->rowOf(kKey);
    auto *combo = qobject_cast<QComboBox *>(
        table->indexWidget(f.page->itemsModel()->index(row, SpecItemsModel::Determination)));
    REQUIRE(combo); // a combobox on every row while the specification is a draft
    CHECK(combo->currentText() == QStringLiteral("Hub supports CCG"));

    // Choose from the row's combobox, as a user would.
    const int ccgDelivers = combo->findData(int(Determination::CcgDelivers));
    REQUIRE(ccgDelivers >= 0);
    combo->setCurrentIndex(ccgDelivers);
    emit combo->activated(ccgDelivers);
    uitest::pump();
    CHECK(inFile(f.path) == Determination::CcgDelivers);
    REQUIRE(f.page->undoStack()->count() == 1);
    CHECK(f.page->undoStack()->undoText() == QStringLiteral("Set VIII.4 to CCG delivers (06A)"));

    QAction *undo = f.window->findChild<QAction *>(QStringLiteral("undoAction"));
    QAction *redo = f.window->findChild<QAction *>(QStringLiteral("redoAction"));
    REQUIRE(undo->isEnabled());
    undo->trigger();
    CHECK(inFile(f.path) == Determination::HubSupports);
    CHECK(f.page->itemsModel()->index(row, SpecItemsModel::Determination).data().toString()
        == QStringLiteral("Hub supports CCG"));
    CHECK(redo->isEnabled());
    CHECK(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
    redo->trigger();
    CHECK(inFile(f.path) == Determination::CcgDelivers);

    // A note travels with the determination.
    SpecItemsModel *model = f.page->itemsModel();
    REQUIRE(model->setData(model->index(row, SpecItemsModel::Note), QStringLiteral("Agreed at PCC, 12/01/2016")));
    uitest::pump();
    CHECK(specInFile(f.path).item(kKey)->note == QStringLiteral("Agreed at PCC, 12/01/2016"));
    f.page->undoStack()->undo();
    CHECK(specInFile(f.path).item(kKey)->note.isEmpty());
    CHECK(inFile(f.path) == Determination::CcgDelivers);
}

TEST_CASE(
    "Mark agreed is refused while the CCG lead's name is missing, then allowed - agreed locks editing", "[ui][spec]")
{
    SpecFixture f;
    auto *markAgreed = f.window->findChild<QPushButton *>(QStringLiteral("markAgreedButton"));
    auto *message = f.window->findChild<QLabel *>(QStringLiteral("specMessage"));
    auto *badge = f.window->findChild<QLabel *>(QStringLiteral("specStatusBadge"));
    REQUIRE(markAgreed->isEnabled());
    CHECK(badge->text() == QStringLiteral("Draft"));

    markAgreed->click();
    CHECK(specInFile(f.path).status == SpecStatus::Draft);
    CHECK_FALSE(message->isHidden());
    CHECK(message->text().contains(QStringLiteral("the CCG lead's name is missing")));

    auto *name = f.window->findChild<QLineEdit *>(QStringLiteral("ccg_lead_name"));
    name->setText(QStringLiteral("Sarah Okafor"));
    emit name->editingFinished();
    // Signature dates are picked, never typed as free text.
    CHECK(f.window->findChild<QLineEdit *>(QStringLiteral("ccg_lead_signed_on")) == nullptr);
    auto *leadDate = f.window->findChild<SignatureDateEdit *>(QStringLiteral("ccg_lead_signed_on"));
    auto *directorDate = f.window->findChild<SignatureDateEdit *>(QStringLiteral("director_signed_on"));
    REQUIRE(leadDate);
    REQUIRE(directorDate);
    leadDate->signedBox()->click(); // starts at the office's as-of day
    CHECK(specInFile(f.path).ccgLeadSignedOn == f.page->document()->asOf());
    leadDate->dateEdit()->setDate(QDate(2016, 1, 14));
    emit leadDate->dateEdit()->editingFinished();
    CHECK(specInFile(f.path).ccgLeadSignedOn == QDate(2016, 1, 14));

    // Still missing: the Locality Director's date. Refused without asking.
    int asked = 0;
    f.page->setAgreeConfirmer([&](const QString &) {
        ++asked;
        return true;
    });
    markAgreed->click();
    CHECK(asked == 0);
    CHECK(specInFile(f.path).status == SpecStatus::Draft);
    CHECK(message->text().contains(QStringLiteral("the Locality Director's signature date is missing")));
    directorDate->signedBox()->click();
    directorDate->dateEdit()->setDate(QDate(2016, 1, 15));
    emit directorDate->dateEdit()->editingFinished();

    // Complete: asked first; "no" changes nothing.
    QString question;
    f.page->setAgreeConfirmer([&](const QString &q) {
        question = q;
        return false;
    });
    markAgreed->click();
    CHECK(question.contains(QStringLiteral("Sarah Okafor (CCG lead) on 14/01/2016")));
    CHECK(specInFile(f.path).status == SpecStatus::Draft);
    f.page->setAgreeConfirmer([](const QString &) { return true; });
    markAgreed->click();

    const CcgSpecification spec = specInFile(f.path);
    CHECK(spec.status == SpecStatus::Agreed);
    CHECK(spec.ccgLeadName == QStringLiteral("Sarah Okafor"));
    CHECK(spec.ccgLeadSignedOn == QDate(2016, 1, 14));
    CHECK(badge->text() == QStringLiteral("Agreed"));
    CHECK(f.page->undoStack()->count() == 0);

    // Agreed: no comboboxes, nothing editable, Back to draft on offer.
    auto *table = f.window->findChild<QTableView *>(QStringLiteral("specItemsTable"));
    const int row = f.page->itemsModel()->rowOf(kKey);
    CHECK(table->indexWidget(f.page->itemsModel()->index(row, SpecItemsModel::Determination)) == nullptr);
    CHECK_FALSE((f.page->itemsModel()->flags(f.page->itemsModel()->index(row, SpecItemsModel::Determination))
        & Qt::ItemIsEditable));
    CHECK(name->isReadOnly());
    CHECK(leadDate->isReadOnly());
    // Locked looks locked: the lock and its reason beside the greyed fields.
    auto *lockBar = f.window->findChild<QWidget *>(QStringLiteral("specLockBar"));
    REQUIRE(lockBar);
    CHECK(lockBar->isVisibleTo(f.page));
    const QString reason = f.window->findChild<QLabel *>(QStringLiteral("specLockReason"))->text();
    CHECK(reason.startsWith(QStringLiteral("Agreed 15/01/2016 by Sarah Okafor and ")));
    CHECK(name->toolTip() == reason);
    // The list of CCGs says so too.
    auto *combo = f.window->findChild<QComboBox *>(QStringLiteral("specCcgCombo"));
    CHECK(combo->itemText(combo->findData(kCcg)).endsWith(QStringLiteral("Agreed 15/01/2016")));
    auto *back = f.window->findChild<QPushButton *>(QStringLiteral("backToDraftButton"));
    REQUIRE(back->isEnabled());
    back->click();
    CHECK(specInFile(f.path).status == SpecStatus::Draft);
    CHECK_FALSE(name->isReadOnly());
    CHECK_FALSE(lockBar->isVisibleTo(f.page));
    CHECK(combo->itemText(combo->findData(kCcg)).endsWith(QStringLiteral("Draft")));
}

TEST_CASE("a conflicting write is never silent: keep their version reloads theirs", "[ui][spec][conflict]")
{
    SpecFixture f;
    QVector<Error> asked;
    f.window->setConflictResolver([&](const Error &e) {
        asked.append(e);
        return ConflictChoice::KeepTheirs;
    });
    changeElsewhere(f.path, Determination::CcgDelivers, QStringLiteral("their note"));

    chooseInTable(f.page, kKey, Determination::HubDelivers); // the page still holds the old version
    REQUIRE(asked.size() == 1);
    CHECK(asked.at(0).code == ErrorCode::Conflict);
    CHECK(asked.at(0).current.value(QStringLiteral("updated_by")).toString() == QStringLiteral("b.jones"));
    CHECK(inFile(f.path) == Determination::CcgDelivers);
    CHECK(specInFile(f.path).item(kKey)->note == QStringLiteral("their note"));
    const int row = f.page->itemsModel()->rowOf(kKey);
    CHECK(f.page->itemsModel()->index(row, SpecItemsModel::Determination).data().toString()
        == QStringLiteral("CCG delivers"));
    CHECK(f.page->undoStack()->count() == 0);
}

TEST_CASE("a conflicting write: apply mine anyway writes over theirs on purpose", "[ui][spec][conflict]")
{
    SpecFixture f;
    int asked = 0;
    f.window->setConflictResolver([&](const Error &) {
        ++asked;
        return ConflictChoice::ApplyMine;
    });
    changeElsewhere(f.path, Determination::CcgDelivers, QStringLiteral("their note"));
    chooseInTable(f.page, kKey, Determination::HubDelivers);
    CHECK(asked == 1);
    CHECK(inFile(f.path) == Determination::HubDelivers);
    CHECK(f.page->undoStack()->count() == 1);
}

TEST_CASE("the conflict dialog names who changed the record and when, and its buttons decide", "[ui][spec][conflict]")
{
    SpecFixture f; // default resolver: the real dialog
    changeElsewhere(f.path, Determination::CcgDelivers, QString());
    QString headline;
    auto clicker = uitest::clickWhenShown(
        QStringLiteral("conflictDialog"), QStringLiteral("applyMineButton"), [&](QWidget *dialog) {
            if (auto *label = dialog->findChild<QLabel *>(QStringLiteral("conflictHeadline")))
                headline = label->text();
        });
    chooseInTable(f.page, kKey, Determination::HubDelivers);
    CHECK(headline.contains(QStringLiteral("This record was changed by b.jones at ")));
    // "at dd/MM/yyyy HH:mm"
    CHECK(headline.contains(QRegularExpression(QStringLiteral("at \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d"))));
    CHECK(inFile(f.path) == Determination::HubDelivers);

    // And "Keep their version" through the dialog.
    changeElsewhere(f.path, Determination::CcgDelivers, QString());
    auto keeper = uitest::clickWhenShown(QStringLiteral("conflictDialog"), QStringLiteral("keepTheirsButton"));
    chooseInTable(f.page, kKey, Determination::HubSupports);
    CHECK(inFile(f.path) == Determination::CcgDelivers);
}

TEST_CASE("undo of a determination someone else has since changed asks first", "[ui][spec][conflict]")
{
    SpecFixture f;
    chooseInTable(f.page, kKey, Determination::CcgDelivers);
    REQUIRE(inFile(f.path) == Determination::CcgDelivers);
    changeElsewhere(f.path, Determination::HubDelivers, QStringLiteral("theirs"));

    int asked = 0;
    f.window->setConflictResolver([&](const Error &) {
        ++asked;
        return ConflictChoice::KeepTheirs;
    });
    f.page->undoStack()->undo();
    CHECK(asked == 1);
    CHECK(inFile(f.path) == Determination::HubDelivers);
}

TEST_CASE("print preview opens and closes - PDF export writes a PDF", "[ui][spec]")
{
    SpecFixture f;
    CHECK(f.page->canPrint());
    auto closer
        = uitest::clickWhenShown(QStringLiteral("printPreviewDialog"), QString(), [](QWidget *w) { w->close(); });
    f.page->printPreview(); // returns once the dialog is closed

    const QString pdf = f.dir.path(QStringLiteral("06A.pdf"));
    const SpecDocument *editor = f.page->document();
    REQUIRE(exportSpecPdf(
        pdf, { editor->catalogue(), *editor->ccg(), editor->spec(), QStringLiteral("a.patel"), editor->asOf() })
                .ok());
    QFile out(pdf);
    REQUIRE(out.open(QIODevice::ReadOnly));
    CHECK(out.read(5) == QByteArray("%PDF-"));
    CHECK(suggestedPdfName(*editor->ccg()) == QStringLiteral("06A-wolverhampton-specification.pdf"));
}

TEST_CASE("before a CCG is chosen the page lists the CCGs to choose from", "[ui][spec]")
{
    hubtest::TempDir dir;
    auto window = uitest::openWindow(uitest::demoCopy(dir));
    window->showPage(MainWindow::SpecPageId);
    SpecPage *page = window->specPage();
    page->selectCcg(QString());
    auto *chooser = window->findChild<QListWidget *>(QStringLiteral("specCcgChooser"));
    REQUIRE(chooser);
    REQUIRE(chooser->count() == 14);
    CHECK_FALSE(page->canPrint());
    QListWidgetItem *item = chooser->findItems(QStringLiteral("06A — "), Qt::MatchStartsWith).value(0);
    REQUIRE(item);
    emit chooser->itemClicked(item);
    CHECK(page->currentCcg() == QStringLiteral("06A"));
    CHECK(page->document()->hasSpec());
    CHECK(page->canPrint());
}

TEST_CASE("the list of CCGs shows each one's status and its current level on the office's as-of day", "[ui][spec]")
{
    hubtest::TempDir dir;
    const QString path = uitest::demoCopy(dir);
    {
        // 05Y agreed beforehand, in another Hubcase.
        auto other = db::OfficeFile::open(path);
        REQUIRE(other.ok());
        db::SpecRepository repo(*other.value());
        auto spec = repo.loadOrCreate(QStringLiteral("05Y"));
        REQUIRE(spec.ok());
        REQUIRE(repo.updateHeader(spec->meta.id, spec->meta.version,
                        { { QStringLiteral("ccg_lead_name"), QStringLiteral("Jo Bloggs") },
                            { QStringLiteral("ccg_lead_signed_on"), QDate(2016, 2, 10) },
                            { QStringLiteral("director_name"), QStringLiteral("David Williams") },
                            { QStringLiteral("director_signed_on"), QDate(2016, 2, 15) } })
                    .ok());
        spec = repo.loadOrCreate(QStringLiteral("05Y"));
        REQUIRE(repo.setStatus(QStringLiteral("05Y"), SpecStatus::Agreed, spec->meta.version).ok());
    }
    auto window = uitest::openWindow(path);
    window->showPage(MainWindow::SpecPageId);
    SpecPage *page = window->specPage();
    page->selectCcg(QString());
    CHECK(page->document()->asOf() == QDate(2017, 3, 31)); // the demo's as-of day
    auto *chooser = window->findChild<QListWidget *>(QStringLiteral("specCcgChooser"));
    const QString walsall = chooser->findItems(QStringLiteral("05Y — "), Qt::MatchStartsWith).value(0)->text();
    CHECK(walsall.contains(QStringLiteral("Agreed 15/02/2016")));
    CHECK(walsall.contains(QStringLiteral("Joint commissioning")));
    const QString wolverhampton = chooser->findItems(QStringLiteral("06A — "), Qt::MatchStartsWith).value(0)->text();
    CHECK(wolverhampton.contains(QStringLiteral("No level recorded after 01/10/2015")));
    CHECK_FALSE(wolverhampton.contains(QStringLiteral("Greater collaboration")));
    const QString dudley = chooser->findItems(QStringLiteral("05C — "), Qt::MatchStartsWith).value(0)->text();
    CHECK((dudley.contains(QStringLiteral("Draft")) || dudley.contains(QStringLiteral("Not started"))));
}

TEST_CASE("Mark agreed asks in a dialog; Cancel keeps the draft", "[ui][spec]")
{
    SpecFixture f; // 06A
    SpecDocument *doc = f.page->document();
    REQUIRE(doc->writeFields(kCcg,
        { { QStringLiteral("ccg_lead_name"), QStringLiteral("Sarah Okafor") },
            { QStringLiteral("ccg_lead_signed_on"), QDate(2016, 2, 10) },
            { QStringLiteral("director_name"), QStringLiteral("David Williams") },
            { QStringLiteral("director_signed_on"), QDate(2016, 2, 15) } },
        doc->spec().meta.version));
    QString text;
    auto cancel = uitest::clickWhenShown(QStringLiteral("confirmAgreed"), QStringLiteral("confirmAgreedCancel"),
        [&](QWidget *box) { text = static_cast<QMessageBox *>(box)->text(); });
    f.page->markAgreed();
    CHECK(text.contains(QStringLiteral("locked until the specification is set back to draft")));
    CHECK(specInFile(f.path).status == SpecStatus::Draft);
    auto yes = uitest::clickWhenShown(QStringLiteral("confirmAgreed"), QStringLiteral("confirmAgreedYes"));
    f.page->markAgreed();
    CHECK(specInFile(f.path).status == SpecStatus::Agreed);
    CHECK(doc->lockReason() == QStringLiteral("Agreed 15/02/2016 by Sarah Okafor and David Williams"));
}
