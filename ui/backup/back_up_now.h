#pragma once
// File › Back up now: a verified backup into the office file's backup folder.
// With no folder set yet it says so and offers the folder chooser there; the
// folder chosen is saved for every desktop on the file, then the backup runs.
// The result is one short status-bar line ("Backup verified: WMH-….hubcase").

#include "ui/backup/backup_dialog.h"

#include <QString>

class QWidget;

namespace hub::db
{
class BackupScheduler;
class OfficeFile;
}

namespace hub::ui
{

struct BackUpNowOutcome {
    bool backedUp = false;
    QString path; // the backup written
    QString folderChosen; // set when the user chose the folder just now
    QString statusMessage; // short enough for the status bar at 1280 px; empty when cancelled
};

BackUpNowOutcome backUpNow(QWidget *parent, db::OfficeFile &file, db::BackupScheduler &scheduler);

// The folder picker backUpNow() uses (default: QFileDialog); tests answer without a dialog.
void setBackUpNowFolderChooser(BackupDialog::FolderChooser chooser);

} // namespace hub::ui
