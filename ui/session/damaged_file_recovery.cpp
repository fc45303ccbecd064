#include "ui/session/damaged_file_recovery.h"

#include "core/common/format.h"
#include "database/backup/backup.h"
#include "database/backup/backup_folder.h"
#include "ui/app_settings.h"
#include "ui/dialogs/error_message.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace hub::ui
{

namespace
{

QString describeBackup(const QString &path)
{
    const QFileInfo info(path);
    const QDateTime taken = info.lastModified();
    return QObject::tr("%1, taken %2 at %3")
        .arg(info.fileName(), formatDate(taken.date()), taken.toString(QStringLiteral("HH:mm")));
}

} // namespace

std::optional<db::RestoreOutcome> offerRestoreFromBackup(
    QWidget *parent, const QString &officePath, const Error &damage)
{
    const QString folder = settings::backupFolderFor(officePath);
    const QString latest = folder.isEmpty() ? QString() : db::latestBackup(folder);

    QMessageBox box(parent);
    box.setObjectName(QStringLiteral("damagedFileBox"));
    box.setIcon(QMessageBox::Critical);
    box.setWindowTitle(QObject::tr("Office file damaged"));
    box.setText(QObject::tr("%1 is damaged; Hubcase has not changed it.").arg(QFileInfo(officePath).fileName()));
    QString detail = damage.message + QStringLiteral("\n\n");
    QPushButton *restoreLatest = nullptr;
    if (!latest.isEmpty()) {
        detail += QObject::tr("The newest good backup is %1. Restoring it keeps the damaged file aside; "
                              "changes made since that backup will need entering again.")
                      .arg(describeBackup(latest));
        restoreLatest = box.addButton(QObject::tr("Restore this backup"), QMessageBox::AcceptRole);
        restoreLatest->setObjectName(QStringLiteral("restoreLatestButton"));
    } else {
        detail += QObject::tr("No backup folder is known for this file on this desktop. Choose a backup to restore, "
                              "or ask whoever looks after the office's backups.");
    }
    box.setInformativeText(detail);
    QPushButton *choose = box.addButton(QObject::tr("Choose a backup…"), QMessageBox::ActionRole);
    choose->setObjectName(QStringLiteral("chooseBackupButton"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelRestoreButton"));
    box.setDefaultButton(restoreLatest ? restoreLatest : choose);
    box.exec();

    QString backup;
    if (restoreLatest && box.clickedButton() == restoreLatest) {
        backup = latest;
    } else if (box.clickedButton() == choose) {
        backup = QFileDialog::getOpenFileName(parent, QObject::tr("Choose a backup to restore"),
            folder.isEmpty() ? QFileInfo(officePath).absolutePath() : folder,
            QObject::tr("Hubcase office files (*.hubcase);;All files (*)"));
    }
    if (backup.isEmpty())
        return std::nullopt;
    Result<db::RestoreOutcome> restored = db::restoreFromBackup(officePath, backup);
    if (!restored) {
        showError(parent, QObject::tr("Restoring %1").arg(QFileInfo(officePath).fileName()), restored.error());
        return std::nullopt;
    }
    return std::move(restored).value();
}

} // namespace hub::ui
