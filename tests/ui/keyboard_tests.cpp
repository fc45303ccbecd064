// The keyboard across pages: Tab never stays in a table, each page's Tab
// order, Ctrl+F, F5 and Ctrl+P, and the View menu's escaped ampersands.
#include "ui_test_support.h"

#include "database/cases/case_repository.h"
#include "database/office_file.h"
#include "ui/cases/case_editor.h"
#include "ui/cases/case_list_view.h"
#include "ui/cases/cases_page.h"
#include "ui/ccgs/ccg_page.h"
#include "ui/functions/functions_page.h"
#include "ui/list_actions.h"
#include "ui/main_window.h"
#include "ui/models/case_table_model.h"
#include "ui/print_output.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPrinter>
#include <QStatusBar>
#include <QTableView>

using namespace hub;
using namespace hub::ui;
using namespace Qt::StringLiterals;

namespace
{

// Views of the screens themselves, not the popups of combo boxes and date pickers.
bool isScreenList(const QAbstractItemView *view)
{
    for (const QObject *p = view->parent(); p; p = p->parent()) {
        if (qobject_cast<const QComboBox *>(p) || qobject_cast<const QCalendarWidget *>(p))
            return false;
    }
    return true;
}

QString nameOf(const QWidget *w)
{
    return w ? (w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName())
             : u"(none)"_s;
}

void showEveryPage(MainWindow &window)
{
    for (int i = 0; i < MainWindow::PageCount; ++i) {
        window.showPage(static_cast<MainWindow::PageId>(i));
        uitest::pump();
    }
}

} // namespace

TEST_CASE("Tab moves on from every table, tree and list instead of staying inside it", "[ui][keyboard]")
{
    hubtest::TempDir dir;
    auto window = uitest::openWindow(uitest::demoCopy(dir));
    window->resize(1366, 768);
    uitest::activate(window.get());
    showEveryPage(*window);
    int checked = 0;
    for (int i = 0; i < MainWindow::PageCount; ++i) {
        window->showPage(static_cast<MainWindow::PageId>(i));
        uitest::pump();
        Page *page = window->page(static_cast<MainWindow::PageId>(i));
        for (QAbstractItemView *view : page->findChildren<QAbstractItemView *>()) {
            if (!isScreenList(view))
                continue;
            INFO(MainWindow::pageNames().at(i).toStdString() << ": " << nameOf(view).toStdString());
            CHECK_FALSE(view->tabKeyNavigation());
            CHECK(ListActions::of(view)); // and it has the list's context menu
            CHECK(view->contextMenuPolicy() == Qt::CustomContextMenu);
            ++checked;
            if (!view->isVisible() || !(view->focusPolicy() & Qt::TabFocus) || !view->model()
                || view->model()->rowCount() == 0)
                continue;
            view->setFocus(Qt::TabFocusReason);
            uitest::pump(1);
            if (QApplication::focusWidget() != view)
                continue;
            view->setCurrentIndex(view->model()->index(0, 0));
            uitest::pressKey(Qt::Key_Tab);
            CHECK(QApplication::focusWidget() != view);
            view->setFocus(Qt::TabFocusReason);
            uitest::pressKey(Qt::Key_Backtab, Qt::ShiftModifier);
            CHECK(QApplication::focusWidget() != view);
        }
    }
    CHECK(checked >= 15);
}

