// CCGs & practices: the practices filter, numeric sorting, lead edits (in
// place, undoable, conflict-checked), and the Add CCG / Edit CCG dialogs.
#include "ui_test_support.h"

#include "database/ccgs/ccg_repository.h"
#include "database/office_file.h"
#include "ui/ccgs/ccg_page.h"
#include "ui/main_window.h"
#include "ui/models/ccg_table_model.h"
#include "ui/models/practice_table_model.h"
#include "ui/models/roles.h"

#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

using namespace hub;
using namespace hub::ui;

namespace
{

QString ccgLeadInFile(const QString &path, const QString &code)
{
    auto file = db::OfficeFile::open(path);
    REQUIRE(file.ok());
    auto ccgs = db::CcgRepository(*file.value()).list();
    REQUIRE(ccgs.ok());
    for (const Ccg &c : ccgs.value()) {
        if (c.code == code)
            return c.ccgLead;
    }
    FAIL("no such CCG");
    return {};
}

} // namespace

TEST_CASE("typing in the practices filter narrows the rows and the count", "[ui][ccgs]")
{
    hubtest::TempDir dir;
    auto window = uitest::openWindow(uitest::demoCopy(dir));
    window->showPage(MainWindow::CcgPageId);
    CcgPage *page = window->ccgPage();
    page->selectCcg(QStringLiteral("06A"));
    auto *table = window->findChild<QTableView *>(QStringLiteral("practiceTable"));
    auto *filter = window->findChild<QLineEdit *>(QStringLiteral("practiceFilter"));
    auto *count = window->findChild<QLabel *>(QStringLiteral("practiceCount"));
    REQUIRE(table);
    REQUIRE(filter);
    const int all = table->model()->rowCount();
    REQUIRE(all > 20);
    CHECK(count->text().startsWith(QStringLiteral("%1 practices").arg(all)));

    uitest::typeText(filter, QStringLiteral("pms"));
    CHECK(filter->text() == QStringLiteral("pms"));
    const int pms = table->model()->rowCount();
    CHECK(pms > 0);
    CHECK(pms < all);
    for (int r = 0; r < pms; ++r) {
        bool mentions = false;
        for (int c = 0; c < table->model()->columnCount(); ++c)
            mentions = mentions
                || table->model()->index(r, c).data().toString().contains(QStringLiteral("PMS"), Qt::CaseInsensitive);
        CHECK(mentions);
    }
    CHECK(count->text().startsWith(QStringLiteral("%1 of %2 practices").arg(pms).arg(all)));

    // An ODS code picks out one practice.
    const QString code = page->practiceProxy()->index(0, PracticeTableModel::OdsCode).data().toString();
    filter->setText(code);
    CHECK(table->model()->rowCount() == 1);
    filter->clear();
    CHECK(table->model()->rowCount() == all);
}

TEST_CASE("practices sort by registered patients as numbers, not text", "[ui][ccgs]")
{
    hubtest::TempDir dir;
    auto window = uitest::openWindow(uitest::demoCopy(dir));
    CcgPage *page = window->ccgPage();
    page->selectCcg(QStringLiteral("05L"));
    auto *table = window->findChild<QTableView *>(QStringLiteral("practiceTable"));
    table->sortByColumn(PracticeTableModel::Patients, Qt::DescendingOrder);
    QAbstractItemModel *m = table->model();
    REQUIRE(m->rowCount() > 5);
    for (int r = 1; r < m->rowCount(); ++r)
        CHECK(m->index(r - 1, PracticeTableModel::Patients).data(SortRole).toInt()
            >= m->index(r, PracticeTableModel::Patients).data(SortRole).toInt());
}

