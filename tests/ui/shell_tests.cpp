// The main window's shell: "Which officer are you?" on first open, the
// person's name where the user is shown, no file or the wrong file, and a
// first window that fits the screen.
#include "ui_test_support.h"

#include "database/accounts/account_link_repository.h"
#include "database/cases/case_repository.h"
#include "database/office_file.h"
#include "ui/cases/my_work_page.h"
#include "ui/main_window.h"
#include "ui/page.h"
#include "ui/widgets/screen_fit.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

using namespace hub;
using namespace hub::ui;
using namespace Qt::StringLiterals;

namespace
{

std::unique_ptr<MainWindow> askingWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->setRemembersState(false);
    window->setAsksWhichOfficer(true);
    return window;
}

// Answers "Which officer are you?" by choosing the row whose text is `choice`
// ("None of these" included), or "Not now" when `choice` is empty.
std::unique_ptr<QTimer> answer(const QString &choice, QStringList *offered, bool *asked)
{
    return uitest::clickWhenShown(u"officerQuestion"_s,
        choice.isEmpty() ? u"officerLaterButton"_s : u"officerOkButton"_s, [choice, offered, asked](QWidget *dialog) {
            *asked = true;
            auto *list = dialog->findChild<QListWidget *>(u"officerChoices"_s);
            REQUIRE(list);
            for (int r = 0; r < list->count(); ++r) {
                *offered << list->item(r)->text();
                if (list->item(r)->text() == choice)
                    list->setCurrentRow(r);
            }
        });
}

} // namespace

TEST_CASE("the first open asks which officer you are, and then uses your name everywhere", "[ui][people]")
{
    hubtest::TempDir dir;
    const QString path = uitest::demoCopy(dir);
    QStringList officers;
    {
        auto file = db::OfficeFile::open(path).value();
        officers = db::AccountLinkRepository(*file).knownOfficers().value();
    }
    REQUIRE(officers.size() > 2);
    const QString me = officers.at(1);

    QStringList offered;
    bool asked = false;
    auto window = askingWindow();
    auto timer = answer(me, &offered, &asked);
    REQUIRE(window->openFile(path));
    uitest::pump();
    CHECK(asked);
    QStringList expected = officers;
    expected << u"None of these"_s;
    CHECK(offered == expected);

    db::OfficeFile *file = window->officeFile();
    CHECK(file->user() == me);
    CHECK(file->isLinkedToOfficer());
    CHECK(window->findChild<QLabel *>(u"statusUser"_s)->text() == u"User: %1"_s.arg(me));
    CHECK(window->findChild<QLabel *>(u"statusUser"_s)->toolTip().contains(file->account()));
    // My work opens on "Me", and "Me" is the officer's cases.
    auto *officer = window->myWorkPage()->findChild<QComboBox *>(u"myWorkOfficer"_s);
    REQUIRE(officer);
    CHECK(officer->currentText() == u"Me (%1)"_s.arg(me));
    CHECK(window->myWorkPage()->officer() == me);
    // The timeline's "Recorded by" and "last saved by" are the officer.
    db::NewCase c;
    c.ccgCode = u"06A"_s;
    c.received = QDate(2017, 3, 31);
    c.title = u"Recorded by whom?"_s;
    const auto made = db::CaseRepository(*file).add(c);
    REQUIRE(made.ok());
    CHECK(made->timeline.first().actor == me);
    CHECK(made->row.updatedBy == me);

    // Asked once: the next window on the file (any desktop) does not ask again.
    window.reset();
    bool askedAgain = false;
    QStringList ignored;
    auto again = askingWindow();
    auto guard = answer(QString(), &ignored, &askedAgain);
    REQUIRE(again->openFile(path));
    uitest::pump();
    CHECK_FALSE(askedAgain);
    CHECK(again->officeFile()->user() == me);
}

TEST_CASE("\"None of these\" is kept; \"Not now\" asks again next time", "[ui][people]")
{
    hubtest::TempDir dir;
    const QString path = uitest::demoCopy(dir);
    QStringList offered;
    bool asked = false;
    {
        auto window = askingWindow();
        auto timer = answer(QString(), &offered, &asked); // Not now
        REQUIRE(window->openFile(path));
        CHECK(asked);
        CHECK(window->officeFile()->user() == window->officeFile()->account());
        CHECK_FALSE(db::AccountLinkRepository(*window->officeFile()).find(window->officeFile()->account()).value());
    }
    asked = false;
    {
        auto window = askingWindow();
        auto timer = answer(u"None of these"_s, &offered, &asked);
        REQUIRE(window->openFile(path));
        CHECK(asked);
        CHECK(window->officeFile()->user() == window->officeFile()->account());
        const auto link
            = db::AccountLinkRepository(*window->officeFile()).find(window->officeFile()->account()).value();
        REQUIRE(link);
        CHECK_FALSE(link->linked());
    }
    asked = false;
    {
        auto window = askingWindow();
        auto timer = answer(QString(), &offered, &asked);
        REQUIRE(window->openFile(path));
        CHECK_FALSE(asked);
    }
}

