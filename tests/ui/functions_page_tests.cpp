// Functions & responsibilities: the marker filter (with the rows each CCG
// determines), the search, the count and the empty state; an undoable admin
// edit of an activity that asks first and is kept in its history.
#include "ui_test_support.h"

#include "core/specification/ccg_specification.h"
#include "database/catalogue/catalogue_repository.h"
#include "database/office_file.h"
#include "ui/functions/activity_history_panel.h"
#include "ui/functions/functions_page.h"
#include "ui/main_window.h"
#include "ui/models/activity_tree_model.h"
#include "ui/models/roles.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
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

namespace
{

// Keys of every activity row the view shows.
QStringList shownKeys(const QAbstractItemModel &m, const QModelIndex &parent = {})
{
    QStringList out;
    for (int r = 0; r < m.rowCount(parent); ++r) {
        const QModelIndex idx = m.index(r, 0, parent);
        if (idx.data(NodeKindRole).toInt() == int(ActivityTreeModel::NodeKind::Activity))
            out << idx.data(KeyRole).toString();
        out << shownKeys(m, idx);
    }
    return out;
}

QString activityText(const QString &path, const QString &key)
{
    auto file = db::OfficeFile::open(path);
    REQUIRE(file.ok());
    auto cat = db::CatalogueRepository(*file.value()).load();
    REQUIRE(cat.ok());
    return cat->activity(key)->text;
}

} // namespace

TEST_CASE("the 'for each CCG to determine' filter shows the rows every specification must settle", "[ui][functions]")
{
    hubtest::TempDir dir;
    const QString path = uitest::demoCopy(dir);
    auto window = uitest::openWindow(path);
    window->showPage(MainWindow::FunctionsPageId);
    auto *tree = window->findChild<QTreeView *>(QStringLiteral("matrixTree"));
    auto *count = window->findChild<QLabel *>(QStringLiteral("matrixCount"));
    auto *determine = window->findChild<QToolButton *>(QStringLiteral("filterDetermine"));
    REQUIRE(determine);
    CHECK(determine->text() == QStringLiteral("For each CCG to determine"));
    CHECK_FALSE(window->findChild<QToolButton *>(QStringLiteral("filterTbc"))); // a filter named for what it shows

    determine->click();
    // The same activities, by the same rule, as each specification lists.
    auto file = db::OfficeFile::open(path);
    REQUIRE(file.ok());
    const auto cat = db::CatalogueRepository(*file.value()).load();
    REQUIRE(cat.ok());
    QStringList expected;
    for (const Activity *a : determinableActivities(cat.value()))
        expected << a->key;
    REQUIRE(expected.size() == 19);
    const QStringList shown = shownKeys(*tree->model());
    CHECK(shown == expected);
    const int all = window->functionsPage()->treeModel()->activityCount();
    CHECK(count->text() == QStringLiteral("19 of %1 activities").arg(all));
    // Each of those rows says so in words, not colour alone.
    const QModelIndex first = window->functionsPage()->treeModel()->indexOfActivity(expected.first());
    CHECK(first.siblingAtColumn(ActivityTreeModel::Determines).data().toString() == QStringLiteral("determines"));
    CHECK(window->findChild<QStackedWidget *>(QStringLiteral("matrixStack"))->currentWidget() == tree);
}

TEST_CASE("an empty matrix result says why instead of showing an empty table", "[ui][functions]")
{
    hubtest::TempDir dir;
    auto window = uitest::openWindow(uitest::demoCopy(dir));
    window->showPage(MainWindow::FunctionsPageId);
    FunctionsPage *page = window->functionsPage();
    REQUIRE(page->selectActivity(QStringLiteral("VIII.3")));
    auto *tree = window->findChild<QTreeView *>(QStringLiteral("matrixTree"));
    auto *empty = window->findChild<QLabel *>(QStringLiteral("matrixEmpty"));
    REQUIRE(empty);
    CHECK(empty->isHidden());
    window->findChild<QToolButton *>(QStringLiteral("filterDetermine"))->click();
    uitest::typeText(window->findChild<QLineEdit *>(QStringLiteral("matrixSearch")), QStringLiteral("zebra"));
    CHECK(tree->isHidden());
    CHECK_FALSE(empty->isHidden());
    CHECK(empty->text()
        == QStringLiteral(
            "No activity for each CCG to determine mentions \u201Czebra\u201D. Try fewer words, or show All."));
    CHECK(page->historyPanel()->lines().first().startsWith(QStringLiteral("Select an activity"))); // none shown
    window->findChild<QToolButton *>(QStringLiteral("filterAll"))->click();
    CHECK(empty->text() == QStringLiteral("No activity mentions \u201Czebra\u201D. Try fewer or other words."));
    window->findChild<QLineEdit *>(QStringLiteral("matrixSearch"))->clear();
    CHECK_FALSE(tree->isHidden());
    CHECK(empty->isHidden());
}

