// CCGs & practices: the practices filter, numeric sorting, and lead edits
// (in place, undoable, conflict-checked).
#include "ui_test_support.h"

#include "database/office_file.h"
#include "database/ccgs/ccg_repository.h"
#include "ui/ccgs/ccg_page.h"
#include "ui/main_window.h"
#include "ui/models/ccg_table_model.h"
#include "ui/models/practice_table_model.h"
#include "ui/models/roles.h"

#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
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
    page->applyLeadsEdit(QStringLiteral("06A"), { { QStringLiteral("ccg_lead"), QStringLiteral("Sarah Okafor") } });
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
