#pragma once
// "Backups": where this office file is backed up, how often and how many are
// kept (shared by every desktop on the file), Back up now with the copy
// verified, the backups in the folder, and "Restore selected…", which only
// asks: the main window closes the file, restores and reopens it.

#include "core/common/result.h"
#include "database/backup/backup_folder.h"

#include <QDialog>
#include <QStringList>
#include <functional>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace hub::db
{
class OfficeFile;
}

namespace hub::ui
{

class BackupDialog : public QDialog
{
    Q_OBJECT
public:
    // Asks for a folder (title, where to start); empty when cancelled.
    using FolderChooser = std::function<QString(const QString &title, const QString &start)>;

    // `file` must outlive the dialog.
    explicit BackupDialog(db::OfficeFile &file, QWidget *parent = nullptr);

    // Chooses the backup folder and saves the settings; false on error or read-only.
    bool setBackupFolder(const QString &folder);
    // A verified backup into the folder now (rotating old ones); false on failure.
    bool backUpNow();
    // The backups listed, newest first (full paths).
    QStringList listedBackups() const;
    // Selects a listed backup; false when it is not listed.
    bool selectBackup(const QString &path);
    QString selectedBackup() const;
    // Asks for confirmation, then emits restoreRequested and accepts.
    void requestRestore();
    // The last Back up now result shown ("" before any).
    QString lastResult() const;

    // The folder picker (default: QFileDialog); tests answer without a dialog.
    void setFolderChooser(FolderChooser chooser) { m_chooseFolder = std::move(chooser); }

signals:
    // The user confirmed restoring the office file from this backup.
    void restoreRequested(const QString &backupPath);

private:
    void chooseFolder();
    void load();
    void saveFromControls();
    bool save(const db::BackupSettings &settings);
    void reloadList();
    void showSettingsState();
    void updateButtons();
    void showResult(const QString &html, bool ok);

    db::OfficeFile &m_file;
    db::BackupSettings m_settings;
    QLabel *m_readOnlyNote;
    QLabel *m_folder;
    QPushButton *m_chooseFolderButton;
    QCheckBox *m_schedule;
    QSpinBox *m_hours;
    QSpinBox *m_keep;
    QLabel *m_lastBackup;
    QPushButton *m_backupNow;
    QLabel *m_result;
    QTableWidget *m_list;
    QLabel *m_listTitle;
    QPushButton *m_restore;
    FolderChooser m_chooseFolder;
    QString m_lastResult;
    bool m_loading = false;
};

} // namespace hub::ui