TEST_CASE(
    "double-clicking an activity only selects it; Edit asks before changing the agreed wording", "[ui][functions]")
{
    hubtest::TempDir dir;
    const QString path = uitest::demoCopy(dir);
    auto window = uitest::openWindow(path);
    window->resize(1366, 768);
    window->show();
    window->showPage(MainWindow::FunctionsPageId);
    FunctionsPage *page = window->functionsPage();
    auto *tree = window->findChild<QTreeView *>(QStringLiteral("matrixTree"));
    auto *edit = window->findChild<QPushButton *>(QStringLiteral("editActivityButton"));
    REQUIRE(edit);
    CHECK_FALSE(edit->isEnabled()); // nothing selected yet
    const QString was = activityText(path, QStringLiteral("VIII.3"));

    // A double-click on the row: selected, no dialog.
    bool dialogOpened = false;
    auto watch = uitest::clickWhenShown(
        QStringLiteral("activityDialog"), QStringLiteral("cancelButton"), [&](QWidget *) { dialogOpened = true; });
    REQUIRE(page->selectActivity(QStringLiteral("VIII.3")));
    const QRect r = tree->visualRect(tree->currentIndex());
    QMouseEvent press(QEvent::MouseButtonPress, r.center(), tree->viewport()->mapToGlobal(r.center()), Qt::LeftButton,
        Qt::LeftButton, Qt::NoModifier);
    QMouseEvent release(QEvent::MouseButtonRelease, r.center(), tree->viewport()->mapToGlobal(r.center()),
        Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
    QMouseEvent dbl(QEvent::MouseButtonDblClick, r.center(), tree->viewport()->mapToGlobal(r.center()), Qt::LeftButton,
        Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(tree->viewport(), &press);
    QApplication::sendEvent(tree->viewport(), &release);
    QApplication::sendEvent(tree->viewport(), &dbl);
    QApplication::sendEvent(tree->viewport(), &release);
    uitest::pump();
    CHECK_FALSE(dialogOpened);
    CHECK(page->currentActivityKey() == QStringLiteral("VIII.3"));
    CHECK(edit->isEnabled());
    watch->stop();

    // Edit: change the wording, refuse at the question (nothing written), then accept.
    QString asked;
    int questions = 0;
    auto first = uitest::clickWhenShown(QStringLiteral("activityDialog"), QString(), [&](QWidget *dialog) {
        auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("text"));
        text->selectAll();
        uitest::typeText(text, QStringLiteral("Monitor contractual performance of all constituent GP practices."));
        auto no = uitest::clickWhenShown(
            QStringLiteral("confirmActivityChange"), QStringLiteral("keepEditingButton"), [&](QWidget *box) {
                asked = static_cast<QMessageBox *>(box)->text();
                ++questions;
            });
        dialog->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        CHECK(dialog->isVisible()); // Keep editing: back in the form
        auto yes = uitest::clickWhenShown(QStringLiteral("confirmActivityChange"),
            QStringLiteral("confirmChangeButton"), [&](QWidget *) { ++questions; });
        dialog->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
    });
    edit->click();
    CHECK(asked == QStringLiteral("Change the wording of activity VIII.3 of the agreed MoU?"));
    CHECK(questions == 2);
    CHECK(activityText(path, QStringLiteral("VIII.3"))
        == QStringLiteral("Monitor contractual performance of all constituent GP practices."));

    // The change is in the activity's history on the page.
    const QStringList history = page->historyPanel()->lines();
    REQUIRE(history.size() == 1);
    CHECK(history.first().contains(QStringLiteral("changed the wording from \u201C%1\u201D").arg(was)));
    CHECK(history.first().contains(window->officeFile()->user()));

    // Undo puts the wording back, and says so in the history too.
    window->findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    CHECK(activityText(path, QStringLiteral("VIII.3")) == was);
    CHECK(page->historyPanel()->lines().size() == 2);
}
