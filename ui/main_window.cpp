// Main window: navigation, menus, status bar, office file switching.
#include "ui/main_window.h"

#include "database/backup/backup_folder.h"
#include "database/backup/backup_scheduler.h"
#include "database/office_file.h"
#include "database/sync/sync_service.h"
#include "ui/app_settings.h"
#include "ui/backup/back_up_now.h"
#include "ui/backup/backup_dialog.h"
#include "ui/calendar_letters/admin_page.h"
#include "ui/cases/case_list_view.h"
#include "ui/cases/cases_page.h"
#include "ui/cases/my_work_page.h"
#include "ui/cases/query_log_dialog.h"
#include "ui/ccgs/ccg_page.h"
#include "ui/dialogs/about_dialog.h"
#include "ui/dialogs/error_message.h"
#include "ui/functions/functions_page.h"
#include "ui/register/register_page.h"
#include "ui/session/damaged_file_banner.h"
#include "ui/session/damaged_file_recovery.h"
#include "ui/session/office_session.h"
#include "ui/session/officer_question.h"
#include "ui/spec/spec_page.h"
#include "ui/sync/sync_page.h"
#include "ui/ui_resources.h"
#include "ui/widgets/busy_cursor.h"
#include "ui/widgets/elided_label.h"
#include "ui/widgets/screen_fit.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hub::ui
{

using namespace Qt::StringLiterals;

namespace
{

struct NavEntry {
    const char *label;
    const char *icon;
};

const NavEntry kPages[] = { { "My work", "mywork" }, { "Cases", "cases" }, { "MoU register", "register" },
    { "CCGs & practices", "ccgs" }, { "Functions & responsibilities", "functions" },
    { "CCG specifications", "specification" }, { "Calendar & letters", "calendar" }, { "Office sync", "sync" } };
const NavEntry kLater[]
    = { { "Finance", "finance" }, { "Dashboard", "dashboard" }, { "Committee packs", "committee" } };

QString modeText(const db::OfficeFile &file)
{
    const QString name = file.modeName();
    return name.isEmpty() ? name : name.at(0).toUpper() + name.mid(1);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undoGroup(new QUndoGroup(this))
{
    initResources();
    setObjectName(u"mainWindow"_s);
    setWindowIcon(icon(u"hubcase"_s));

    m_myWork = new MyWorkPage;
    m_cases = new CasesPage;
    m_register = new RegisterPage;
    m_ccgs = new CcgPage;
    m_functions = new FunctionsPage;
    m_spec = new SpecPage;
    m_admin = new AdminPage;
    m_sync = new SyncPage;

    m_pages = new QStackedWidget;
    m_pages->setObjectName(u"pages"_s);
    for (Page *p : { static_cast<Page *>(m_myWork), static_cast<Page *>(m_cases), static_cast<Page *>(m_register),
             static_cast<Page *>(m_ccgs), static_cast<Page *>(m_functions), static_cast<Page *>(m_spec),
             static_cast<Page *>(m_admin), static_cast<Page *>(m_sync) })
        addPage(p);
    for (int i = 0; i < PageCount; ++i)
        page(static_cast<PageId>(i))->setWindowTitle(pageNames().at(i)); // lists print under the page's name

    m_banner = new QLabel(tr("This office file is read-only: you can look but not change anything."));
    m_banner->setObjectName(u"readOnlyBanner"_s);
    m_banner->setStyleSheet(u"QLabel { background:#FFEB3B; color:#212B32; padding:8px 12px; font-weight:600; "
                            "border-bottom:1px solid #C8B400; }"_s);
    m_banner->hide();
    m_damageBanner = new DamagedFileBanner;
    connect(m_damageBanner, &DamagedFileBanner::restoreRequested, this, &MainWindow::restoreDamagedFile);

    connect(m_myWork, &MyWorkPage::openCase, this, &MainWindow::openCase);
    connect(m_ccgs, &CcgPage::queryLogRequested, this, &MainWindow::showQueryLog);
    connect(m_cases, &CasesPage::queryLogRequested, this, &MainWindow::showQueryLog);
    connect(m_myWork->checklist(), &FirstRunChecklist::stepRequested, this, &MainWindow::doSetupStep);

    buildNavigation();
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    rightLayout->addWidget(m_damageBanner);
    rightLayout->addWidget(m_banner);
    rightLayout->addWidget(m_pages, 1);

    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    layout->addWidget(right, 1);
    setCentralWidget(central);

    buildMenus();
    buildStatusBar();
    showPage(MyWorkPageId);
    fitToScreen();
    // A remembered place counts only while it is still on a screen (a laptop off its dock).
    if (restoreGeometry(settings::value(QString::fromLatin1(settings::kWindowGeometry)))) {
        const QScreen *on = QGuiApplication::screenAt(geometry().center());
        if (!on || !on->availableGeometry().contains(frameGeometry().adjusted(8, 8, -8, -8)))
            fitToScreen();
    }
    restoreState(settings::value(QString::fromLatin1(settings::kWindowState)));
    const int last = settings::text(QString::fromLatin1(settings::kLastPage)).toInt();
    showPage(static_cast<PageId>(qBound(0, last, PageCount - 1)));
    updateForFile();
}

MainWindow::~MainWindow()
{
    // Pages hold a pointer to the file: let them go first, then this desktop's presence.
    disconnect(m_focusWatch); // focus moves as the pages go
    delete m_queryLog.data();
    delete centralWidget();
    m_pages = nullptr;
    m_session.reset();
}

QStringList MainWindow::pageNames()
{
    QStringList out;
    for (const NavEntry &e : kPages)
        out << QString::fromUtf8(e.label);
    return out;
}

QString MainWindow::pageIconName(int page)
{
    return QString::fromLatin1(kPages[page].icon);
}

void MainWindow::addPage(Page *page)
{
    m_pages->addWidget(page);
    m_undoGroup->addStack(page->undoStack());
    connect(page, &Page::printableChanged, this, &MainWindow::updatePrintActions);
    connect(page, &Page::openFileRequested, this, [this] { chooseAndOpen(false); });
    connect(page, &Page::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
}

void MainWindow::buildNavigation()
{
    m_nav = new QListWidget;
    m_nav->setObjectName(u"navigation"_s);
    m_nav->setIconSize(QSize(24, 24));
    m_nav->setFixedWidth(210);
    m_nav->setSpacing(1);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setStyleSheet(
        u"QListWidget#navigation { background:#F0F4F5; border-right:1px solid #D8DDE0; padding-top:8px; }"
        "QListWidget#navigation::item { padding:7px 6px; }"
        "QListWidget#navigation::item:selected { background:#005EB8; color:white; }"_s);
    for (const NavEntry &e : kPages)
        new QListWidgetItem(icon(QString::fromLatin1(e.icon)), tr(e.label), m_nav);
    auto *later = new QListWidgetItem(tr("Coming later"), m_nav);
    later->setFlags(Qt::NoItemFlags);
    QFont small = later->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    small.setBold(true);
    later->setFont(small);
    later->setForeground(QColor(0x76, 0x86, 0x92));
    for (const NavEntry &e : kLater) {
        auto *item = new QListWidgetItem(icon(QString::fromLatin1(e.icon)), tr(e.label), m_nav);
        item->setFlags(Qt::NoItemFlags);
        item->setToolTip(tr("Coming in a later release"));
    }
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= PageCount)
            return;
        m_pages->setCurrentIndex(row);
        page(static_cast<PageId>(row))->reloadIfStale();
        m_undoGroup->setActiveStack(page(static_cast<PageId>(row))->undoStack());
        updatePrintActions();
    });
}

bool MainWindow::openFile(const QString &path, bool readOnly)
{
    Result<std::unique_ptr<db::OfficeFile>> opened = db::OfficeFile::open(path, readOnly);
    if (!opened && opened.error().code == ErrorCode::Corrupt) {
        const std::optional<db::RestoreOutcome> restored = offerRestoreFromBackup(this, path, opened.error());
        if (!restored)
            return false;
        opened = db::OfficeFile::open(path, readOnly);
        if (opened)
            statusBar()->showMessage(
                tr("Restored from %1; the damaged file was kept as %2")
                    .arg(QFileInfo(restored->restoredFrom).fileName(), QFileInfo(restored->keptAside).fileName()));
    }
    if (!opened) {
        showError(this, tr("Opening %1").arg(QFileInfo(path).fileName()), opened.error());
        return false;
    }
    setOfficeFile(std::move(opened).value());
    if (m_askOfficer && askWhichOfficer(this, *m_file)) {
        // Pages showing "Me" and the status bar follow the person now named.
        for (int i = 0; i < PageCount; ++i)
            page(static_cast<PageId>(i))->setOfficeFile(m_file.get());
        updateUserLabel();
        statusBar()->showMessage(tr("Hubcase knows you as %1 in this office file").arg(m_file->user()), 8000);
    }
    if (m_remember) {
        settings::setLastFile(path);
        const QString backups = db::loadBackupSettings(*m_file).folder;
        if (!backups.isEmpty())
            settings::setBackupFolderFor(path, backups);
    }
    if (!m_file->isReadOnly() && !db::SyncService(*m_file).exchangeFolder().isEmpty())
        QTimer::singleShot(0, this, [this] { syncWithExchangeFolder(true); });
    if (!m_file->migrationBackup().isEmpty())
        statusBar()->showMessage(
            tr("The office file was upgraded; a backup was kept at %1").arg(m_file->migrationBackup()));
    return true;
}

void MainWindow::setOfficeFile(std::unique_ptr<db::OfficeFile> file)
{
    // Pages and the query log drop their pointer to the old file before it closes.
    delete m_queryLog.data();
    for (int i = 0; i < PageCount; ++i)
        page(static_cast<PageId>(i))->setOfficeFile(nullptr);
    m_session.reset();
    m_file = std::move(file);
    for (int i = 0; i < PageCount; ++i)
        page(static_cast<PageId>(i))->setOfficeFile(m_file.get());
    startSession();
    updateForFile();
}

void MainWindow::updateForFile()
{
    const bool has = m_file != nullptr;
    if (has)
        setWindowTitle(u"Hubcase — %1 (%2)"_s.arg(m_file->officeName(), QFileInfo(m_file->path()).fileName()));
    else
        setWindowTitle(u"Hubcase"_s);
    m_banner->setVisible(has && m_file->isReadOnly() && !m_file->isDamaged());
    m_damageBanner->showFor(m_file.get());
    m_pathLabel->setFullText(
        has ? QDir::toNativeSeparators(QFileInfo(m_file->path()).absoluteFilePath()) : tr("No office file open"));
    m_modeLabel->setText(has ? modeText(*m_file) : QString());
    m_modeLabel->setVisible(has);
    m_modeLabel->setStyleSheet(
        has && m_file->isReadOnly() ? u"QLabel { color:#8A5300; font-weight:600; }"_s : QString());
    updateUserLabel();
    m_importAction->setEnabled(has && !m_file->isReadOnly());
    m_newCaseAction->setEnabled(has && !m_file->isReadOnly());
    m_backupNowAction->setEnabled(has);
    m_backupsAction->setEnabled(has);
    m_queryLogAction->setEnabled(has);
    m_syncAction->setEnabled(has && !m_file->isReadOnly());
    m_refreshAction->setEnabled(has);
    showOthers();
    updatePrintActions();
}

void MainWindow::updateUserLabel()
{
    const bool has = m_file != nullptr;
    m_userLabel->setText(has ? tr("User: %1").arg(m_file->user()) : QString());
    m_userLabel->setToolTip(!has ? QString()
            : m_file->isLinkedToOfficer()
            ? tr("The account %1 on this computer, linked to the officer %2").arg(m_file->account(), m_file->user())
            : tr("The account %1 on this computer (not linked to an officer of this file)").arg(m_file->account()));
    m_userLabel->setVisible(has);
}

void MainWindow::updatePrintActions()
{
    if (!m_printAction || !m_findAction || !m_pages)
        return; // still building the window
    Page *shown = page(currentPage());
    const bool can = m_file && shown->canPrint();
    const QString what = can ? shown->printWhat() : QString();
    // "Print list…", "Print case summary…": the menu says what Ctrl+P prints.
    m_printAction->setText(what.isEmpty() ? tr("&Print…") : tr("&Print %1…").arg(what));
    m_previewAction->setText(what.isEmpty() ? tr("Print pre&view…") : tr("Print pre&view of the %1…").arg(what));
    m_exportAction->setText(what.isEmpty() ? tr("&Export PDF…") : tr("&Export the %1 as PDF…").arg(what));
    m_printAction->setEnabled(can);
    m_previewAction->setEnabled(can);
    m_exportAction->setEnabled(can);
    const bool list = m_file && shown->currentList();
    m_exportXlsxAction->setEnabled(list);
    m_exportCsvAction->setEnabled(list);
    m_findAction->setEnabled(m_file && shown->searchField());
}

void MainWindow::chooseAndOpen(bool readOnly)
{
    const QString folder = settings::lastFolder().isEmpty() ? QDir::homePath() : settings::lastFolder();
    const QString path
        = QFileDialog::getOpenFileName(this, readOnly ? tr("Open office file read-only") : tr("Open office file"),
            folder, tr("Hubcase office files (*.hubcase);;All files (*)"));
    if (!path.isEmpty())
        openFile(path, readOnly);
}

void MainWindow::showPage(PageId id)
{
    m_nav->setCurrentRow(int(id));
}

MainWindow::PageId MainWindow::currentPage() const
{
    return static_cast<PageId>(qBound(0, m_pages->currentIndex(), PageCount - 1));
}

Page *MainWindow::page(PageId id) const
{
    return qobject_cast<Page *>(m_pages->widget(int(id)));
}

void MainWindow::setConflictResolver(const ConflictResolver &resolver)
{
    for (int i = 0; i < PageCount; ++i)
        page(static_cast<PageId>(i))->setConflictResolver(resolver);
}

void MainWindow::setRemembersState(bool remember)
{
    m_remember = remember;
}

void MainWindow::reloadCurrentPage()
{
    if (!m_file)
        return;
    page(currentPage())->reload();
    statusBar()->showMessage(tr("%1: refreshed from the office file").arg(pageNames().at(currentPage())), 3000);
}

void MainWindow::fitToScreen()
{
    const QScreen *on = screen() ? screen() : QGuiApplication::primaryScreen();
    const QRect place = fittedGeometry(on ? on->availableGeometry() : QRect(0, 0, 1280, 720), QSize(1400, 900));
    resize(place.size());
    move(framePosition(place));
}

void MainWindow::reloadAll()
{
    for (int i = 0; i < PageCount; ++i)
        page(static_cast<PageId>(i))->reload();
    statusBar()->showMessage(tr("Refreshed from the office file"), 3000);
}

void MainWindow::openCase(const QString &ref)
{
    showPage(CasesPageId);
    m_cases->openCase(ref);
}

QString MainWindow::currentCcg() const
{
    switch (currentPage()) {
    case CcgPageId:
        return m_ccgs->currentCcg();
    case CasesPageId:
        return m_cases->list()->shownCcg();
    default:
        return {};
    }
}

QueryLogDialog *MainWindow::queryLogDialog() const
{
    return m_queryLog.data();
}

QueryLogDialog *MainWindow::showQueryLog(const QString &ccgCode)
{
    if (!m_file)
        return nullptr;
    if (!m_queryLog) {
        m_queryLog = new QueryLogDialog(*m_file, this);
        m_queryLog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_queryLog, &QueryLogDialog::caseOpenRequested, this, &MainWindow::openCase);
        connect(m_queryLog, &QueryLogDialog::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
        // Most of the main window, inside it: the table keeps its columns readable.
        m_queryLog->resize(std::min(width() - 40, 1300), std::min(height() - 40, 820));
        m_queryLog->move(geometry().center() - m_queryLog->rect().center());
        m_queryLog->showLog(ccgCode);
    } else if (!ccgCode.isEmpty() && ccgCode != m_queryLog->ccgCode()) {
        m_queryLog->showLog(ccgCode, m_queryLog->year(), m_queryLog->month());
    }
    m_queryLog->show();
    m_queryLog->raise();
    m_queryLog->activateWindow();
    return m_queryLog;
}

void MainWindow::startSession()
{
    if (!m_file)
        return;
    m_session = std::make_unique<OfficeSession>(*m_file);
    connect(m_session.get(), &OfficeSession::contentChanged, this, &MainWindow::refreshFromOtherDesktops);
    connect(m_session.get(), &OfficeSession::othersChanged, this, &MainWindow::showOthers);
    connect(m_session.get(), &OfficeSession::backedUp, this, [this](const QString &path) {
        statusBar()->showMessage(
            tr("Scheduled backup taken and verified: %1").arg(QDir::toNativeSeparators(path)), 8000);
    });
    connect(m_session.get(), &OfficeSession::backupFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("The scheduled backup did not work: %1").arg(message));
        updateForFile(); // the backup may have found the file itself damaged
    });
    m_session->start();
}

