// The open office file on a shared drive: who else has it open, changes from
// other desktops appearing without a refresh, and a damaged file offered its
// latest backup instead of being opened.
#include "ui_test_support.h"

#include "database/backup/backup_folder.h"
#include "database/ccgs/ccg_repository.h"
#include "database/office_file.h"
#include "database/shared_file/presence_registry.h"
#include "ui/app_settings.h"
#include "ui/ccgs/ccg_page.h"
#include "ui/main_window.h"
#include "ui/models/ccg_table_model.h"
#include "ui/session/office_session.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>

using namespace hub;
using namespace hub::ui;

namespace
{

std::unique_ptr<db::OfficeFile> openOther(const QString &path, const QString &user)
{
    auto other = db::OfficeFile::open(path);
    REQUIRE(other.ok());
    other.value()->setUser(user);
    return std::move(other).value();
}

QString ccgLeadShown(MainWindow &window, const QString &code)
{
    CcgTableModel *model = window.ccgPage()->ccgModel();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex first = model->index(r, 0);
        if (model->data(first).toString() == code)
            return model->data(model->index(r, CcgTableModel::CcgLead)).toString();
    }
    return {};
}

} // namespace

TEST_CASE("The status bar names the other desktops that have the file open", "[ui][session]")
{
    hubtest::TempDir dir;
    const QString path = uitest::demoCopy(dir);
    auto window = uitest::openWindow(path);
    REQUIRE(window->session());
    auto *label = window->findChild<QLabel *>(QStringLiteral("statusPresence"));
    REQUIRE(label);
    CHECK(label->text() == QStringLiteral("No one else has this file open"));

    auto other = openOther(path, QStringLiteral("b.jones"));
    db::PresenceRegistry theirs(*other);
    REQUIRE(theirs.announce().ok());
    window->session()->heartbeat();
    CHECK(label->text().contains(QStringLiteral("b.jones")));
    CHECK(label->toolTip().contains(QStringLiteral("b.jones on ")));

    REQUIRE(theirs.leave().ok());
    window->session()->heartbeat();
    CHECK(label->text() == QStringLiteral("No one else has this file open"));
}

TEST_CASE("A change saved on another desktop appears without a refresh", "[ui][session]")
{
    hubtest::TempDir dir;
    const QString path = uitest::demoCopy(dir);
    auto window = uitest::openWindow(path);
    window->showPage(MainWindow::CcgPageId);
    const QString before = ccgLeadShown(*window, QStringLiteral("06A"));
    REQUIRE(before != QStringLiteral("Priya Shah"));

    auto other = openOther(path, QStringLiteral("b.jones"));
    db::CcgRepository ccgs(*other);
    auto list = ccgs.list();
    REQUIRE(list.ok());
    std::int64_t version = 0;
    for (const Ccg &c : list.value())
        if (c.code == QStringLiteral("06A"))
            version = c.meta.version;
    REQUIRE(
        ccgs.update(QStringLiteral("06A"), version, { { QStringLiteral("ccg_lead"), QStringLiteral("Priya Shah") } })
            .ok());

    // A heartbeat alone is not a content change: nothing reloads.
    db::PresenceRegistry theirs(*other);
    REQUIRE(theirs.announce().ok());
    window->session()->poll(); // the watcher's timer does this every second
    uitest::pump();
    CHECK(ccgLeadShown(*window, QStringLiteral("06A")) == QStringLiteral("Priya Shah"));
}

TEST_CASE("A damaged office file is not opened; its latest backup is offered and restored", "[ui][session]")
{
    hubtest::TempDir dir;
    const QString path = uitest::demoCopy(dir);
    const QString backups = dir.path(QStringLiteral("backups"));
    {
        auto file = db::OfficeFile::open(path);
        REQUIRE(file.ok());
        REQUIRE(db::backupToFolder(*file.value(), backups, 5).ok());
    }
    settings::setBackupFolderFor(path, backups);

    // Scribble over the schema on page 1, keeping the file header: too
    // damaged to be read at all (less damaged files open read-only, below).
    QFile raw(path);
    REQUIRE(raw.open(QIODevice::ReadWrite));
    REQUIRE(raw.size() > 200 * 4096);
    raw.seek(100);
    raw.write(QByteArray(3000, '\x5A'));
    raw.close();
    REQUIRE_FALSE(db::OfficeFile::open(path).ok());

    auto window = std::make_unique<MainWindow>();
    window->setRemembersState(false);

    QString offered;
    auto click = uitest::clickWhenShown(
        QStringLiteral("damagedFileBox"), QStringLiteral("restoreLatestButton"), [&](QWidget *box) {
            offered = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_informativelabel"))
                ? box->findChild<QLabel *>(QStringLiteral("qt_msgbox_informativelabel"))->text()
                : QString();
        });
    CHECK(window->openFile(path));
    CHECK(offered.contains(QStringLiteral("newest good backup")));
    REQUIRE(window->officeFile());
    CHECK(window->officeFile()->connection().scalar(QStringLiteral("PRAGMA quick_check")).toString()
        == QStringLiteral("ok"));
    QStringList aside = QDir(dir.path(QString())).entryList({ QStringLiteral("*before-restore*") });
    CHECK(aside.size() == 1);
}

