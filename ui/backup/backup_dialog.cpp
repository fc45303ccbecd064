// The Backups dialog.
#include "ui/backup/backup_dialog.h"
#include "ui/widgets/busy_cursor.h"

#include "database/backup/backup.h"
#include "database/office_file.h"
#include "ui/app_settings.h"
#include "ui/dialogs/error_message.h"
#include "ui/sync/sync_text.h"
#include "ui/widgets/tab_order.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextDocumentFragment>
#include <QTimeZone>
#include <QVBoxLayout>

namespace hub::ui
{

using namespace Qt::StringLiterals;

namespace
{

enum Column { CFile, CTakenAt, CSize, CColumnCount };
const int PathRole = Qt::UserRole + 1;

// "<office>-YYYYMMDD-HHMMSS.hubcase" names carry the UTC time they were taken.
QDateTime takenAt(const QString &path)
{
    static const QRegularExpression stamp(u"-(\\d{8}-\\d{6})(?:-\\d+)?$"_s);
    const QRegularExpressionMatch m = stamp.match(QFileInfo(path).completeBaseName());
    QDateTime when = m.hasMatch() ? QDateTime::fromString(m.captured(1), u"yyyyMMdd-HHmmss"_s) : QDateTime();
    if (when.isValid()) {
        when.setTimeZone(QTimeZone::utc());
        return when;
    }
    return QFileInfo(path).lastModified();
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

BackupDialog::BackupDialog(db::OfficeFile &file, QWidget *parent)
    : QDialog(parent)
    , m_file(file)
    , m_readOnlyNote(new QLabel)
    , m_folder(new QLabel)
    , m_chooseFolderButton(new QPushButton(tr("Choose…")))
    , m_schedule(new QCheckBox(tr("Back up automatically every")))
    , m_hours(new QSpinBox)
    , m_keep(new QSpinBox)
    , m_lastBackup(new QLabel)
    , m_backupNow(new QPushButton(tr("Back up now")))
    , m_result(new QLabel)
    , m_list(new QTableWidget(0, CColumnCount))
    , m_listTitle(new QLabel)
    , m_restore(new QPushButton(tr("Restore selected…")))
{
    setObjectName(u"backupDialog"_s);
    setWindowTitle(tr("Backups"));

    m_readOnlyNote->setObjectName(u"readOnlyNote"_s);
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->setText(tr("This office file is open read-only, so its backup settings cannot be changed and "
                               "it cannot be backed up or restored from here. Open it for editing to do that."));
    m_readOnlyNote->setStyleSheet(
        u"QLabel{background:#FFF4E0;border:1px solid #ED8B00;border-radius:4px;padding:6px;}"_s);
    m_folder->setObjectName(u"backupFolderLabel"_s);
    m_folder->setWordWrap(true);
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chooseFolderButton->setObjectName(u"backupFolderButton"_s);
    m_schedule->setObjectName(u"scheduleCheck"_s);
    m_hours->setObjectName(u"intervalHours"_s);
    m_hours->setRange(1, 24 * 14);
    m_hours->setSuffix(tr(" hours"));
    m_hours->setKeyboardTracking(false);
    m_keep->setObjectName(u"keepCount"_s);
    m_keep->setRange(0, 999);
    m_keep->setSpecialValueText(tr("all"));
    m_keep->setSuffix(tr(" newest"));
    m_keep->setKeyboardTracking(false);
    m_keep->setToolTip(tr("Older backups of this office in the folder are deleted after each backup; "
                          "other files there are never touched"));
    m_lastBackup->setObjectName(u"lastBackupLabel"_s);
    m_backupNow->setObjectName(u"backupNowButton"_s);
    m_backupNow->setToolTip(tr("Take a backup now into the folder, checked before it is kept"));
    m_result->setObjectName(u"backupResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    m_restore->setObjectName(u"restoreButton"_s);
    m_restore->setToolTip(tr("Put the selected backup's content in place of the office file; "
                             "the current file is kept aside first"));

    m_list->setObjectName(u"backupList"_s);
    stopTabTrap(m_list);
    m_list->setHorizontalHeaderLabels({ tr("File"), tr("Taken at"), tr("Size") });
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAlternatingRowColors(true);
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 10);
    m_list->horizontalHeader()->setHighlightSections(false);
    m_list->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_list->horizontalHeader()->setSectionResizeMode(CFile, QHeaderView::Stretch);
    m_list->horizontalHeader()->resizeSection(CTakenAt, 130);
    m_list->horizontalHeader()->resizeSection(CSize, 80);

    auto *intro = new QLabel(tr("<b>%1</b> — %2<br/><span style='color:#768692'>%3</span>")
                                 .arg(m_file.officeCode().toHtmlEscaped(), m_file.officeName().toHtmlEscaped(),
                                     QDir::toNativeSeparators(m_file.path()).toHtmlEscaped()));
    intro->setWordWrap(true);

    auto *settingsBox = new QGroupBox(tr("Where and how often"));
    auto *form = new QFormLayout(settingsBox);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_chooseFolderButton, 0, Qt::AlignTop);
    form->addRow(tr("Backup folder:"), folderRow);
    auto *scheduleRow = new QHBoxLayout;
    scheduleRow->addWidget(m_schedule);
    scheduleRow->addWidget(m_hours);
    scheduleRow->addStretch(1);
    form->addRow(tr("Schedule:"), scheduleRow);
    auto *keepRow = new QHBoxLayout;
    keepRow->addWidget(m_keep);
    keepRow->addWidget(new QLabel(tr("backups of this office kept in the folder")));
    keepRow->addStretch(1);
    form->addRow(tr("Keep:"), keepRow);
    form->addRow(tr("Last backup:"), m_lastBackup);
    auto *shared = new QLabel(tr("These settings are saved in the office file and shared by every desktop that opens "
                                 "it: between them they take one backup per interval. A folder on a server share "
                                 "(\\\\server\\share) means the same on every PC; a drive letter may not."));
    shared->setWordWrap(true);
    shared->setStyleSheet(u"color:#425563"_s);
    form->addRow(shared);

    auto *nowRow = new QHBoxLayout;
    nowRow->addWidget(m_backupNow, 0, Qt::AlignTop);
    nowRow->addWidget(m_result, 1);

    auto *listBox = new QGroupBox(tr("Backups in the folder"));
    auto *ll = new QVBoxLayout(listBox);
    ll->addWidget(m_listTitle);
    ll->addWidget(m_list, 1);
    auto *restoreRow = new QHBoxLayout;
    auto *restoreNote = new QLabel(tr("Restoring keeps the current file aside, so nothing is lost."));
    restoreNote->setStyleSheet(u"color:#425563"_s);
    restoreRow->addWidget(restoreNote, 1);
    restoreRow->addWidget(m_restore);
    ll->addLayout(restoreRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setObjectName(u"closeButton"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_readOnlyNote);
    layout->addWidget(settingsBox);
    layout->addLayout(nowRow);
    layout->addWidget(listBox, 1);
    layout->addWidget(buttons);

    connect(m_chooseFolderButton, &QPushButton::clicked, this, &BackupDialog::chooseFolder);
    connect(m_schedule, &QCheckBox::toggled, this, [this] {
        m_hours->setEnabled(m_schedule->isChecked() && !m_file.isReadOnly());
        saveFromControls();
    });
    connect(m_hours, &QSpinBox::valueChanged, this, &BackupDialog::saveFromControls);
    connect(m_keep, &QSpinBox::valueChanged, this, &BackupDialog::saveFromControls);
    connect(m_backupNow, &QPushButton::clicked, this, [this] { backUpNow(); });
    connect(m_restore, &QPushButton::clicked, this, &BackupDialog::requestRestore);
    connect(m_list, &QTableWidget::itemSelectionChanged, this, &BackupDialog::updateButtons);
    connect(m_list, &QTableWidget::itemDoubleClicked, this, &BackupDialog::requestRestore);

    load();
    resize(720, 620);
}

void BackupDialog::load()
{
    m_loading = true;
    m_settings = db::loadBackupSettings(m_file);
    m_schedule->setChecked(m_settings.intervalMinutes > 0);
    m_hours->setValue(m_settings.intervalMinutes > 0 ? qMax(1, (m_settings.intervalMinutes + 59) / 60) : 24);
    m_keep->setValue(qMax(0, m_settings.keep));
    m_loading = false;
    const bool readOnly = m_file.isReadOnly();
    m_readOnlyNote->setVisible(readOnly);
    for (QWidget *w : std::initializer_list<QWidget *> { m_chooseFolderButton, m_schedule, m_keep })
        w->setEnabled(!readOnly);
    m_hours->setEnabled(!readOnly && m_schedule->isChecked());
    showSettingsState();
    reloadList();
}

void BackupDialog::showSettingsState()
{
    if (m_settings.folder.isEmpty()) {
        m_folder->setText(tr("<i>Not set.</i> Choose a folder, ideally on another disk or a server share."));
        m_folder->setToolTip({});
    } else {
        const QString shown = QDir::toNativeSeparators(m_settings.folder).toHtmlEscaped();
        m_folder->setText(QFileInfo(m_settings.folder).isDir()
                ? shown
                : u"%1<br/><span style='color:#DA291C'>%2</span>"_s.arg(
                    shown, tr("Cannot be reached from this computer just now.")));
        m_folder->setToolTip(QDir::toNativeSeparators(m_settings.folder));
    }
    const QDateTime last = db::lastBackupTime(m_file);
    m_lastBackup->setText(last.isValid()
            ? tr("%1 (by any desktop)").arg(last.toLocalTime().toString(u"dd/MM/yyyy HH:mm"_s))
            : tr("never"));
    updateButtons();
}

void BackupDialog::updateButtons()
{
    const bool writable = !m_file.isReadOnly();
    m_backupNow->setEnabled(writable);
    m_restore->setEnabled(writable && !selectedBackup().isEmpty());
}

void BackupDialog::chooseFolder()
{
    if (m_file.isReadOnly())
        return;
    const QString start = !m_settings.folder.isEmpty() && QFileInfo(m_settings.folder).isDir()
        ? m_settings.folder
        : (settings::lastFolder().isEmpty() ? QDir::homePath() : settings::lastFolder());
    const QString title = tr("Choose the backup folder");
    const QString folder
        = m_chooseFolder ? m_chooseFolder(title, start) : QFileDialog::getExistingDirectory(this, title, start);
    if (!folder.isEmpty())
        setBackupFolder(folder);
}

bool BackupDialog::setBackupFolder(const QString &folder)
{
    if (m_file.isReadOnly())
        return false;
    db::BackupSettings s = m_settings;
    s.folder = folder.isEmpty() ? QString() : QDir(folder).absolutePath();
    if (!save(s))
        return false;
    reloadList();
    return true;
}

void BackupDialog::saveFromControls()
{
    if (m_loading || m_file.isReadOnly())
        return;
    db::BackupSettings s = m_settings;
    const int minutes = m_hours->value() * 60;
    // Keep a stored interval that is not whole hours (set by the command line) until it is changed here.
    if (!m_schedule->isChecked())
        s.intervalMinutes = 0;
    else if (s.intervalMinutes <= 0 || (s.intervalMinutes + 59) / 60 != m_hours->value())
        s.intervalMinutes = minutes;
    s.keep = m_keep->value();
    if (s.folder == m_settings.folder && s.intervalMinutes == m_settings.intervalMinutes && s.keep == m_settings.keep)
        return;
    save(s);
}

bool BackupDialog::save(const db::BackupSettings &settings)
{
    const Status saved = db::saveBackupSettings(m_file, settings);
    if (!saved) {
        showError(this, tr("Saving the backup settings"), saved.error());
        load();
        return false;
    }
    m_settings = settings;
    showSettingsState();
    return true;
}

void BackupDialog::reloadList()
{
    QStringList files;
    if (!m_settings.folder.isEmpty() && QFileInfo(m_settings.folder).isDir())
        files = db::listBackups(m_settings.folder, m_file.officeCode());
    const QString keep = selectedBackup();
    m_list->setRowCount(int(files.size()));
    qint64 total = 0;
    for (int r = 0; r < files.size(); ++r) {
        const QFileInfo info(files[r]);
        total += info.size();
        auto *name = new QTableWidgetItem(info.fileName());
        name->setData(PathRole, info.absoluteFilePath());
        name->setToolTip(QDir::toNativeSeparators(info.absoluteFilePath()));
        auto *when = new QTableWidgetItem(takenAt(files[r]).toLocalTime().toString(u"dd/MM/yyyy HH:mm"_s));
        auto *size = new QTableWidgetItem(sizeText(info.size()));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_list->setItem(r, CFile, name);
        m_list->setItem(r, CTakenAt, when);
        m_list->setItem(r, CSize, size);
    }
    if (m_settings.folder.isEmpty())
        m_listTitle->setText(tr("Choose a backup folder to see the backups kept there."));
    else if (files.isEmpty())
        m_listTitle->setText(tr("No backups of %1 in this folder yet.").arg(m_file.officeCode()));
    else
        m_listTitle->setText(tr("%1 of %2, newest first — %3 in all")
                                 .arg(files.size() == 1 ? tr("1 backup") : tr("%1 backups").arg(files.size()),
                                     m_file.officeCode(), sizeText(total)));
    if (!selectBackup(keep) && m_list->rowCount() > 0)
        m_list->selectRow(0);
    updateButtons();
}

QStringList BackupDialog::listedBackups() const
{
    QStringList out;
    for (int r = 0; r < m_list->rowCount(); ++r)
        out << m_list->item(r, CFile)->data(PathRole).toString();
    return out;
}

bool BackupDialog::selectBackup(const QString &path)
{
    if (path.isEmpty())
        return false;
    const QString wanted = QFileInfo(path).absoluteFilePath();
    for (int r = 0; r < m_list->rowCount(); ++r) {
        if (m_list->item(r, CFile)->data(PathRole).toString() == wanted) {
            m_list->selectRow(r);
            return true;
        }
    }
    return false;
}

QString BackupDialog::selectedBackup() const
{
    const QList<QTableWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return {};
    const QTableWidgetItem *name = m_list->item(selected.first()->row(), CFile);
    return name ? name->data(PathRole).toString() : QString();
}

bool BackupDialog::backUpNow()
{
    if (m_file.isReadOnly())
        return false;
    if (m_settings.folder.isEmpty()) {
        chooseFolder();
        if (m_settings.folder.isEmpty())
            return false;
    }
    Result<db::BackupOutcome> done = [&] {
        BusyCursor busy;
        return db::backupToFolder(m_file, m_settings.folder, m_settings.keep, u"on-demand"_s);
    }();
    if (!done) {
        showResult(
            u"<b>%1</b> %2"_s.arg(tr("The backup did not work."), done.error().describe().toHtmlEscaped()), false);
        showError(this, tr("Backing up"), done.error());
        return false;
    }
    // backupToFolder has checked the copy; say what it is.
    const Result<db::BackupFacts> facts = db::verifyBackup(done->path);
    QString text = tr("<b>Backed up and verified:</b> %1 (%2).")
                       .arg(QFileInfo(done->path).fileName().toHtmlEscaped(), sizeText(done->bytes));
    if (!facts)
        text = tr("<b>Backed up</b> to %1, but checking it again failed: %2")
                   .arg(QFileInfo(done->path).fileName().toHtmlEscaped(), facts.error().describe().toHtmlEscaped());
    if (!done->removed.isEmpty())
        text += u" "_s
            + (done->removed.size() == 1 ? tr("1 older backup removed.")
                                         : tr("%1 older backups removed.").arg(done->removed.size()));
    showResult(text, facts.ok());
    showSettingsState();
    reloadList();
    selectBackup(done->path);
    return facts.ok();
}

void BackupDialog::requestRestore()
{
    const QString path = selectedBackup();
    if (path.isEmpty() || m_file.isReadOnly())
        return;
    const QString when = takenAt(path).toLocalTime().toString(u"dd/MM/yyyy HH:mm"_s);
    QMessageBox box(QMessageBox::Question, tr("Restore from backup"),
        tr("Restore %1 from the backup taken at %2?").arg(m_file.officeCode(), when), QMessageBox::NoButton, this);
    box.setObjectName(u"restoreConfirm"_s);
    box.setInformativeText(
        tr("Hubcase will close the office file, keep the current file aside as \"%1.before-restore-…\" "
           "(nothing is deleted), put the backup's content in its place and open it again.\n\n"
           "Changes made after %2 will not be in the restored file. Anyone else with the file open must close it "
           "first.")
            .arg(QFileInfo(m_file.path()).fileName(), when));
    QPushButton *restore = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
    restore->setObjectName(u"confirmRestoreButton"_s);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    cancel->setObjectName(u"cancelRestoreButton"_s);
    box.setDefaultButton(cancel);
    box.exec();
    if (box.clickedButton() != restore)
        return;
    emit restoreRequested(path);
    accept();
}

QString BackupDialog::lastResult() const
{
    return m_lastResult;
}

void BackupDialog::showResult(const QString &html, bool ok)
{
    m_lastResult = QTextDocumentFragment::fromHtml(html).toPlainText();
    m_result->setText(html);
    m_result->setStyleSheet(ok
            ? u"QLabel{background:#E8F4EC;border:1px solid #007F3B;border-radius:4px;padding:6px;}"_s
            : u"QLabel{background:#FDECEA;border:1px solid #DA291C;border-radius:4px;padding:6px;}"_s);
    m_result->show();
}

} // namespace hub::ui
