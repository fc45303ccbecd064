// Backups dialog: choosing a folder saves the shared settings, Back up now
// leaves a verified backup in the list, Restore selected asks first and then
// only reports the choice; a read-only file offers nothing to change.
#include "ui_test_support.h"

#include "database/backup/backup.h"
#include "database/backup/backup_folder.h"
#include "database/office_file.h"
#include "ui/backup/backup_dialog.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>

using namespace hub;
using namespace hub::ui;

namespace
{

std::unique_ptr<db::OfficeFile> openOffice(const QString &path, bool readOnly = false)
{
    auto f = db::OfficeFile::open(path, readOnly);
    INFO((f ? std::string() : f.error().describe().toStdString()));
    REQUIRE(f.ok());
    return std::move(f.value());
}

template <typename T> T *child(QWidget &w, const char *name)
{
    T *c = w.findChild<T *>(QLatin1String(name));
    INFO(name);
    REQUIRE(c);
    return c;
}

} // namespace

TEST_CASE("choosing a folder and Back up now leave a verified backup in the list", "[ui][backup]")
{
    hubtest::TempDir dir;
    auto file = openOffice(uitest::demoCopy(dir));
    const QString folder = dir.path(QStringLiteral("backups"));
    REQUIRE(QDir().mkpath(folder));

    BackupDialog dialog(*file);
    CHECK(dialog.objectName() == QStringLiteral("backupDialog"));
    auto *list = child<QTableWidget>(dialog, "backupList");
    auto *backupNow = child<QAbstractButton>(dialog, "backupNowButton");
    auto *restore = child<QAbstractButton>(dialog, "restoreButton");
    CHECK(list->rowCount() == 0);
    CHECK(child<QLabel>(dialog, "backupFolderLabel")->text().contains(QStringLiteral("Not set")));
    CHECK(child<QLabel>(dialog, "lastBackupLabel")->text() == QStringLiteral("never"));
    CHECK_FALSE(child<QLabel>(dialog, "readOnlyNote")->isVisibleTo(&dialog));
    CHECK(backupNow->isEnabled());
    CHECK_FALSE(restore->isEnabled());

    dialog.setFolderChooser([&](const QString &, const QString &) { return folder; });
    child<QAbstractButton>(dialog, "backupFolderButton")->click();
    CHECK(db::loadBackupSettings(*file).folder == QDir(folder).absolutePath());
    CHECK(child<QLabel>(dialog, "backupFolderLabel")->text() == QDir::toNativeSeparators(QDir(folder).absolutePath()));

    // The schedule and the number kept are saved as they change.
    child<QCheckBox>(dialog, "scheduleCheck")->setChecked(true);
    child<QSpinBox>(dialog, "intervalHours")->setValue(4);
    child<QSpinBox>(dialog, "keepCount")->setValue(7);
    db::BackupSettings saved = db::loadBackupSettings(*file);
    CHECK(saved.intervalMinutes == 4 * 60);
    CHECK(saved.keep == 7);
    child<QCheckBox>(dialog, "scheduleCheck")->setChecked(false);
    CHECK(db::loadBackupSettings(*file).intervalMinutes == 0);
    CHECK_FALSE(child<QSpinBox>(dialog, "intervalHours")->isEnabled());

    backupNow->click();
    const QStringList listed = dialog.listedBackups();
    REQUIRE(listed.size() == 1);
    CHECK(QFileInfo(listed.first()).absolutePath() == QDir(folder).absolutePath());
    CHECK(QFileInfo(listed.first()).fileName().startsWith(file->officeCode() + QLatin1Char('-')));
    const auto facts = db::verifyBackup(listed.first());
    REQUIRE(facts.ok());
    CHECK(facts->officeCode == file->officeCode());
    CHECK(dialog.lastResult().startsWith(QStringLiteral("Backed up and verified:")));
    CHECK(list->item(0, 1)->text().contains(QLatin1Char('/'))); // taken at dd/MM/yyyy HH:mm
    CHECK(list->item(0, 2)->text().endsWith(QStringLiteral("MB")));
    CHECK(dialog.selectedBackup() == listed.first());
    CHECK(restore->isEnabled());
    CHECK(child<QLabel>(dialog, "lastBackupLabel")->text().contains(QStringLiteral("by any desktop")));
    uitest::checkModel(*list->model());

    // A second dialog finds the same settings and backup.
    BackupDialog again(*file);
    CHECK(again.listedBackups() == listed);
    CHECK(child<QSpinBox>(again, "keepCount")->value() == 7);
    CHECK_FALSE(child<QCheckBox>(again, "scheduleCheck")->isChecked());
}