TEST_CASE("with no office file open, pages say so and the actions that need one are disabled", "[ui][main]")
{
    MainWindow window;
    window.setRemembersState(false);
    window.resize(1280, 720);
    window.show();
    uitest::pump();
    for (int i = 0; i < MainWindow::PageCount; ++i) {
        window.showPage(static_cast<MainWindow::PageId>(i));
        uitest::pump();
        Page *page = window.page(static_cast<MainWindow::PageId>(i));
        INFO(MainWindow::pageNames().at(i).toStdString());
        QWidget *notice = page->noFileNotice();
        REQUIRE(notice);
        CHECK(notice->isVisible());
        CHECK(notice->geometry() == page->rect());
        CHECK(notice->findChild<QLabel *>(u"noFileTitle"_s)->text() == u"No office file is open"_s);
        for (const char *name : { "newCaseAction", "importPracticesAction", "syncNowAction", "backupNowAction",
                 "backupsAction", "printAction", "printPreviewAction", "exportPdfAction", "exportListXlsxAction",
                 "exportListCsvAction", "refreshAction", "findAction" }) {
            INFO(name);
            auto *action = window.findChild<QAction *>(QString::fromLatin1(name));
            REQUIRE(action);
            CHECK_FALSE(action->isEnabled());
        }
        CHECK(window.findChild<QAction *>(u"openAction"_s)->isEnabled());
    }
    // Opening a file takes the notice away.
    hubtest::TempDir dir;
    REQUIRE(window.openFile(uitest::demoCopy(dir)));
    uitest::pump();
    CHECK_FALSE(window.page(MainWindow::CasesPageId)->noFileNotice()->isVisible());
    CHECK(window.findChild<QAction *>(u"newCaseAction"_s)->isEnabled());
    CHECK(window.findChild<QAction *>(u"refreshAction"_s)->isEnabled());
}

TEST_CASE("opening a file that is not an office file says so in the user's words", "[ui][main]")
{
    hubtest::TempDir dir;
    const QString path = dir.path(u"minutes.docx"_s);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("PK\x03\x04", 4) + QByteArray(8192, 'z'));
    f.close();

    MainWindow window;
    window.setRemembersState(false);
    QString headline;
    QString text;
    QString details;
    auto timer = uitest::clickWhenShown(u"errorMessage"_s, QString(), [&](QWidget *w) {
        auto *box = qobject_cast<QMessageBox *>(w);
        REQUIRE(box);
        headline = box->text();
        text = box->informativeText();
        details = box->detailedText();
        box->accept();
    });
    CHECK_FALSE(window.openFile(path));
    CHECK(headline == u"Opening minutes.docx did not work."_s);
    CHECK(text == u"minutes.docx: This file is not a Hubcase office file. Choose another file or create a new one."_s);
    CHECK_FALSE(text.contains(u"not a database"_s));
    CHECK(details.contains(u"not a database"_s));
    CHECK_FALSE(window.officeFile());
}

TEST_CASE("the first window fits the screen's available geometry", "[ui][main]")
{
    const QSize preferred(1400, 900);
    for (const QRect &screen :
        { QRect(0, 0, 1366, 728), QRect(0, 0, 1280, 680), QRect(1920, 0, 1920, 1040), QRect(0, 30, 1280, 690) }) {
        INFO(screen.width() << " x " << screen.height() << " at " << screen.x() << "," << screen.y());
        const QRect client = fittedGeometry(screen, preferred);
        const QRect frame(framePosition(client), client.size() + kWindowFrame);
        CHECK(screen.contains(frame));
        CHECK(client.width() <= preferred.width());
        CHECK(client.height() <= preferred.height());
        CHECK(qAbs((frame.left() - screen.left()) - (screen.right() - frame.right())) <= 1); // centred
    }
    CHECK(fittedGeometry(QRect(0, 0, 1920, 1040), preferred).size() == preferred);
    CHECK(fittedGeometry(QRect(0, 0, 1366, 728), preferred).size() == QSize(1350, 680));
}
