// Main window: navigation, title and status bar, the read-only banner.
#include "ui_test_support.h"

#include "database/office_file.h"
#include "ui/ccgs/ccg_page.h"
#include "ui/main_window.h"
#include "ui/models/ccg_table_model.h"
#include "ui/register/register_page.h"
#include "ui/spec/spec_page.h"
#include "ui/widgets/elided_label.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <unistd.h>

#include "ui/cases/case_editor.h"
#include "ui/cases/case_list_view.h"
#include "ui/cases/cases_page.h"
#include "ui/cases/my_work_page.h"
#include "ui/models/case_table_model.h"
#include "ui/sync/sync_page.h"

#include <QAbstractItemModel>
#include <QLabel>

using namespace hub::ui;

TEST_CASE("navigation switches pages - later areas are listed but disabled", "[ui][main]")
{
    hubtest::TempDir dir;
    auto window = uitest::openWindow(uitest::demoCopy(dir));
    auto *nav = window->findChild<QListWidget *>(QStringLiteral("navigation"));
    auto *pages = window->findChild<QStackedWidget *>(QStringLiteral("pages"));
    REQUIRE(nav);
    REQUIRE(pages);

    const QStringList names = MainWindow::pageNames();
    REQUIRE(names
        == QStringList { QStringLiteral("My work"), QStringLiteral("Cases"), QStringLiteral("MoU register"),
            QStringLiteral("CCGs & practices"), QStringLiteral("Functions & responsibilities"),
            QStringLiteral("CCG specifications"), QStringLiteral("Calendar & letters"),
            QStringLiteral("Office sync") });
    for (int i = 0; i < names.size(); ++i) {
        nav->setCurrentRow(i);
        CHECK(pages->currentIndex() == i);
        CHECK(window->currentPage() == i);
        CHECK(nav->item(i)->text() == names.at(i));
    }
    CHECK(pages->currentWidget() == window->syncPage());
    nav->setCurrentRow(MainWindow::RegisterPageId);
    CHECK(pages->currentWidget() == window->registerPage());

    for (const QString &later :
        { QStringLiteral("Finance"), QStringLiteral("Dashboard"), QStringLiteral("Committee packs") }) {
        const QList<QListWidgetItem *> found = nav->findItems(later, Qt::MatchExactly);
        REQUIRE(found.size() == 1);
        CHECK_FALSE((found.first()->flags() & Qt::ItemIsEnabled));
        CHECK(found.first()->toolTip() == QStringLiteral("Coming in a later release"));
    }
}

TEST_CASE("My work opens a case in the Cases page's editor", "[ui][main][cases]")
{
    hubtest::TempDir dir;
    auto window = uitest::openWindow(uitest::demoCopy(dir));
    CHECK(window->currentPage() == MainWindow::MyWorkPageId); // the officer's home
    MyWorkPage *work = window->myWorkPage();
    QAbstractItemModel *overdue = work->sectionModel(MyWorkPage::Overdue);
    REQUIRE(overdue->rowCount() > 0);
    const QString ref = overdue->index(0, 0).data().toString();
    REQUIRE(ref.startsWith(QStringLiteral("WMH-")));
    emit work->openCase(ref);
    CHECK(window->currentPage() == MainWindow::CasesPageId);
    CHECK(window->casesPage()->editor()->currentRef() == ref);
    auto *shownRef = window->casesPage()->findChild<QLabel *>(QStringLiteral("caseRef"));
    REQUIRE(shownRef);
    CHECK(shownRef->text().contains(ref));
}

TEST_CASE("title and status bar name the office, the file, its mode and the user", "[ui][main]")
{
    hubtest::TempDir dir;
    const QString path = uitest::demoCopy(dir, QStringLiteral("wmh.hubcase"));
    auto window = uitest::openWindow(path);
    CHECK(window->windowTitle() == QStringLiteral("Hubcase — West Midlands Primary Care Hub (wmh.hubcase)"));
    CHECK(window->findChild<ElidedLabel *>(QStringLiteral("statusPath"))
              ->fullText()
              .endsWith(QStringLiteral("wmh.hubcase")));
    CHECK(window->findChild<QLabel *>(QStringLiteral("statusMode"))->text() == QStringLiteral("Local"));
    CHECK(window->findChild<QLabel *>(QStringLiteral("statusUser"))->text().startsWith(QStringLiteral("User: ")));
    CHECK(window->findChild<QLabel *>(QStringLiteral("readOnlyBanner"))->isHidden());

    // Print and PDF export where there is something to print: a page's lists, or its document.
    auto *print = window->findChild<QAction *>(QStringLiteral("printAction"));
    auto *pdf = window->findChild<QAction *>(QStringLiteral("exportPdfAction"));
    REQUIRE(print);
    CHECK(print->shortcut() == QKeySequence::Print);
    window->showPage(MainWindow::RegisterPageId);
    CHECK(pdf->isEnabled());
    CHECK(print->text() == QStringLiteral("&Print list…"));
    window->showPage(MainWindow::SpecPageId);
    CHECK_FALSE(pdf->isEnabled()); // the specification page prints a specification, once one is chosen
    window->specPage()->selectCcg(QStringLiteral("06A"));
    CHECK(pdf->isEnabled());
    CHECK(print->isEnabled());
    CHECK(print->text() == QStringLiteral("&Print specification…"));
}