void MainWindow::showOthers()
{
    if (!m_presenceLabel)
        return;
    const QVector<db::PresenceEntry> others = m_session ? m_session->others() : QVector<db::PresenceEntry> {};
    m_presenceLabel->setVisible(m_file != nullptr);
    if (others.isEmpty()) {
        m_presenceLabel->setText(tr("No one else has this file open"));
        m_presenceLabel->setToolTip(QString());
        m_presenceLabel->setStyleSheet(QString());
        return;
    }
    QStringList names;
    QStringList lines;
    for (const db::PresenceEntry &e : others) {
        if (!names.contains(e.user))
            names << e.user;
        lines << describePresence(e);
    }
    m_presenceLabel->setText(others.size() == 1
            ? tr("Also open by %1").arg(names.join(u", "_s))
            : tr("Also open by %1 (%2 desktops)").arg(names.join(u", "_s)).arg(others.size()));
    m_presenceLabel->setToolTip(tr("Others with this office file open:\n%1").arg(lines.join(QLatin1Char('\n'))));
    m_presenceLabel->setStyleSheet(u"QLabel { color:#005EB8; font-weight:600; }"_s);
}

void MainWindow::refreshFromOtherDesktops()
{
    // The pages showing the changed tables update themselves from the change
    // events (db::ChangeNotifier); this only says why the screen moved.
    statusBar()->showMessage(tr("Updated with changes saved on another desktop"), 5000);
}

