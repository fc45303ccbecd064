// MoU register: the key dates an agreement implies, and an undoable edit of its dates.
#include "ui_test_support.h"

#include "database/catalogue/catalogue_repository.h"
#include "database/office_file.h"
#include "ui/main_window.h"
#include "ui/register/agreement_dialog.h"
#include "ui/register/register_page.h"

#include <QLineEdit>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUndoStack>

using namespace hub;
using namespace hub::ui;

namespace
{

QStringList keyDateRows(QTableWidget *t)
{
    QStringList rows;
    for (int r = 0; r < t->rowCount(); ++r)
        rows << QStringLiteral("%1: %2").arg(t->item(r, 0)->text(), t->item(r, 1)->text());
    return rows;
}

} // namespace

TEST_CASE("London's key dates: extension by 01/09/2015, latest notice 30/09/2015", "[ui][register]")
{
    hubtest::TempDir dir;
    auto window = uitest::openWindow(uitest::demoCopy(dir));
    RegisterPage *page = window->registerPage();
    page->selectAgreement(QStringLiteral("london-core-principles"));
    auto *dates = window->findChild<QTableWidget *>(QStringLiteral("keyDatesTable"));
    REQUIRE(dates);
    const QStringList rows = keyDateRows(dates);
    CHECK(rows.contains(QStringLiteral("Extension to be agreed by: 01/09/2015")));
    CHECK(rows.contains(QStringLiteral("Latest notice to withdraw at period end: 30/09/2015")));

    const QString detail = window->findChild<QTextBrowser *>(QStringLiteral("agreementBrowser"))->toPlainText();
    CHECK(detail.contains(QStringLiteral("Resolution Panel")));
    CHECK(detail.contains(QStringLiteral("binding on all parties")));
    CHECK(detail.contains(QStringLiteral("01/04/2015 to 31/03/2016")));
    CHECK(window->findChild<QTextBrowser *>(QStringLiteral("standardsBrowser"))
              ->toPlainText()
              .contains(QStringLiteral("Exclusions")));
}

TEST_CASE("editing an agreement's dates writes them - undo restores them", "[ui][register]")
{
    hubtest::TempDir dir;
    const QString path = uitest::demoCopy(dir);
    auto window = uitest::openWindow(path);
    RegisterPage *page = window->registerPage();
    const auto extensionInFile = [&path] {
        auto file = db::OfficeFile::open(path);
        REQUIRE(file.ok());
        auto cat = db::CatalogueRepository(*file.value()).load();
        REQUIRE(cat.ok());
        return cat->agreement(QStringLiteral("london-core-principles"))->extensionAgreeBy;
    };
    REQUIRE(extensionInFile() == QDate(2015, 9, 1));

    page->applyAgreementEdit(QStringLiteral("london-core-principles"),
        { { QStringLiteral("extension_agree_by"), QDate(2015, 10, 1) },
            { QStringLiteral("version"), QStringLiteral("1.5") } });
    CHECK(extensionInFile() == QDate(2015, 10, 1));
    page->selectAgreement(QStringLiteral("london-core-principles"));
    CHECK(keyDateRows(window->findChild<QTableWidget *>(QStringLiteral("keyDatesTable")))
              .contains(QStringLiteral("Extension to be agreed by: 01/10/2015")));
    page->undoStack()->undo();
    CHECK(extensionInFile() == QDate(2015, 9, 1));
}

TEST_CASE("the agreement dialog refuses a date it cannot read", "[ui][register]")
{
    Agreement a;
    a.title = QStringLiteral("MoU");
    a.periodStart = QDate(2015, 4, 1);
    AgreementDialog dialog(a);
    auto *start = dialog.findChild<QLineEdit *>(QStringLiteral("period_start"));
    REQUIRE(start);
    CHECK(start->text() == QStringLiteral("01/04/2015"));
    start->setText(QStringLiteral("31/02/2015"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    start->setText(QStringLiteral("02/04/2015"));
    CHECK(dialog.values().value(QStringLiteral("period_start")).toDate() == QDate(2015, 4, 2));
}
