// CCG specifications: determinations written through undoable commands,
// sign-off refused until complete, and conflicts never overwritten silently.
#include "ui_test_support.h"

#include "database/office_file.h"
#include "database/specs/spec_repository.h"
#include "ui/main_window.h"
#include "ui/models/spec_items_model.h"
#include "ui/spec/spec_editor.h"
#include "ui/spec/spec_page.h"
#include "ui/spec/spec_print_actions.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
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
        REQUIRE(page->editor()->hasSpec());
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
    auto *signedOn = f.window->findChild<QLineEdit *>(QStringLiteral("ccg_lead_signed_on"));
    name->setText(QStringLiteral("Sarah Okafor"));
    emit name->editingFinished();
    signedOn->setText(QStringLiteral("14/01/2016")); // committed by Mark agreed itself
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
    auto *back = f.window->findChild<QPushButton *>(QStringLiteral("backToDraftButton"));
    REQUIRE(back->isEnabled());
    back->click();
    CHECK(specInFile(f.path).status == SpecStatus::Draft);
    CHECK_FALSE(name->isReadOnly());
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
    const SpecEditor *editor = f.page->editor();
    REQUIRE(
        exportSpecPdf(pdf, { editor->catalogue(), *editor->ccg(), editor->spec(), QStringLiteral("a.patel") }).ok());
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
    CHECK(page->editor()->hasSpec());
    CHECK(page->canPrint());
}