TEST_CASE("editing a CCG lead in the table writes it - undo and redo follow", "[ui][ccgs]")
{
    hubtest::TempDir dir;
    const QString path = uitest::demoCopy(dir);
    auto window = uitest::openWindow(path);
    CcgPage *page = window->ccgPage();
    CcgTableModel *model = page->ccgModel();
    const QModelIndex lead = model->index(model->rowOf(QStringLiteral("06A")), CcgTableModel::CcgLead);
    REQUIRE(model->setData(lead, QStringLiteral("Sarah Okafor")));
    uitest::pump();
    CHECK(ccgLeadInFile(path, QStringLiteral("06A")) == QStringLiteral("Sarah Okafor"));
    CHECK(model->index(model->rowOf(QStringLiteral("06A")), CcgTableModel::CcgLead).data().toString()
        == QStringLiteral("Sarah Okafor"));
    REQUIRE(page->undoStack()->count() == 1);

    page->undoStack()->undo();
    CHECK(ccgLeadInFile(path, QStringLiteral("06A")).isEmpty());
    page->undoStack()->redo();
    CHECK(ccgLeadInFile(path, QStringLiteral("06A")) == QStringLiteral("Sarah Okafor"));
}

TEST_CASE("undo asks before overwriting a lead someone else has changed since", "[ui][ccgs]")
{
    hubtest::TempDir dir;
    const QString path = uitest::demoCopy(dir);
    auto window = uitest::openWindow(path);
    QVector<Error> asked;
    window->setConflictResolver([&](const Error &e) {
        asked.append(e);
        return ConflictChoice::KeepTheirs;
    });
    CcgPage *page = window->ccgPage();
    page->applyCcgEdit(QStringLiteral("06A"), { { QStringLiteral("ccg_lead"), QStringLiteral("Sarah Okafor") } });
    REQUIRE(ccgLeadInFile(path, QStringLiteral("06A")) == QStringLiteral("Sarah Okafor"));

    {
        auto other = db::OfficeFile::open(path);
        REQUIRE(other.ok());
        other.value()->setUser(QStringLiteral("b.jones"));
        auto ccgs = db::CcgRepository(*other.value()).list();
        REQUIRE(ccgs.ok());
        const Ccg *ccg = nullptr;
        for (const Ccg &c : ccgs.value())
            ccg = c.code == QStringLiteral("06A") ? &c : ccg;
        REQUIRE(db::CcgRepository(*other.value())
                    .update(QStringLiteral("06A"), ccg->meta.version,
                        { { QStringLiteral("ccg_lead"), QStringLiteral("Dev Mistry") } })
                    .ok());
    }

    page->undoStack()->undo();
    REQUIRE(asked.size() == 1);
    CHECK(asked.at(0).current.value(QStringLiteral("updated_by")).toString() == QStringLiteral("b.jones"));
    CHECK(ccgLeadInFile(path, QStringLiteral("06A")) == QStringLiteral("Dev Mistry")); // theirs kept
    CHECK(page->undoStack()->count() == 0); // the edit that could not be undone is dropped
}

namespace
{

Ccg ccgInFile(const QString &path, const QString &code)
{
    auto file = db::OfficeFile::open(path);
    REQUIRE(file.ok());
    auto ccgs = db::CcgRepository(*file.value()).list();
    REQUIRE(ccgs.ok());
    for (const Ccg &c : ccgs.value()) {
        if (c.code == code)
            return c;
    }
    return {};
}

void typeInto(QWidget *dialog, const char *field, const QString &text)
{
    auto *edit = dialog->findChild<QLineEdit *>(QString::fromLatin1(field));
    REQUIRE(edit);
    edit->clear();
    uitest::typeText(edit, text);
}

} // namespace

