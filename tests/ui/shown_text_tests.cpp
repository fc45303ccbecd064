// No developer text on a screen: what the MoU register and the Functions page
// show is read widget by widget, row by row, and checked for internal notes
// (the seed file's name, "in the seed", data formats, placeholders).
#include "ui_test_support.h"

#include "ui/functions/functions_page.h"
#include "ui/main_window.h"
#include "ui/register/register_page.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QLabel>
#include <QListWidget>
#include <QTabWidget>
#include <QTextBrowser>

using namespace hub;
using namespace hub::ui;
using namespace Qt::StringLiterals;

namespace
{

void modelText(const QAbstractItemModel &m, const QModelIndex &parent, QStringList &out)
{
    for (int c = 0; c < m.columnCount(parent); ++c)
        out << m.headerData(c, Qt::Horizontal).toString();
    for (int r = 0; r < m.rowCount(parent); ++r) {
        for (int c = 0; c < m.columnCount(parent); ++c) {
            const QModelIndex idx = m.index(r, c, parent);
            out << idx.data().toString() << idx.data(Qt::ToolTipRole).toString();
        }
        modelText(m, m.index(r, 0, parent), out);
    }
}

// Everything a widget tree shows: labels, buttons, browsers, item views and tab titles.
QStringList shownText(QWidget *root)
{
    QStringList out;
    for (QLabel *l : root->findChildren<QLabel *>())
        out << l->text() << l->toolTip();
    for (QAbstractButton *b : root->findChildren<QAbstractButton *>())
        out << b->text() << b->toolTip();
    for (QTextBrowser *b : root->findChildren<QTextBrowser *>())
        out << b->toPlainText();
    for (QAbstractItemView *v : root->findChildren<QAbstractItemView *>()) {
        if (v->model())
            modelText(*v->model(), {}, out);
    }
    for (QTabWidget *t : root->findChildren<QTabWidget *>()) {
        for (int i = 0; i < t->count(); ++i)
            out << t->tabText(i);
    }
    return out;
}

QStringList developerText(const QStringList &shown)
{
    static const QStringList words { u"seed"_s, u".txt"_s, u".json"_s, u"catalogue"_s, u"TODO"_s, u"FIXME"_s,
        u"row_version"_s, u"uuid"_s, u"transcri"_s };
    QStringList found;
    for (const QString &s : shown) {
        for (const QString &w : words) {
            if (s.contains(w, Qt::CaseInsensitive))
                found << u"%1: %2"_s.arg(w, s.left(160));
        }
    }
    return found;
}

} // namespace

TEST_CASE("the MoU register shows no developer text, on any tab or agreement", "[ui][register][words]")
{
    hubtest::TempDir dir;
    auto window = uitest::openWindow(uitest::demoCopy(dir));
    window->showPage(MainWindow::RegisterPageId);
    RegisterPage *page = window->registerPage();
    auto *list = page->findChild<QListWidget *>(u"agreementList"_s);
    REQUIRE(list->count() == 2);
    QStringList shown;
    for (int i = 0; i < list->count(); ++i) {
        list->setCurrentRow(i);
        shown << shownText(page);
    }
    REQUIRE(shown.join(u'\n').contains(u"Resolution Panel"_s)); // the reader did read the agreements
    const QStringList found = developerText(shown);
    INFO(found.join(u'\n').toStdString());
    CHECK(found.isEmpty());
}

TEST_CASE("the Functions page shows no developer text, in any row or note", "[ui][functions][words]")
{
    hubtest::TempDir dir;
    auto window = uitest::openWindow(uitest::demoCopy(dir));
    window->showPage(MainWindow::FunctionsPageId);
    const QStringList shown = shownText(window->functionsPage());
    REQUIRE(shown.join(u'\n').contains(u"Planning primary medical care services"_s));
    const QStringList found = developerText(shown);
    INFO(found.join(u'\n').toStdString());
    CHECK(found.isEmpty());
}