TEST_CASE("Tab on the Cases page runs list, filters, then the editor", "[ui][keyboard][cases]")
{
    hubtest::TempDir dir;
    auto window = uitest::openWindow(uitest::demoCopy(dir));
    window->resize(1366, 768);
    uitest::activate(window.get());
    window->showPage(MainWindow::CasesPageId);
    CasesPage *cases = window->casesPage();
    cases->openCase(cases->list()->model()->rowAt(0)->ref);
    uitest::pump();
    QTableView *table = cases->list()->table();
    table->setFocus(Qt::TabFocusReason);
    uitest::pump(1);
    REQUIRE(QApplication::focusWidget() == table);

    QStringList visited;
    for (int i = 0; i < 9; ++i) {
        uitest::pressKey(Qt::Key_Tab);
        visited << nameOf(QApplication::focusWidget());
    }
    CHECK(visited.mid(0, 8)
        == QStringList { u"caseSearch"_s, u"caseOverdueOnly"_s, u"newCaseButton"_s, u"caseQueryLogButton"_s,
            u"caseCcgFilter"_s, u"caseTypeFilter"_s, u"caseOfficerFilter"_s, u"caseStatusFilter"_s });
    INFO("after the filters: " << visited.at(8).toStdString());
    CHECK(cases->editor()->isAncestorOf(QApplication::focusWidget()));
    // Shift+Tab walks back the same way.
    uitest::pressKey(Qt::Key_Backtab, Qt::ShiftModifier);
    CHECK(nameOf(QApplication::focusWidget()) == u"caseStatusFilter"_s);
}

TEST_CASE("Tab on the CCGs page runs CCGs, filter, practices, levels, then the action bar", "[ui][keyboard]")
{
    hubtest::TempDir dir;
    auto window = uitest::openWindow(uitest::demoCopy(dir));
    window->resize(1366, 768);
    uitest::activate(window.get());
    window->showPage(MainWindow::CcgPageId);
    uitest::pump();
    auto *ccgs = window->ccgPage()->findChild<QTableView *>(u"ccgTable"_s);
    REQUIRE(ccgs);
    ccgs->setFocus(Qt::TabFocusReason);
    uitest::pump(1);
    QStringList visited;
    for (int i = 0; i < 8; ++i) {
        uitest::pressKey(Qt::Key_Tab);
        visited << nameOf(QApplication::focusWidget());
    }
    CHECK(visited
        == QStringList { u"practiceFilter"_s, u"practiceTable"_s, u"levelTable"_s, u"addCcgButton"_s,
            u"editCcgButton"_s, u"changeLevelButton"_s, u"ccgQueryLogButton"_s, u"importPracticesButton"_s });
}

TEST_CASE("Ctrl+F goes to the page's search; pages without one leave Find disabled", "[ui][keyboard]")
{
    hubtest::TempDir dir;
    auto window = uitest::openWindow(uitest::demoCopy(dir));
    window->resize(1366, 768);
    uitest::activate(window.get());
    auto *find = window->findChild<QAction *>(u"findAction"_s);
    REQUIRE(find);
    CHECK(find->shortcut() == QKeySequence(QKeySequence::Find));

    const std::pair<MainWindow::PageId, const char *> searches[] = { { MainWindow::CasesPageId, "caseSearch" },
        { MainWindow::CcgPageId, "practiceFilter" }, { MainWindow::FunctionsPageId, "matrixSearch" } };
    for (const auto &[id, name] : searches) {
        INFO(name);
        window->showPage(id);
        uitest::pump();
        window->page(id)->setFocus();
        CHECK(find->isEnabled());
        uitest::pressKey(Qt::Key_F, Qt::ControlModifier);
        CHECK(nameOf(QApplication::focusWidget()) == QString::fromLatin1(name));
    }
    auto *search = window->casesPage()->findChild<QLineEdit *>(u"caseSearch"_s);
    window->showPage(MainWindow::CasesPageId);
    search->setText(u"rent"_s);
    window->casesPage()->list()->table()->setFocus();
    uitest::pressKey(Qt::Key_F, Qt::ControlModifier);
    CHECK(search->hasFocus());
    CHECK(search->selectedText() == u"rent"_s); // typing replaces the last search

    window->showPage(MainWindow::RegisterPageId);
    uitest::pump();
    CHECK_FALSE(find->isEnabled());
}

