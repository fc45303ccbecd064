#pragma once
// Base of the main window's pages: the open office file, the page's own undo
// stack, the conflict resolver, and the optional print hooks.

#include "ui/dialogs/conflict_dialog.h"
#include "ui/session/write_with_retry.h"
#include "ui/undo/record_edit_command.h"

#include <QStringList>
#include <QWidget>

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

    virtual bool canPrint() const { return false; }
    virtual void print() { }
    virtual void printPreview() { }
    virtual void exportPdf() { }

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

protected:
    // Called after the file changes, before reload(): forget selections and the like.
    virtual void officeFileChanged() { }
    void setShownTables(const QStringList &tables) { m_tables = tables; }
    // A commit (this desktop's or another's) touched the tables this page shows.
    // By default the page reloads when shown; pages that can update the
    // changed rows in place override this.
    virtual void recordsChanged(const db::RecordsChanged &change);
    void showEvent(QShowEvent *event) override;

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
};

} // namespace hub::ui