void MainWindow::doSetupStep(FirstRunChecklist::Step step, const QString &ccgCode)
{
    switch (step) {
    case FirstRunChecklist::Ccgs:
        showPage(CcgPageId);
        break;
    case FirstRunChecklist::Leads:
        showPage(CcgPageId);
        m_ccgs->selectCcg(ccgCode);
        m_ccgs->editCcg();
        break;
    case FirstRunChecklist::Practices:
        showPage(CcgPageId);
        m_ccgs->importPractices();
        break;
    case FirstRunChecklist::BackupFolder:
    case FirstRunChecklist::StepCount:
        showBackups();
        break;
    }
    m_myWork->checklist()->refresh();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QString problem;
    if (!exportToExchangeFolder(&problem))
        QMessageBox::warning(this, tr("Changes not sent"),
            tr("Your changes could not be written to the exchange folder:\n%1\n\n"
               "Nothing is lost: they wait in this office file and go with the next sync.")
                .arg(problem));
    if (m_remember) {
        settings::setValue(QString::fromLatin1(settings::kWindowGeometry), saveGeometry());
        settings::setValue(QString::fromLatin1(settings::kWindowState), saveState());
        settings::setText(QString::fromLatin1(settings::kLastPage), QString::number(int(currentPage())));
    }
    event->accept();
}

} // namespace hub::ui