TEST_CASE("Add CCG: typing a bad code is refused beside the field, then a good one is written", "[ui][ccgs]")
{
    hubtest::TempDir dir;
    const QString path = dir.path(QStringLiteral("new.hubcase"));
    REQUIRE(db::OfficeFile::create(path).ok());
    auto window = uitest::openWindow(path);
    window->showPage(MainWindow::CcgPageId);
    auto *add = window->findChild<QPushButton *>(QStringLiteral("addCcgButton"));
    REQUIRE(add);
    REQUIRE(add->isEnabled());

    QStringList problems;
    bool stayedOpen = false;
    auto answer = uitest::clickWhenShown(QStringLiteral("addCcgDialog"), QString(), [&](QWidget *dialog) {
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("ccgProblem"));
        // A code of two characters: refused, naming the code.
        typeInto(dialog, "code", QStringLiteral("5X"));
        typeInto(dialog, "name", QStringLiteral("NHS Telford and Wrekin CCG"));
        save->click();
        problems << problem->text();
        // A code another CCG has: refused, naming that CCG.
        typeInto(dialog, "code", QStringLiteral("06a"));
        save->click();
        problems << problem->text();
        // No name.
        typeInto(dialog, "code", QStringLiteral("05x"));
        typeInto(dialog, "name", QString());
        save->click();
        problems << problem->text();
        stayedOpen = dialog->isVisible();
        typeInto(dialog, "name", QStringLiteral("NHS Telford and Wrekin CCG"));
        typeInto(dialog, "hub_contracting_lead", QStringLiteral("Aisha Patel"));
        dialog->findChild<QComboBox *>(QStringLiteral("level"))->setCurrentIndex(1);
        typeInto(dialog, "level_from", QStringLiteral("01/04/2016"));
        save->click();
    });
    add->click();
    REQUIRE(problems.size() == 3);
    CHECK(problems.at(0).contains(QStringLiteral("not a CCG code")));
    CHECK(problems.at(1) == QStringLiteral("There is already a CCG with code 06A (NHS Wolverhampton CCG)."));
    CHECK(problems.at(2) == QStringLiteral("The CCG needs a name, e.g. NHS Wolverhampton CCG."));
    CHECK(stayedOpen);

    const Ccg added = ccgInFile(path, QStringLiteral("05X"));
    CHECK(added.name == QStringLiteral("NHS Telford and Wrekin CCG"));
    CHECK(added.hubContractingLead == QStringLiteral("Aisha Patel"));
    REQUIRE(added.levels.size() == 1);
    CHECK(added.levels.at(0).level == CommissioningLevel::JointCommissioning);
    CHECK(added.levels.at(0).effectiveFrom == hubtest::isoDate("2016-04-01"));
    // The page shows and selects it.
    CHECK(window->ccgPage()->currentCcg() == QStringLiteral("05X"));
    CHECK(window->ccgPage()->ccgModel()->rowCount() == 15);
}

TEST_CASE("Edit CCG: the dialog writes the name and leads, and undo puts them back", "[ui][ccgs]")
{
    hubtest::TempDir dir;
    const QString path = uitest::demoCopy(dir);
    auto window = uitest::openWindow(path);
    window->showPage(MainWindow::CcgPageId);
    CcgPage *page = window->ccgPage();
    page->selectCcg(QStringLiteral("06A"));
    const Ccg before = ccgInFile(path, QStringLiteral("06A"));

    QString refused;
    auto answer = uitest::clickWhenShown(QStringLiteral("editCcgDialog"), QString(), [&](QWidget *dialog) {
        CHECK_FALSE(dialog->findChild<QLineEdit *>(QStringLiteral("code"))); // the code cannot change
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
        typeInto(dialog, "name", QString());
        save->click();
        refused = dialog->findChild<QLabel *>(QStringLiteral("ccgProblem"))->text();
        typeInto(dialog, "name", QStringLiteral("NHS Wolverhampton Clinical Commissioning Group"));
        typeInto(dialog, "ccg_lead", QStringLiteral("Sarah Okafor"));
        save->click();
    });
    window->findChild<QPushButton *>(QStringLiteral("editCcgButton"))->click();
    CHECK(refused == QStringLiteral("The CCG needs a name."));
    const Ccg after = ccgInFile(path, QStringLiteral("06A"));
    CHECK(after.name == QStringLiteral("NHS Wolverhampton Clinical Commissioning Group"));
    CHECK(after.ccgLead == QStringLiteral("Sarah Okafor"));
    CHECK(after.hubContractingLead == before.hubContractingLead);
    REQUIRE(page->undoStack()->count() == 1);
    page->undoStack()->undo();
    const Ccg undone = ccgInFile(path, QStringLiteral("06A"));
    CHECK(undone.name == before.name);
    CHECK(undone.ccgLead == before.ccgLead);
}
