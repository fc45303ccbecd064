// My work's first-run checklist: a new, empty office is shown what to set up,
// each step ticked from the file and a button taking the user there; the demo
// office (set up already) does not show it.
#include "ui_test_support.h"

#include "database/backup/backup_folder.h"
#include "database/ccgs/ccg_repository.h"
#include "database/office_file.h"
#include "ui/backup/backup_dialog.h"
#include "ui/cases/my_work_page.h"
#include "ui/ccgs/ccg_page.h"
#include "ui/main_window.h"
#include "ui/widgets/first_run_checklist.h"

#include <QDialog>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

using namespace hub;
using namespace hub::ui;
using namespace Qt::StringLiterals;

namespace
{

QString stateOf(QWidget *window, const char *step)
{
    return window->findChild<QLabel *>(u"checklistState"_s + QLatin1String(step))->text();
}

} // namespace

TEST_CASE("a new, empty office file shows the setup checklist with what is done and what is not", "[ui][checklist]")
{
    hubtest::TempDir dir;
    const QString path = dir.path(u"new.hubcase"_s);
    REQUIRE(db::OfficeFile::create(path).ok());
    auto window = uitest::openWindow(path);
    window->showPage(MainWindow::MyWorkPageId);
    auto *checklist = window->findChild<FirstRunChecklist *>(u"firstRunChecklist"_s);
    REQUIRE(checklist);
    CHECK_FALSE(checklist->isHidden());
    CHECK(window->findChild<QLabel *>(u"checklistTitle"_s)->text() == u"Setting up this office: 1 of 4 done"_s);
    CHECK(stateOf(window.get(), "Ccgs") == u"\u2713 Done"_s); // the MoU's 14 CCGs come with the file
    CHECK(stateOf(window.get(), "Leads") == u"To do"_s);
    CHECK(stateOf(window.get(), "Practices") == u"To do"_s);
    CHECK(stateOf(window.get(), "BackupFolder") == u"To do"_s);
    CHECK(window->findChild<QLabel *>(u"checklistTextLeads"_s)->text().contains(u"14 of 14 CCGs still need"_s));

    // The leads button takes the user to the first CCG without leads, in its Edit dialog.
    QString dialogTitle;
    auto answer = uitest::clickWhenShown(
        u"editCcgDialog"_s, u"cancelButton"_s, [&](QWidget *dialog) { dialogTitle = dialog->windowTitle(); });
    window->findChild<QPushButton *>(u"checklistButtonLeads"_s)->click();
    CHECK(dialogTitle == u"Edit CCG 04X"_s);
    CHECK(window->currentPage() == MainWindow::CcgPageId);
    CHECK(window->ccgPage()->currentCcg() == u"04X"_s);

    // Each step ticks as soon as the file says it is done.
    {
        db::CcgRepository repo(*window->officeFile());
        for (const Ccg &c : repo.list().value())
            REQUIRE(repo.update(c.code, c.meta.version,
                            { { u"hub_contracting_lead"_s, u"Aisha Patel"_s },
                                { u"hub_finance_lead"_s, u"Claire Morgan"_s } })
                        .ok());
    }
    CHECK(stateOf(window.get(), "Leads") == u"\u2713 Done"_s);
    CHECK(window->findChild<QLabel *>(u"checklistTitle"_s)->text() == u"Setting up this office: 2 of 4 done"_s);

    // The backup step opens the Backups dialog; a folder chosen there ticks it.
    const QString backups = dir.path(u"backups"_s);
    auto setFolder = uitest::clickWhenShown(u"backupDialog"_s, QString(), [&](QWidget *dialog) {
        REQUIRE(static_cast<BackupDialog *>(dialog)->setBackupFolder(backups));
        static_cast<BackupDialog *>(dialog)->reject();
    });
    window->findChild<QPushButton *>(u"checklistButtonBackupFolder"_s)->click();
    CHECK(stateOf(window.get(), "BackupFolder") == u"\u2713 Done"_s);

    // Practices: once a list is imported the step is ticked, and with every step done the checklist goes.
    auto summary = uitest::clickWhenShown(
        u"importSummary"_s, QString(), [](QWidget *box) { static_cast<QDialog *>(box)->accept(); });
    REQUIRE(window->ccgPage()->importPracticesFrom(u":/data/demo-practices-2015-16.csv"_s));
    CHECK(checklist->isDone(FirstRunChecklist::Practices));
    CHECK(checklist->isHidden());
}

TEST_CASE("the demo office does not show the setup checklist", "[ui][checklist]")
{
    hubtest::TempDir dir;
    auto window = uitest::openWindow(uitest::demoCopy(dir));
    window->showPage(MainWindow::MyWorkPageId);
    auto *checklist = window->findChild<FirstRunChecklist *>(u"firstRunChecklist"_s);
    REQUIRE(checklist);
    CHECK(checklist->isHidden());
    CHECK_FALSE(checklist->isWanted());
    // Its CCGs, leads and practices are set up already.
    CHECK(checklist->isDone(FirstRunChecklist::Ccgs));
    CHECK(checklist->isDone(FirstRunChecklist::Leads));
    CHECK(checklist->isDone(FirstRunChecklist::Practices));
}

TEST_CASE("the setup checklist goes once every step is done, or when hidden", "[ui][checklist]")
{
    hubtest::TempDir dir;
    const QString path = dir.path(u"new.hubcase"_s);
    REQUIRE(db::OfficeFile::create(path).ok());
    auto window = uitest::openWindow(path);
    auto *checklist = window->findChild<FirstRunChecklist *>(u"firstRunChecklist"_s);
    REQUIRE_FALSE(checklist->isHidden());
    window->findChild<QPushButton *>(u"hideChecklistButton"_s)->click();
    CHECK(checklist->isHidden());
    // Hidden for this office on this computer: a second window on it does not show it either.
    auto again = uitest::openWindow(path);
    CHECK(again->findChild<FirstRunChecklist *>(u"firstRunChecklist"_s)->isHidden());
}
