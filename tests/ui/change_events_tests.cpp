// Pages follow the office file's change events: an edit updates the rows
// that show it (the case list, My work) and reloads no page; another
// desktop's commit reaches only the pages showing the tables it changed.
#include "ui_test_support.h"

#include "database/cases/case_repository.h"
#include "database/office_file.h"
#include "ui/cases/case_editor.h"
#include "ui/cases/case_list_view.h"
#include "ui/cases/cases_page.h"
#include "ui/cases/my_work_page.h"
#include "ui/main_window.h"
#include "ui/models/case_table_model.h"
#include "ui/session/office_session.h"

#include <QLineEdit>
#include <QMap>

using namespace hub;
using namespace hub::ui;

namespace
{

// Counts every page's reloadScheduled() and the case models' resets.
struct ReloadCounter {
    QMap<int, int> pages;
    int listResets = 0;
    int myWorkResets = 0;

    ReloadCounter(MainWindow &window, MyWorkPage::Section section)
    {
        for (int i = 0; i < MainWindow::PageCount; ++i) {
            pages[i] = 0;
            QObject::connect(window.page(MainWindow::PageId(i)), &Page::reloadScheduled, [this, i] { ++pages[i]; });
        }
        QObject::connect(
            window.casesPage()->list()->model(), &QAbstractItemModel::modelReset, [this] { ++listResets; });
        QObject::connect(
            window.myWorkPage()->sectionModel(section), &QAbstractItemModel::modelReset, [this] { ++myWorkResets; });
    }
    // Every page but the sync page, which shows the outbox every write adds to.
    int others() const
    {
        int n = 0;
        for (auto it = pages.begin(); it != pages.end(); ++it)
            if (it.key() != MainWindow::SyncPageId)
                n += it.value();
        return n;
    }
};

QString titleIn(const CaseTableModel &model, const QString &ref)
{
    const int row = model.rowOf(ref);
    return row < 0 ? QString() : model.rowAt(row)->title;
}

} // namespace

TEST_CASE("Editing a case updates its list row and its My work row without reloading any page", "[ui][events][cases]")
{
    hubtest::TempDir dir;
    auto window = uitest::openWindow(uitest::demoCopy(dir));
    MyWorkPage *work = window->myWorkPage();
    CaseTableModel *overdue = work->sectionModel(MyWorkPage::Overdue);
    REQUIRE(overdue->rowCount() > 0);
    const QString ref = overdue->rowAt(0)->ref;
    const int overdueCount = work->sectionCount(MyWorkPage::Overdue);
    window->openCase(ref);
    CaseTableModel *list = window->casesPage()->list()->model();
    REQUIRE(list->rowOf(ref) >= 0);
    uitest::pump();

    ReloadCounter counted(*window, MyWorkPage::Overdue);
    auto *title = window->casesPage()->editor()->findChild<QLineEdit *>(QStringLiteral("caseTitle"));
    REQUIRE(title);
    const QString edited = QStringLiteral("Practice asks about the QOF aspiration payment (edited)");
    title->setText(edited);
    emit title->editingFinished();
    uitest::pump();

    CHECK(titleIn(*list, ref) == edited); // the list row, in place
    CHECK(titleIn(*overdue, ref) == edited); // the My work row, in place
    CHECK(work->sectionCount(MyWorkPage::Overdue) == overdueCount);
    CHECK(counted.listResets == 0);
    CHECK(counted.myWorkResets == 0);
    CHECK(counted.others() == 0); // no page reloaded or was marked stale
}

TEST_CASE("Another desktop's commit updates only the pages showing the changed tables", "[ui][events][shared]")
{
    hubtest::TempDir dir;
    const QString path = uitest::demoCopy(dir);
    auto window = uitest::openWindow(path);
    MyWorkPage *work = window->myWorkPage();
    CaseTableModel *overdue = work->sectionModel(MyWorkPage::Overdue);
    REQUIRE(overdue->rowCount() > 0);
    const QString ref = overdue->rowAt(0)->ref;
    window->openCase(ref);
    CaseTableModel *list = window->casesPage()->list()->model();
    REQUIRE(list->rowOf(ref) >= 0);
    uitest::pump();
    ReloadCounter counted(*window, MyWorkPage::Overdue);

    // Another desktop: its own connection to the same file.
    auto other = db::OfficeFile::open(path);
    REQUIRE(other.ok());
    other.value()->setUser(QStringLiteral("b.jones"));
    auto current = db::CaseRepository(*other.value()).get(ref);
    REQUIRE(current.ok());
    const QString theirs = QStringLiteral("Retitled on another desktop");
    REQUIRE(db::CaseRepository(*other.value())
                .edit(ref, current->row.version, { { QStringLiteral("title"), theirs } })
                .ok());

    window->session()->poll();
    CHECK(titleIn(*list, ref) == theirs);
    CHECK(titleIn(*overdue, ref) == theirs);
    CHECK(counted.listResets == 0);
    CHECK(counted.myWorkResets == 0);
    // Pages that show no case tables heard nothing.
    for (MainWindow::PageId id : { MainWindow::RegisterPageId, MainWindow::CcgPageId, MainWindow::FunctionsPageId,
             MainWindow::SpecPageId, MainWindow::AdminPageId }) {
        INFO("page " << MainWindow::pageNames().at(id).toStdString());
        CHECK(counted.pages[id] == 0);
    }
    CHECK(counted.pages[MainWindow::CasesPageId] == 0);
    CHECK(counted.pages[MainWindow::MyWorkPageId] == 0);
}
