#pragma once
// Base of the main window's pages: the open office file, the page's own undo
// stack, the conflict resolver, and the optional print hooks.

#include "ui/dialogs/conflict_dialog.h"
#include "ui/list_actions.h"
#include "ui/print_output.h"
#include "ui/session/write_with_retry.h"
#include "ui/undo/record_edit_command.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>
#include <optional>

class QAbstractItemView;
class QFrame;
class QUndoStack;

namespace hub::db
{
class OfficeFile;
class RecordsChanged;
}

namespace hub::ui
{

class Page : public QWidget
{
    Q_OBJECT
public:
    explicit Page(QWidget *parent = nullptr);

    // Switches to another office file (or none): clears the undo stack and reloads.
    void setOfficeFile(db::OfficeFile *file);
    db::OfficeFile *officeFile() const { return m_file; }
    // False without a file or when the file is read-only.
    bool isEditable() const;

    // Re-reads everything the page shows from the office file.
    virtual void reload() = 0;
    // Reloads now if this is the page on show, otherwise when it next comes
    // up: other desktops' changes arrive often, and hidden pages can wait.
    void reloadWhenShown();
    // Catches up on a reload deferred by reloadWhenShown().
    void reloadIfStale();

    QUndoStack *undoStack() const { return m_undo; }

    // The tables whose rows this page shows; change events touching any of
    // them reach recordsChanged(). A page that names none hears every change.
    const QStringList &shownTables() const { return m_tables; }

    void setConflictResolver(ConflictResolver resolver) { m_resolve = std::move(resolver); }
    // Asks the resolver (by default the conflict dialog).
    ConflictChoice resolveConflict(const Error &conflict) const;

    // Printing. File › Print prints the page's document (documentJob(), say
    // a case summary) unless one of its lists has the focus or there is no
    // document; then the list as shown. Pages with their own print code
    // override these four.
    virtual bool canPrint() const;
    virtual void print();
    virtual void printPreview();
    virtual void exportPdf();
    // What print() prints now, for the menus ("case summary", "list"); empty: nothing.
    virtual QString printWhat() const;
    // The page's own document; none by default.
    virtual std::optional<DocumentJob> documentJob() const { return std::nullopt; }

    // The lists on the page (addList), in the order added.
    const QList<ListActions *> &lists() const { return m_lists; }
    // The list that printing and exporting act on: the one with the focus,
    // else the one that had it last, else the first on show.
    ListActions *currentList() const;
    // The current list printed, previewed, or exported (asks where); the path written or empty.
    void printList();
    void previewList();
    QString exportList(ListFormat format);

    // Ctrl+F: puts the focus in the page's search box (text selected); false when it has none.
    bool focusSearch();
    QWidget *searchField() const { return m_search; }

    // "No office file is open": shown over the page while it has no file.
    QWidget *noFileNotice() const;

    // Every table, tree and list on the page not added with addList() becomes
    // one too (titled after its tab or the page), and every splitter remembers
    // where it was left (QSettings, per page). Runs when the page is first shown.
    void adoptListsAndSplitters();

signals:
    // Kept for the sync page's tests; nothing listens to it any more: pages
    // learn of every write from the office file's change events.
    void officeDataChanged();
    // reloadWhenShown() ran: the page reloads now or when next shown (tests count these).
    void reloadScheduled();
    // canPrint() may have changed.
    void printableChanged();
    // A short note for the status bar ("Exported 06A-specification.pdf").
    void statusMessage(const QString &message);
    // The "Open an office file…" button of the no-file notice.
    void openFileRequested();

protected:
    // Called after the file changes, before reload(): forget selections and the like.
    virtual void officeFileChanged() { }
    void setShownTables(const QStringList &tables) { m_tables = tables; }
    // A commit (this desktop's or another's) touched the tables this page shows.
    // By default the page reloads when shown; pages that can update the
    // changed rows in place override this.
    virtual void recordsChanged(const db::RecordsChanged &change);
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

    // Makes `view` one of the page's lists (ListActions: Tab leaves it, the
    // context menu, printing and export).
    ListActions *addList(QAbstractItemView *view, ListSetup setup);
    // The search box Ctrl+F goes to.
    void setSearchField(QWidget *field) { m_search = field; }
    // The page's Tab order, in parts (chainTabOrder: list → filters → editor
    // → action bar). Set when the page is first shown, once it is in its
    // window: moving a page into the window would split a chain set earlier.
    void setTabOrderParts(const QList<QWidget *> &parts);

    // writeGuarded with this page's resolver; other errors shown as "<action> did not work".
    WriteOutcome guardedWrite(std::int64_t expectedVersion, const VersionedWrite &write, const QString &action);

    // Pushes an undoable edit of one record (before and after hold the same fields);
    // conflicts go to this page's resolver.
    void pushRecordEdit(const QString &text, const QVariantMap &before, const QVariantMap &after,
        std::int64_t startVersion, RecordEditCommand::Access access);
    // The same for the fields of `after` that differ from `before`; nothing when none do.
    void pushChangedFields(const QString &text, const QVariantMap &before, const QVariantMap &after,
        std::int64_t startVersion, RecordEditCommand::Access access);

private:
    db::OfficeFile *m_file = nullptr;
    QUndoStack *m_undo;
    ConflictResolver m_resolve;
    bool m_stale = false;
    QStringList m_tables;
    QMetaObject::Connection m_changes;
    QList<ListActions *> m_lists;
    QPointer<ListActions> m_lastList;
    QPointer<QWidget> m_search;
    QFrame *m_noFile = nullptr;
    bool m_adopted = false;
    QList<QPointer<QWidget>> m_tabParts;

    enum class PrintTarget { None, Document, List };
    PrintTarget printTarget() const;
    void updateNoFileNotice();
};

} // namespace hub::ui