TEST_CASE("a read-only office file shows the banner and disables editing", "[ui][main]")
{
    hubtest::TempDir dir;
    const QString path = uitest::demoCopy(dir);
    {
        // Make sure the specification exists, so there is something to look at.
        auto writer = uitest::openWindow(path);
        writer->specPage()->selectCcg(QStringLiteral("06A"));
    }
    if (::geteuid() != 0) {
        // The real-world case: a file the user may not write.
        hubtest::TempDir roDir;
        const QString roPath = uitest::demoCopy(roDir, QStringLiteral("locked.hubcase"));
        QFile::setPermissions(roPath, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        auto window = uitest::openWindow(roPath);
        CHECK(window->officeFile()->isReadOnly());
        CHECK_FALSE(window->findChild<QLabel *>(QStringLiteral("readOnlyBanner"))->isHidden());
        QFile::setPermissions(roPath, QFile::ReadOwner | QFile::WriteOwner);
    } else {
        WARN("Running as root, which ignores file permissions: read-only is checked through "
             "OfficeFile::open(path, readOnly = true) instead of chmod 0444.");
    }

    auto window = uitest::openWindow(path, true);
    REQUIRE(window->officeFile()->isReadOnly());
    auto *banner = window->findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
    REQUIRE(banner);
    CHECK_FALSE(banner->isHidden());
    CHECK(banner->text() == QStringLiteral("This office file is read-only: you can look but not change anything."));
    CHECK(window->findChild<QLabel *>(QStringLiteral("statusMode"))->text() == QStringLiteral("Read-only"));

    // Nothing offers to change the file.
    const int row = window->ccgPage()->ccgModel()->rowOf(QStringLiteral("06A"));
    CHECK_FALSE((window->ccgPage()->ccgModel()->flags(window->ccgPage()->ccgModel()->index(row, CcgTableModel::CcgLead))
        & Qt::ItemIsEditable));
    CHECK_FALSE(window->findChild<QPushButton *>(QStringLiteral("editCcgButton"))->isEnabled());
    CHECK_FALSE(window->findChild<QPushButton *>(QStringLiteral("editAgreementButton"))->isEnabled());
    CHECK_FALSE(window->findChild<QAction *>(QStringLiteral("importPracticesAction"))->isEnabled());
    window->specPage()->selectCcg(QStringLiteral("06A"));
    CHECK_FALSE(window->findChild<QPushButton *>(QStringLiteral("markAgreedButton"))->isEnabled());
    CHECK(window->findChild<QLineEdit *>(QStringLiteral("ccg_lead_name"))->isReadOnly());
}

TEST_CASE("Every page fits a 1280 x 720 screen with the navigation shown", "[ui][main]")
{
    hubtest::TempDir dir;
    auto window = uitest::openWindow(uitest::demoCopy(dir));
    window->resize(1280, 720);
    window->show();
    uitest::pump();
    CHECK(window->size() == QSize(1280, 720)); // not held larger by any page's minimum
    auto *pages = window->findChild<QStackedWidget *>(QStringLiteral("pages"));
    auto *nav = window->findChild<QListWidget *>(QStringLiteral("navigation"));
    REQUIRE(pages);
    REQUIRE(nav);
    CHECK(nav->isVisible());
    for (int i = 0; i < MainWindow::PageCount; ++i) {
        window->showPage(static_cast<MainWindow::PageId>(i));
        uitest::pump();
        QWidget *shown = window->page(static_cast<MainWindow::PageId>(i));
        const QSize needed = shown->minimumSizeHint().expandedTo(shown->minimumSize());
        INFO("page " << MainWindow::pageNames().at(i).toStdString() << " needs " << needed.width() << " x "
                     << needed.height() << "; it has " << pages->width() << " x " << pages->height());
        CHECK(needed.width() <= pages->width()); // beside the navigation
        CHECK(needed.height() <= pages->height()); // under the menus, above the status bar
        CHECK(shown->size() == pages->size());
        INFO("the window needs " << window->minimumSizeHint().width() << " x " << window->minimumSizeHint().height()
                                 << " and the status bar " << window->statusBar()->minimumSizeHint().width());
        CHECK(window->minimumSizeHint().width() <= 1280);
        CHECK(window->minimumSizeHint().height() <= 720);
    }
    // The editor must not grow with what a case says (long titles, activities, notes).
    window->showPage(MainWindow::CasesPageId);
    CaseTableModel *cases = window->casesPage()->list()->model();
    for (int r = 0; r < 60 && r < cases->rowCount(); ++r) {
        window->casesPage()->openCase(cases->rowAt(r)->ref);
        uitest::pump(1);
        INFO("case " << cases->rowAt(r)->ref.toStdString());
        CHECK(window->page(MainWindow::CasesPageId)->minimumSizeHint().width() <= pages->width());
        CHECK(window->page(MainWindow::CasesPageId)->minimumSizeHint().height() <= pages->height());
    }
}
