// Functions & responsibilities: the marker filter, the search and the count,
// and an undoable admin edit of an activity.
#include "ui_test_support.h"

#include "database/office_file.h"
#include "database/catalogue/catalogue_repository.h"
#include "ui/functions/functions_page.h"
#include "ui/main_window.h"
#include "ui/models/activity_tree_model.h"
#include "ui/models/roles.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace hub;
using namespace hub::ui;

namespace
{

// Hub markers of every activity row the view shows.
QStringList shownHubMarkers(const QAbstractItemModel &m, const QModelIndex &parent = {})
{
    QStringList out;
    for (int r = 0; r < m.rowCount(parent); ++r) {
        const QModelIndex idx = m.index(r, 0, parent);
        if (idx.data(NodeKindRole).toInt() == int(ActivityTreeModel::NodeKind::Activity))
            out << m.index(r, ActivityTreeModel::Hub, parent).data().toString();
        out << shownHubMarkers(m, idx);
    }
    return out;
}

} // namespace

TEST_CASE("matrix filter SUPPORT shows only SUPPORT rows and the count says how many", "[ui][functions]")
{
    hubtest::TempDir dir;
    auto window = uitest::openWindow(uitest::demoCopy(dir));
    window->showPage(MainWindow::FunctionsPageId);
    auto *tree = window->findChild<QTreeView *>(QStringLiteral("matrixTree"));
    auto *count = window->findChild<QLabel *>(QStringLiteral("matrixCount"));
    auto *support = window->findChild<QToolButton *>(QStringLiteral("filterSupport"));
    REQUIRE(tree);
    REQUIRE(count);
    REQUIRE(support);
    const int all = window->functionsPage()->treeModel()->activityCount();
    CHECK(count->text() == QStringLiteral("%1 activities").arg(all));

    support->click();
    const QStringList markers = shownHubMarkers(*tree->model());
    REQUIRE_FALSE(markers.isEmpty());
    for (const QString &m : markers)
        CHECK(m == QStringLiteral("SUPPORT"));
    CHECK(count->text() == QStringLiteral("%1 of %2 activities").arg(markers.size()).arg(all));

    window->findChild<QToolButton *>(QStringLiteral("filterCore"))->click();
    for (const QString &m : shownHubMarkers(*tree->model()))
        CHECK(m.startsWith(QStringLiteral("CORE")));

    // Words narrow within the chosen marker; "All" brings everything back.
    window->findChild<QToolButton *>(QStringLiteral("filterAll"))->click();
    window->findChild<QLineEdit *>(QStringLiteral("matrixSearch"))->setText(QStringLiteral("rent"));
    const int rent = int(shownHubMarkers(*tree->model()).size());
    CHECK(rent > 0);
    CHECK(rent < all);
    CHECK(count->text() == QStringLiteral("%1 of %2 activities").arg(rent).arg(all));
    window->findChild<QLineEdit *>(QStringLiteral("matrixSearch"))->clear();
    CHECK(count->text() == QStringLiteral("%1 activities").arg(all));
}

TEST_CASE("editing an activity's markers writes to the file, and undo puts them back", "[ui][functions]")
{
    hubtest::TempDir dir;
    const QString path = uitest::demoCopy(dir);
    auto window = uitest::openWindow(path);
    FunctionsPage *page = window->functionsPage();
    window->showPage(MainWindow::FunctionsPageId);

    const auto hubRoleInFile = [&path] {
        auto file = db::OfficeFile::open(path);
        REQUIRE(file.ok());
        auto cat = db::CatalogueRepository(*file.value()).load();
        REQUIRE(cat.ok());
        return cat->activity(QStringLiteral("I.4"))->hubRole;
    };
    REQUIRE(hubRoleInFile() == HubRole::None);

    page->applyActivityEdit(QStringLiteral("I.4"),
        { { QStringLiteral("text"),
              QStringLiteral("Agree related arrangements e.g. plans for Extended Hours Access.") },
            { QStringLiteral("subgroup"), QString() }, { QStringLiteral("ccg_role"), true },
            { QStringLiteral("hub_role"), QStringLiteral("TBC") }, { QStringLiteral("hub_qualifier"), QString() } });
    CHECK(hubRoleInFile() == HubRole::Tbc);
    CHECK(page->undoStack()->count() == 1);
    CHECK(page->treeModel()->activityAt(page->treeModel()->indexOfActivity(QStringLiteral("I.4")))->hubRole
        == HubRole::Tbc);

    window->findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    CHECK(hubRoleInFile() == HubRole::None);
    window->findChild<QAction *>(QStringLiteral("redoAction"))->trigger();
    CHECK(hubRoleInFile() == HubRole::Tbc);
}
