#pragma once
// "Office sync": where this office stands with the others, in plain words
// (exchange folder, changes waiting to go, identifiers under Details), Sync
// now / Export / Import, the other offices heard from, and the conflicts its
// imports met, compared side by side and resolved with "Keep ours" / "Take
// theirs" (docs/sync.md).

#include "ui/page.h"

#include <QStringList>
#include <functional>
#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace hub::ui
{

class ConflictDiffModel;
class ConflictTableModel;
class SyncStatusPanel;

class SyncPage : public Page
{
    Q_OBJECT
public:
    // Asks for a folder (title, where to start); empty when cancelled.
    using FolderChooser = std::function<QString(const QString &title, const QString &start)>;
    // Asks for one or more .hubsync files; empty when cancelled.
    using BundleChooser = std::function<QStringList(const QString &title, const QString &start)>;

    explicit SyncPage(QWidget *parent = nullptr);

    void reload() override;

    // Imports new bundles from the exchange folder, then exports this office's
    // changes there. True on success (refused bundles are reported, not failures).
    bool syncNow();
    // Imports each bundle; each refused one is reported with its reason.
    // True when none was refused.
    bool importBundles(const QStringList &paths);
    // Writes the changes waiting to be exported as one bundle in `folder`.
    bool exportTo(const QString &folder);
    // Sets (or clears, with "") the exchange folder of this office file.
    bool setExchangeFolder(const QString &folder);

    // Resolves the selected conflict; true when written.
    bool keepLocal();
    bool takeTheirs();
    // Selects the conflict with this id in the table (false when not listed).
    bool selectConflict(std::int64_t id);
    std::int64_t currentConflictId() const;

    // The folder and file pickers (default: QFileDialog); tests answer without a dialog.
    void setFolderChooser(FolderChooser chooser) { m_chooseFolder = std::move(chooser); }
    void setBundleChooser(BundleChooser chooser) { m_chooseBundles = std::move(chooser); }

    // The last result shown in the page's message area.
    QString lastResult() const;

protected:
    void officeFileChanged() override;

private:
    void chooseExchangeFolder();
    void chooseExportFolder();
    void chooseBundles();
    void reloadStatus();
    void reloadConflicts();
    void showSelectedConflict();
    bool resolveSelected(bool keepLocal);
    void showResult(const QString &html, bool warning);
    void updateButtons();
    QString startFolder() const;

    SyncStatusPanel *m_status;
    QPushButton *m_syncNow;
    QPushButton *m_export;
    QPushButton *m_import;
    QLabel *m_result;
    QCheckBox *m_showAll;
    QLabel *m_conflictTitle;
    ConflictTableModel *m_conflictModel;
    QTableView *m_conflicts;
    QStackedWidget *m_conflictStack;
    QLabel *m_conflictsEmpty;
    QLabel *m_conflictHeadline;
    QLabel *m_conflictExplain;
    ConflictDiffModel *m_diffModel;
    QTableView *m_detail;
    QPushButton *m_keepLocal;
    QPushButton *m_takeTheirs;
    QString m_exchangeFolder;
    bool m_heardFromOthers = false;
    std::int64_t m_shownConflict = 0;
    FolderChooser m_chooseFolder;
    BundleChooser m_chooseBundles;
    QString m_lastResult;
};

} // namespace hub::ui
