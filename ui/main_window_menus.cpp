// Main window: the menu bar (File, Edit, View, Help) and the status bar.
#include "ui/main_window.h"

#include "database/office_file.h"
#include "ui/app_settings.h"
#include "ui/backup/back_up_now.h"
#include "ui/cases/cases_page.h"
#include "ui/ccgs/ccg_page.h"
#include "ui/dialogs/about_dialog.h"
#include "ui/session/office_session.h"
#include "ui/ui_resources.h"
#include "ui/widgets/elided_label.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QUndoGroup>

namespace hub::ui
{

using namespace Qt::StringLiterals;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(icon(u"open"_s), tr("&Open office file…"), this, [this] { chooseAndOpen(false); });
    open->setObjectName(u"openAction"_s);
    open->setShortcut(QKeySequence::Open);
    QAction *newCase = file->addAction(icon(u"cases"_s), tr("&New case…"), this, [this] {
        showPage(CasesPageId);
        m_cases->newCase();
    });
    newCase->setObjectName(u"newCaseAction"_s);
    newCase->setShortcut(QKeySequence::New);
    m_newCaseAction = newCase;
    QAction *openRo = file->addAction(tr("Open &read-only…"), this, [this] { chooseAndOpen(true); });
    openRo->setObjectName(u"openReadOnlyAction"_s);
    file->addSeparator();
    m_importAction = file->addAction(tr("&Import practices…"), this, [this] {
        showPage(CcgPageId);
        m_ccgs->importPractices();
    });
    m_importAction->setObjectName(u"importPracticesAction"_s);
    file->addSeparator();
    m_syncAction = file->addAction(
        icon(u"sync"_s), tr("S&ync with the exchange folder"), this, [this] { syncWithExchangeFolder(false); });
    m_syncAction->setObjectName(u"syncNowAction"_s);
    m_backupNowAction = file->addAction(tr("&Back up now"), this, [this] {
        if (!m_session)
            return;
        const BackUpNowOutcome done = backUpNow(this, *m_file, *m_session->backupScheduler());
        statusBar()->showMessage(done.statusMessage, 8000);
        if (m_remember && !done.folderChosen.isEmpty())
            settings::setBackupFolderFor(m_file->path(), done.folderChosen);
    });
    m_backupNowAction->setObjectName(u"backupNowAction"_s);
    m_backupsAction = file->addAction(tr("Bac&kups…"), this, &MainWindow::showBackups);
    m_backupsAction->setObjectName(u"backupsAction"_s);
    file->addSeparator();
    m_queryLogAction = file->addAction(tr("Query &log…"), this, [this] { showQueryLog(currentCcg()); });
    m_queryLogAction->setObjectName(u"queryLogAction"_s);
    m_queryLogAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_queryLogAction->setToolTip(tr("The monthly summary log of queries per CCG (MoU activity XII.20)"));
    file->addSeparator();
    m_printAction = file->addAction(tr("&Print…"), this, [this] { page(currentPage())->print(); });
    m_printAction->setObjectName(u"printAction"_s);
    m_printAction->setShortcut(QKeySequence::Print);
    m_previewAction = file->addAction(tr("Print pre&view…"), this, [this] { page(currentPage())->printPreview(); });
    m_previewAction->setObjectName(u"printPreviewAction"_s);
    m_exportAction = file->addAction(tr("&Export PDF…"), this, [this] { page(currentPage())->exportPdf(); });
    m_exportAction->setObjectName(u"exportPdfAction"_s);
    m_exportXlsxAction = file->addAction(
        tr("Export the list to E&xcel (XLSX)…"), this, [this] { page(currentPage())->exportList(ListFormat::Xlsx); });
    m_exportXlsxAction->setObjectName(u"exportListXlsxAction"_s);
    m_exportCsvAction = file->addAction(
        tr("Export the list to &CSV…"), this, [this] { page(currentPage())->exportList(ListFormat::Csv); });
    m_exportCsvAction->setObjectName(u"exportListCsvAction"_s);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(u"quitAction"_s);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(u"undoAction"_s);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(u"redoAction"_s);
    redo->setShortcuts({ QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) });
    edit->addAction(undo);
    edit->addAction(redo);

    edit->addSeparator();
    m_findAction = edit->addAction(tr("&Find…"), this, [this] { page(currentPage())->focusSearch(); });
    m_findAction->setObjectName(u"findAction"_s);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setToolTip(tr("Go to the page's search box"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_refreshAction = view->addAction(tr("&Refresh this page"), this, &MainWindow::reloadCurrentPage);
    m_refreshAction->setObjectName(u"refreshAction"_s);
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    view->addSeparator();
    const QStringList names = pageNames();
    for (int i = 0; i < PageCount; ++i) {
        // "CCGs & practices" would show "CCGs _practices": a lone & marks a mnemonic.
        QString label = names.at(i);
        label.replace(QLatin1Char('&'), u"&&"_s);
        QAction *go
            = view->addAction(icon(pageIconName(i)), label, this, [this, i] { showPage(static_cast<PageId>(i)); });
        go->setObjectName(u"showPage%1Action"_s.arg(i));
        go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Hubcase"), this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::buildStatusBar()
{
    m_pathLabel = new ElidedLabel;
    m_pathLabel->setObjectName(u"statusPath"_s);
    m_pathLabel->setMinimumWidth(200);
    m_pathLabel->setMaximumWidth(520);
    m_modeLabel = new QLabel;
    m_modeLabel->setObjectName(u"statusMode"_s);
    m_userLabel = new QLabel;
    m_userLabel->setObjectName(u"statusUser"_s);
    m_modeLabel->setContentsMargins(10, 0, 10, 0);
    m_userLabel->setContentsMargins(0, 0, 6, 0);
    m_presenceLabel = new QLabel;
    m_presenceLabel->setObjectName(u"statusPresence"_s);
    m_presenceLabel->setContentsMargins(10, 0, 10, 0);
    statusBar()->addPermanentWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_presenceLabel);
    statusBar()->addPermanentWidget(m_modeLabel);
    statusBar()->addPermanentWidget(m_userLabel);
    // File › Print names what it prints, which follows the focus (a list, or the page's document).
    m_focusWatch = connect(qApp, &QApplication::focusChanged, this, [this] { updatePrintActions(); });
}

} // namespace hub::ui
