#pragma once
// Base of the main window's pages: the open office file, the page's own undo
// stack, the conflict resolver, and the optional print hooks.

#include "ui/dialogs/conflict_dialog.h"
#include "ui/session/write_with_retry.h"
#include "ui/undo/record_edit_command.h"

#include <QWidget>

class QUndoStack;

namespace hub::db
{
class OfficeFile;
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

    void setConflictResolver(ConflictResolver resolver) { m_resolve = std::move(resolver); }
    // Asks the resolver (by default the conflict dialog).
    ConflictChoice resolveConflict(const Error &conflict) const;

    virtual bool canPrint() const { return false; }
    virtual void print() { }
    virtual void printPreview() { }
    virtual void exportPdf() { }

signals:
    // This page wrote to the office file: other pages should reload.
    void officeDataChanged();
    // canPrint() may have changed.
    void printableChanged();
    // A short note for the status bar ("Exported 06A-specification.pdf").
    void statusMessage(const QString &message);

protected:
    // Called after the file changes, before reload(): forget selections and the like.
    virtual void officeFileChanged() { }
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
};

} // namespace hub::ui