TEST_CASE("Restoring a backup from the window puts the backup's content back and keeps the file aside",
    "[ui][session][backup]")
{
    hubtest::TempDir dir;
    const QString path = uitest::demoCopy(dir);
    auto window = uitest::openWindow(path);
    Result<db::BackupOutcome> backup
        = db::backupToFolder(*window->officeFile(), dir.path(QStringLiteral("backups")), 5);
    REQUIRE(backup.ok());

    {
        db::CcgRepository ccgs(*window->officeFile());
        std::int64_t version = 0;
        for (const Ccg &c : ccgs.list().value())
            if (c.code == QStringLiteral("06A"))
                version = c.meta.version;
        REQUIRE(ccgs.update(QStringLiteral("06A"), version,
                        { { QStringLiteral("ccg_lead"), QStringLiteral("After the backup") } })
                    .ok());
    }
    window->showPage(MainWindow::CcgPageId);
    window->reloadAll();
    REQUIRE(ccgLeadShown(*window, QStringLiteral("06A")) == QStringLiteral("After the backup"));

    // This desktop's own presence does not block its restore (it leaves first).
    CHECK(window->restoreFromBackup(backup->path));
    REQUIRE(window->officeFile());
    CHECK(ccgLeadShown(*window, QStringLiteral("06A")) != QStringLiteral("After the backup"));
    CHECK(QDir(dir.path(QString())).entryList({ QStringLiteral("*before-restore*") }).size() == 1);
    CHECK(window->session()); // presence and watching carry on with the restored file
}

TEST_CASE("A damaged office file opens read-only under a banner naming the damage, which offers the backup",
    "[ui][session][damage]")
{
    hubtest::TempDir dir;
    const QString path = uitest::demoCopy(dir);
    const QString backups = dir.path(QStringLiteral("backups"));
    {
        auto file = db::OfficeFile::open(path);
        REQUIRE(file.ok());
        REQUIRE(db::backupToFolder(*file.value(), backups, 5).ok());
    }
    settings::setBackupFolderFor(path, backups);
    // The index's definition names its columns in the other order: quick_check passes, integrity_check does not.
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        const QByteArray from = "activity_by_function ON activity(function_id, position)";
        const int at = bytes.indexOf(from);
        REQUIRE(at >= 0);
        bytes.replace(at, from.size(), "activity_by_function ON activity(position, function_id)");
        f.seek(0);
        f.write(bytes);
    }
    QFile raw(path);
    REQUIRE(raw.open(QIODevice::ReadOnly));
    const QByteArray damaged = raw.readAll();
    raw.close();

    auto window = std::make_unique<MainWindow>();
    window->setRemembersState(false);
    REQUIRE(window->openFile(path));
    REQUIRE(window->officeFile());
    CHECK(window->officeFile()->isDamaged());
    CHECK(window->officeFile()->isReadOnly());
    auto *banner = window->findChild<QWidget *>(QStringLiteral("damagedFileBanner"));
    REQUIRE(banner);
    CHECK_FALSE(banner->isHidden());
    CHECK(window->findChild<QLabel *>(QStringLiteral("damagedFileText"))
              ->text()
              .contains(QStringLiteral("activity_by_function")));
    CHECK(window->findChild<QLabel *>(QStringLiteral("readOnlyBanner"))->isHidden());
    window->session()->heartbeat(); // no presence row is written
    REQUIRE(raw.open(QIODevice::ReadOnly));
    CHECK(raw.readAll() == damaged);
    raw.close();

    auto click = uitest::clickWhenShown(QStringLiteral("damagedFileBox"), QStringLiteral("restoreLatestButton"));
    window->findChild<QPushButton *>(QStringLiteral("restoreDamagedButton"))->click();
    REQUIRE(window->officeFile());
    CHECK_FALSE(window->officeFile()->isDamaged());
    CHECK_FALSE(window->officeFile()->isReadOnly());
    CHECK(banner->isHidden());
    const QStringList aside = QDir(dir.path(QString()))
                                  .entryList({ QStringLiteral("*before-restore*") }, QDir::Files)
                                  .filter(QRegularExpression(QStringLiteral("before-restore-[0-9-]+$")));
    REQUIRE(aside.size() == 1);
    QFile kept(dir.path(aside.first()));
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == damaged);
}