TEST_CASE("F5 re-reads the page on show from the office file", "[ui][keyboard]")
{
    hubtest::TempDir dir;
    const QString path = uitest::demoCopy(dir);
    auto window = uitest::openWindow(path);
    window->resize(1366, 768);
    uitest::activate(window.get());
    window->showPage(MainWindow::CasesPageId);
    CaseTableModel *model = window->casesPage()->list()->model();
    const int before = model->totalCount();

    // Another desktop adds a case; this one has not polled the file yet.
    {
        auto other = db::OfficeFile::open(path).value();
        db::NewCase c;
        c.ccgCode = u"06A"_s;
        c.received = QDate(2017, 3, 30);
        c.title = u"Added on another desktop"_s;
        REQUIRE(db::CaseRepository(*other).add(c).ok());
    }
    CHECK(model->totalCount() == before);
    auto *refresh = window->findChild<QAction *>(u"refreshAction"_s);
    REQUIRE(refresh);
    CHECK(refresh->shortcut() == QKeySequence(Qt::Key_F5));
    window->casesPage()->list()->table()->setFocus();
    uitest::pressKey(Qt::Key_F5);
    CHECK(model->totalCount() == before + 1);
    CHECK(window->statusBar()->currentMessage() == u"Cases: refreshed from the office file"_s);
}

TEST_CASE("Ctrl+P on a list page prints the list; with the editor in focus, the case summary", "[ui][keyboard][print]")
{
    hubtest::TempDir dir;
    auto window = uitest::openWindow(uitest::demoCopy(dir));
    window->resize(1366, 768);
    uitest::activate(window.get());
    QStringList printed;
    int n = 0;
    setPrinterChooser([&](QWidget *, QPrinter &printer) {
        printed << printer.docName();
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.path(u"printed%1.pdf"_s.arg(++n)));
        return true;
    });
    auto *print = window->findChild<QAction *>(u"printAction"_s);
    REQUIRE(print);

    window->showPage(MainWindow::CcgPageId);
    uitest::pump();
    window->ccgPage()->findChild<QTableView *>(u"practiceTable"_s)->setFocus();
    uitest::pump(1);
    CHECK(print->text() == u"&Print list…"_s);
    uitest::pressKey(Qt::Key_P, Qt::ControlModifier);
    REQUIRE(printed.size() == 1);
    CHECK(printed.first().startsWith(u"Practices of "_s));
    CHECK(hubtest::bytesOf(dir.path(u"printed1.pdf"_s)).startsWith("%PDF"));

    window->showPage(MainWindow::CasesPageId);
    CasesPage *cases = window->casesPage();
    const QString ref = cases->list()->model()->rowAt(0)->ref;
    cases->openCase(ref);
    cases->list()->table()->setFocus();
    uitest::pump();
    uitest::pressKey(Qt::Key_P, Qt::ControlModifier);
    REQUIRE(printed.size() == 2);
    CHECK(printed.at(1) == u"Cases"_s);

    cases->editor()->setFocus();
    uitest::pump();
    CHECK(print->text() == u"&Print case summary…"_s);
    uitest::pressKey(Qt::Key_P, Qt::ControlModifier);
    REQUIRE(printed.size() == 3);
    CHECK(printed.at(2) == u"%1 — case summary"_s.arg(ref));
    setPrinterChooser({});
}

TEST_CASE("the View menu shows the page names with their ampersands, not as mnemonics", "[ui][keyboard]")
{
    hubtest::TempDir dir;
    auto window = uitest::openWindow(uitest::demoCopy(dir));
    const QStringList names = MainWindow::pageNames();
    for (int i = 0; i < MainWindow::PageCount; ++i) {
        auto *go = window->findChild<QAction *>(u"showPage%1Action"_s.arg(i));
        REQUIRE(go);
        INFO(go->text().toStdString());
        QString shown = go->text();
        // A lone & would underline the next letter ("CCGs _practices"); && shows one &.
        CHECK_FALSE(shown.replace(u"&&"_s, QString()).contains(u'&'));
        CHECK(go->text().replace(u"&&"_s, u"&"_s) == names.at(i));
        CHECK(go->shortcut() == QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }
    CHECK(window->findChild<QAction *>(u"showPage3Action"_s)->text() == u"CCGs && practices"_s);
}