TEST_CASE("Restore selected asks first, then only reports the chosen backup", "[ui][backup]")
{
    hubtest::TempDir dir;
    auto file = openOffice(uitest::demoCopy(dir));
    const QString folder = dir.path(QStringLiteral("backups"));
    REQUIRE(db::saveBackupSettings(*file, { folder, 0, 5 }).ok());
    const auto made = db::backupToFolder(*file, folder, 5);
    REQUIRE(made.ok());
    const qint64 sizeBefore = QFileInfo(file->path()).size();

    BackupDialog dialog(*file);
    REQUIRE(dialog.listedBackups() == QStringList { made->path });
    REQUIRE(dialog.selectBackup(made->path));
    QStringList requested;
    QObject::connect(&dialog, &BackupDialog::restoreRequested, [&](const QString &p) { requested << p; });

    SECTION("cancelled: nothing happens")
    {
        QString question;
        auto cancel = uitest::clickWhenShown(QStringLiteral("restoreConfirm"), QStringLiteral("cancelRestoreButton"),
            [&](QWidget *box) { question = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"))->text(); });
        child<QAbstractButton>(dialog, "restoreButton")->click();
        CHECK(question.contains(QStringLiteral("Restore ")));
        CHECK(requested.isEmpty());
        CHECK(dialog.result() == QDialog::Rejected);
    }
    SECTION("confirmed: the path is reported and the dialog closes, the file itself untouched")
    {
        QString explanation;
        auto confirm = uitest::clickWhenShown(
            QStringLiteral("restoreConfirm"), QStringLiteral("confirmRestoreButton"), [&](QWidget *box) {
                if (auto *info = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_informativelabel")))
                    explanation = info->text();
            });
        child<QAbstractButton>(dialog, "restoreButton")->click();
        CHECK(explanation.contains(QStringLiteral("keep the current file aside as \"office.hubcase.before-restore-")));
        REQUIRE(requested == QStringList { made->path });
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(QFileInfo(file->path()).size() == sizeBefore);
        CHECK(QDir(dir.path(QString())).entryList({ QStringLiteral("*.before-restore-*") }).isEmpty());
    }
}

TEST_CASE("a read-only office file shows its backups but offers nothing to change", "[ui][backup]")
{
    hubtest::TempDir dir;
    const QString path = uitest::demoCopy(dir);
    const QString folder = dir.path(QStringLiteral("backups"));
    {
        auto writable = openOffice(path);
        REQUIRE(db::saveBackupSettings(*writable, { folder, 60, 3 }).ok());
        REQUIRE(db::backupToFolder(*writable, folder, 3).ok());
    }
    auto file = openOffice(path, true);
    BackupDialog dialog(*file);
    CHECK(child<QLabel>(dialog, "readOnlyNote")->isVisibleTo(&dialog));
    CHECK(dialog.listedBackups().size() == 1);
    for (const char *name : { "backupNowButton", "restoreButton", "backupFolderButton" })
        CHECK_FALSE(child<QAbstractButton>(dialog, name)->isEnabled());
    for (const char *name : { "intervalHours", "keepCount" })
        CHECK_FALSE(child<QWidget>(dialog, name)->isEnabled());
    CHECK_FALSE(child<QWidget>(dialog, "scheduleCheck")->isEnabled());
    CHECK_FALSE(dialog.backUpNow());
    CHECK_FALSE(dialog.setBackupFolder(dir.path(QStringLiteral("elsewhere"))));
}

// Not run by default: grabs the dialog for a look.
TEST_CASE("screenshot of the backups dialog", "[.][backup-screens]")
{
    hubtest::TempDir dir;
    auto file = openOffice(uitest::demoCopy(dir));
    const QString folder = dir.path(QStringLiteral("backups"));
    REQUIRE(QDir().mkpath(folder));
    REQUIRE(db::saveBackupSettings(*file, { folder, 240, 10 }).ok());
    REQUIRE(db::backupToFile(*file, QDir(folder).filePath(QStringLiteral("WMH-20261120-091500.hubcase"))).ok());
    REQUIRE(db::backupToFile(*file, QDir(folder).filePath(QStringLiteral("WMH-20261121-131500.hubcase"))).ok());
    BackupDialog dialog(*file);
    REQUIRE(dialog.backUpNow());
    dialog.show();
    uitest::pump();
    dialog.grab().save(QStringLiteral("/tmp/backup_dialog.png"));
}
