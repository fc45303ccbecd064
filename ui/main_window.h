#pragma once
// The main window: navigation on the left, one page per area on the right,
// the menus (File, Edit, View, Help), and a status bar naming the open office
// file, how it is held (Local / Network share / Read-only) and the user.

#include "ui/dialogs/conflict_dialog.h"
#include "ui/widgets/first_run_checklist.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;
class QUndoGroup;

namespace hub::db
{
class OfficeFile;
}

namespace hub::ui
{

class AdminPage;
class CasesPage;
class CcgPage;
class MyWorkPage;
class ElidedLabel;
class FunctionsPage;
class Page;
class RegisterPage;
class SpecPage;
class SyncPage;
class OfficeSession;
class QueryLogDialog;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum PageId {
        MyWorkPageId,
        CasesPageId,
        RegisterPageId,
        CcgPageId,
        FunctionsPageId,
        SpecPageId,
        AdminPageId,
        SyncPageId,
        PageCount
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens an office file, replacing the current one; errors are shown. True when opened.
    bool openFile(const QString &path, bool readOnly = false);
    void setOfficeFile(std::unique_ptr<db::OfficeFile> file);
    db::OfficeFile *officeFile() const { return m_file.get(); }

    void showPage(PageId page);
    PageId currentPage() const;
    Page *page(PageId page) const;
    MyWorkPage *myWorkPage() const { return m_myWork; }
    CasesPage *casesPage() const { return m_cases; }
    RegisterPage *registerPage() const { return m_register; }
    CcgPage *ccgPage() const { return m_ccgs; }
    FunctionsPage *functionsPage() const { return m_functions; }
    SpecPage *specPage() const { return m_spec; }
    AdminPage *adminPage() const { return m_admin; }
    SyncPage *syncPage() const { return m_sync; }
    // Navigation labels, in PageId order ("MoU register", ...).
    static QStringList pageNames();
    // The icon resource name of each page, in PageId order.
    static QString pageIconName(int page);

    // Who settles write conflicts on every page (default: the conflict dialog).
    void setConflictResolver(const ConflictResolver &resolver);
    // Off: geometry, the last page and the last file are not saved (screenshots, tests).
    void setRemembersState(bool remember);
    // On (the desktop app): opening a file asks "Which officer are you?" when
    // this account has no link in it yet. Off by default, for tests and screenshots.
    void setAsksWhichOfficer(bool ask) { m_askOfficer = ask; }
    // Sizes the window to fit the screen it is on (the available geometry,
    // at most 1400 x 900), centred there.
    void fitToScreen();

    void reloadAll();
    // F5: re-reads the page on show.
    void reloadCurrentPage();
    // Shows a case in the Cases page's editor.
    void openCase(const QString &ref);
    // The monthly query log of `ccgCode` (empty: the one last shown, else the
    // first CCG), non-modal; one at a time, closed before the file is.
    QueryLogDialog *showQueryLog(const QString &ccgCode);
    QueryLogDialog *queryLogDialog() const;
    // The CCG the page on show is about (the CCG page's selection, the case list's CCG); empty: none.
    QString currentCcg() const;
    // File › Backups…: settings, the list of backups, restore.
    void showBackups();
    // A step of My work's first-run checklist: the page or dialog where it is done.
    void doSetupStep(FirstRunChecklist::Step step, const QString &ccgCode);

    // Presence, change watching and backups of the open file (null without one).
    OfficeSession *session() const { return m_session.get(); }
    // Another desktop changed shared content: every page re-reads, keeping what it can.
    void refreshFromOtherDesktops();
    // Closes the file, restores it from `backupPath` (current file kept aside) and reopens it.
    bool restoreFromBackup(const QString &backupPath);
    // Imports new bundles from the exchange folder and exports this office's
    // changes; quiet: problems go to the status bar, not a dialog. False on failure.
    bool syncWithExchangeFolder(bool quiet);
    // Writes this office's pending changes to the exchange folder, if one is set.
    bool exportToExchangeFolder(QString *problem = nullptr);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildNavigation();
    void buildMenus();
    void buildStatusBar();
    void addPage(Page *page);
    void updateForFile();
    void updatePrintActions();
    void updateUserLabel();
    void chooseAndOpen(bool readOnly);
    void startSession();
    void showOthers();
    void restoreDamagedFile();

    std::unique_ptr<db::OfficeFile> m_file;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_banner = nullptr;
    class DamagedFileBanner *m_damageBanner = nullptr;
    MyWorkPage *m_myWork = nullptr;
    CasesPage *m_cases = nullptr;
    RegisterPage *m_register = nullptr;
    CcgPage *m_ccgs = nullptr;
    FunctionsPage *m_functions = nullptr;
    SpecPage *m_spec = nullptr;
    AdminPage *m_admin = nullptr;
    SyncPage *m_sync = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_newCaseAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_previewAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_exportXlsxAction = nullptr;
    QAction *m_exportCsvAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_refreshAction = nullptr;
    ElidedLabel *m_pathLabel = nullptr;
    QLabel *m_modeLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_presenceLabel = nullptr;
    QAction *m_backupNowAction = nullptr;
    QAction *m_backupsAction = nullptr;
    QAction *m_syncAction = nullptr;
    QAction *m_queryLogAction = nullptr;
    QPointer<QueryLogDialog> m_queryLog;
    // Declared after m_file: destroyed first, so its presence row is removed while the file is open.
    std::unique_ptr<OfficeSession> m_session;
    bool m_remember = true;
    bool m_askOfficer = false;
    QMetaObject::Connection m_focusWatch;
};

} // namespace hub::ui
