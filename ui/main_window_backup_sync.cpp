// Main window: backups, restore and the exchange-folder sync run from the File menu.
#include "ui/main_window.h"

#include "database/backup/backup_folder.h"
#include "database/office_file.h"
#include "database/sync/sync_service.h"
#include "ui/app_settings.h"
#include "ui/backup/backup_dialog.h"
#include "ui/dialogs/error_message.h"
#include "ui/session/damaged_file_recovery.h"
#include "ui/widgets/busy_cursor.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>

namespace hub::ui
{

using namespace Qt::StringLiterals;

void MainWindow::showBackups()
{
    if (!m_file)
        return;
    QString requested;
    {
        BackupDialog dialog(*m_file, this);
        connect(
            &dialog, &BackupDialog::restoreRequested, this, [&requested](const QString &path) { requested = path; });
        dialog.exec();
        if (m_remember) {
            const QString folder = db::loadBackupSettings(*m_file).folder;
            if (!folder.isEmpty())
                settings::setBackupFolderFor(m_file->path(), folder);
        }
    }
    if (!requested.isEmpty())
        restoreFromBackup(requested);
}

bool MainWindow::restoreFromBackup(const QString &backupPath)
{
    if (!m_file)
        return false;
    const QString path = m_file->path();
    // Leave first: our own presence must not block the restore, and the file must be closed.
    setOfficeFile(nullptr);
    Result<db::RestoreOutcome> restored = db::restoreFromBackup(path, backupPath);
    if (!restored)
        showError(this, tr("Restoring %1").arg(QFileInfo(path).fileName()), restored.error());
    const bool reopened = openFile(path);
    if (restored && reopened)
        statusBar()->showMessage(tr("Restored from %1; the previous file was kept as %2")
                                     .arg(QFileInfo(backupPath).fileName(), QFileInfo(restored->keptAside).fileName()));
    return restored.ok() && reopened;
}

void MainWindow::restoreDamagedFile() // closed first: restore keeps it aside byte for byte
{
    if (!m_file || !m_file->isDamaged())
        return;
    const QString path = m_file->path();
    const Error damage = m_file->writeRefusal();
    setOfficeFile(nullptr);
    if (const auto restored = offerRestoreFromBackup(this, path, damage); openFile(path) && restored)
        statusBar()->showMessage(
            tr("Restored from %1; the damaged file was kept as %2")
                .arg(QFileInfo(restored->restoredFrom).fileName(), QFileInfo(restored->keptAside).fileName()));
}

bool MainWindow::syncWithExchangeFolder(bool quiet)
{
    if (!m_file || m_file->isReadOnly())
        return false;
    db::SyncService sync(*m_file);
    if (sync.exchangeFolder().isEmpty()) {
        if (!quiet)
            QMessageBox::information(this, tr("Sync"), tr("Choose an exchange folder on the Office sync page first."));
        return false;
    }
    Result<db::FolderSyncSummary> done = [&] {
        BusyCursor busy;
        return sync.syncWithFolder();
    }();
    if (!done) {
        if (quiet)
            statusBar()->showMessage(tr("Sync with the exchange folder did not work: %1").arg(done.error().message));
        else
            showError(this, tr("Syncing with the exchange folder"), done.error());
        return false;
    }
    const int changes = done->changesReceived();
    QString message = tr("Synced: %n change(s) received", nullptr, changes);
    if (done->exported.entries > 0)
        message += tr(", %n change(s) sent", nullptr, done->exported.changes);
    if (!done->refused.isEmpty())
        message += tr("; %n bundle(s) refused (see Office sync)", nullptr, int(done->refused.size()));
    statusBar()->showMessage(message, 10000);
    if (changes > 0)
        refreshFromOtherDesktops();
    return done->refused.isEmpty();
}

bool MainWindow::exportToExchangeFolder(QString *problem)
{
    if (!m_file || m_file->isReadOnly())
        return true;
    db::SyncService sync(*m_file);
    const QString folder = sync.exchangeFolder();
    if (folder.isEmpty())
        return true;
    Result<db::ExportSummary> done = sync.exportChanges(folder);
    if (!done && problem)
        *problem = done.error().message;
    return done.ok();
}

} // namespace hub::ui
