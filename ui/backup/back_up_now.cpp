// File › Back up now.
#include "ui/backup/back_up_now.h"

#include "database/backup/backup_folder.h"
#include "database/backup/backup_scheduler.h"
#include "database/office_file.h"
#include "ui/app_settings.h"
#include "ui/dialogs/error_message.h"
#include "ui/widgets/busy_cursor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace hub::ui
{

using namespace Qt::StringLiterals;

namespace
{

BackupDialog::FolderChooser &chooserOverride()
{
    static BackupDialog::FolderChooser chooser;
    return chooser;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("hub::ui::BackUpNow", text);
}

// Asks where backups go; empty when the user cancels.
QString askForFolder(QWidget *parent, const db::OfficeFile &file)
{
    QMessageBox ask(QMessageBox::Question, tr("Back up now"), tr("No backup folder is set for this office file yet."),
        QMessageBox::NoButton, parent);
    ask.setObjectName(u"noBackupFolder"_s);
    ask.setInformativeText(tr("Choose a folder for the backups of %1 (a network share other desktops can reach is "
                              "best). Hubcase keeps it for every desktop on this file, then backs up now.")
                               .arg(QFileInfo(file.path()).fileName()));
    QPushButton *choose = ask.addButton(tr("Choose folder…"), QMessageBox::AcceptRole);
    choose->setObjectName(u"chooseBackupFolderButton"_s);
    QPushButton *cancel = ask.addButton(QMessageBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    ask.setDefaultButton(choose);
    ask.exec();
    if (ask.clickedButton() != choose)
        return {};
    const QString start = settings::lastFolder().isEmpty() ? QDir::homePath() : settings::lastFolder();
    const QString title = tr("Choose the backup folder");
    const BackupDialog::FolderChooser &chooser = chooserOverride();
    return chooser ? chooser(title, start) : QFileDialog::getExistingDirectory(parent, title, start);
}

} // namespace

void setBackUpNowFolderChooser(BackupDialog::FolderChooser chooser)
{
    chooserOverride() = std::move(chooser);
}

BackUpNowOutcome backUpNow(QWidget *parent, db::OfficeFile &file, db::BackupScheduler &scheduler)
{
    BackUpNowOutcome out;
    db::BackupSettings settings = db::loadBackupSettings(file);
    if (settings.folder.isEmpty()) {
        const QString folder = askForFolder(parent, file);
        if (folder.isEmpty()) {
            out.statusMessage = tr("Not backed up: no backup folder chosen");
            return out;
        }
        settings.folder = QDir(folder).absolutePath();
        const Status saved = db::saveBackupSettings(file, settings);
        if (!saved) {
            showError(parent, tr("Setting the backup folder"), saved.error());
            out.statusMessage = tr("Not backed up: the backup folder could not be set");
            return out;
        }
        out.folderChosen = settings.folder;
    }
    const Result<QString> made = [&] {
        BusyCursor busy;
        return scheduler.backupNow();
    }();
    if (!made) {
        showError(parent, tr("Backing up"), made.error());
        out.statusMessage = tr("The backup did not work");
        return out;
    }
    out.backedUp = true;
    out.path = made.value();
    out.statusMessage = tr("Backup verified: %1").arg(QFileInfo(made.value()).fileName());
    return out;
}

} // namespace hub::ui
