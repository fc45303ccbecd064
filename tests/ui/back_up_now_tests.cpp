// File › Back up now with no backup folder set: it offers the folder chooser
// there, keeps the folder and backs up; the status line says what happened in
// a few words (never "scheduled") and fits the status bar at 1280 x 720.
#include "ui_test_support.h"

#include "database/backup/backup_folder.h"
#include "database/office_file.h"
#include "ui/backup/back_up_now.h"
#include "ui/main_window.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

using namespace hub;
using namespace hub::ui;
using namespace Qt::StringLiterals;

namespace
{

// Room for a message: the status bar left of its permanent labels.
int messageRoom(QStatusBar *bar)
{
    int left = bar->width();
    for (QWidget *w : bar->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (w->isVisible() && w->x() > 0)
            left = std::min(left, w->x());
    }
    return left - 8;
}

struct ChooserReset {
    ~ChooserReset() { setBackUpNowFolderChooser({}); }
};

} // namespace

TEST_CASE("Back up now with no backup folder offers the chooser, keeps the folder and backs up", "[ui][backup]")
{
    hubtest::TempDir dir;
    const QString path = dir.path(u"new.hubcase"_s);
    REQUIRE(db::OfficeFile::create(path).ok());
    auto window = uitest::openWindow(path);
    window->resize(1280, 720);
    window->show();
    uitest::pump();
    REQUIRE(db::loadBackupSettings(*window->officeFile()).folder.isEmpty());

    const QString folder = dir.path(u"backups"_s);
    ChooserReset reset;
    QString chooserTitle;
    setBackUpNowFolderChooser([&](const QString &title, const QString &) {
        chooserTitle = title;
        QDir().mkpath(folder);
        return folder;
    });
    QString asked;
    auto answer = uitest::clickWhenShown(u"noBackupFolder"_s, u"chooseBackupFolderButton"_s,
        [&](QWidget *box) { asked = static_cast<QMessageBox *>(box)->text(); });
    window->findChild<QAction *>(u"backupNowAction"_s)->trigger();

    CHECK(asked == u"No backup folder is set for this office file yet."_s);
    CHECK(chooserTitle == u"Choose the backup folder"_s);
    CHECK(db::loadBackupSettings(*window->officeFile()).folder == QDir(folder).absolutePath());
    const QStringList made = db::listBackups(folder);
    REQUIRE(made.size() == 1);

    const QString message = window->statusBar()->currentMessage();
    CHECK(message == u"Backup verified: %1"_s.arg(QFileInfo(made.first()).fileName()));
    CHECK_FALSE(message.contains(u"scheduled"_s, Qt::CaseInsensitive));
    INFO(message.toStdString());
    CHECK(window->statusBar()->fontMetrics().horizontalAdvance(message) <= messageRoom(window->statusBar()));

    // With the folder set, the next Back up now asks nothing.
    bool askedAgain = false;
    auto none = uitest::clickWhenShown(u"noBackupFolder"_s, u"cancelButton"_s, [&](QWidget *) { askedAgain = true; });
    window->findChild<QAction *>(u"backupNowAction"_s)->trigger();
    none->stop();
    CHECK_FALSE(askedAgain);
    CHECK(db::listBackups(folder).size() == 2);
}

TEST_CASE("Back up now cancelled at the folder question changes nothing and says so", "[ui][backup]")
{
    hubtest::TempDir dir;
    const QString path = dir.path(u"new.hubcase"_s);
    REQUIRE(db::OfficeFile::create(path).ok());
    auto window = uitest::openWindow(path);
    ChooserReset reset;
    bool chooserAsked = false;
    setBackUpNowFolderChooser([&](const QString &, const QString &) {
        chooserAsked = true;
        return QString();
    });
    auto answer = uitest::clickWhenShown(u"noBackupFolder"_s, u"cancelButton"_s);
    window->findChild<QAction *>(u"backupNowAction"_s)->trigger();
    CHECK_FALSE(chooserAsked);
    CHECK(db::loadBackupSettings(*window->officeFile()).folder.isEmpty());
    CHECK(window->statusBar()->currentMessage() == u"Not backed up: no backup folder chosen"_s);
}
