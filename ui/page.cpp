// Shared page plumbing.
#include "ui/page.h"

#include "database/events/change_notifier.h"
#include "database/office_file.h"
#include "ui/dialogs/error_message.h"

#include <QUndoStack>

namespace hub::ui
{

Page::Page(QWidget *parent)
    : QWidget(parent)
    , m_undo(new QUndoStack(this))
    , m_resolve(ConflictDialog::resolverFor(this))
{
}

void Page::setOfficeFile(db::OfficeFile *file)
{
    m_undo->clear();
    disconnect(m_changes);
    m_file = file;
    m_stale = false;
    if (file && file->changes()) {
        m_changes = connect(file->changes(), &db::ChangeNotifier::recordsChanged, this,
            [this](const db::RecordsChanged &change) {
                if (m_tables.isEmpty() || change.touchesAny(m_tables))
                    recordsChanged(change);
            });
    }
    officeFileChanged();
    reload();
    emit printableChanged();
}

void Page::recordsChanged(const db::RecordsChanged &)
{
    reloadWhenShown();
}

void Page::reloadWhenShown()
{
    emit reloadScheduled();
    // isHidden(), not isVisible(): the page in front of a window not yet shown still counts as on show.
    if (isHidden()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    reload();
}

void Page::reloadIfStale()
{
    if (!m_stale)
        return;
    m_stale = false;
    reload();
}

void Page::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reloadIfStale();
}

bool Page::isEditable() const
{
    return m_file && !m_file->isReadOnly();
}

ConflictChoice Page::resolveConflict(const Error &conflict) const
{
    return m_resolve ? m_resolve(conflict) : ConflictChoice::KeepTheirs;
}

WriteOutcome Page::guardedWrite(std::int64_t expectedVersion, const VersionedWrite &write, const QString &action)
{
    return writeGuarded(
        expectedVersion, write, m_resolve, [this, action](const Error &e) { showError(this, action, e); });
}

void Page::pushRecordEdit(const QString &text, const QVariantMap &before, const QVariantMap &after,
    std::int64_t startVersion, RecordEditCommand::Access access)
{
    access.resolve = [this](const Error &e) { return resolveConflict(e); };
    m_undo->push(new RecordEditCommand(text, before, after, startVersion, std::move(access)));
}

void Page::pushChangedFields(const QString &text, const QVariantMap &before, const QVariantMap &after,
    std::int64_t startVersion, RecordEditCommand::Access access)
{
    const QVariantMap changed = changedFields(before, after);
    if (changed.isEmpty())
        return;
    QVariantMap was;
    for (auto it = changed.begin(); it != changed.end(); ++it)
        was.insert(it.key(), before.value(it.key()));
    pushRecordEdit(text, was, changed, startVersion, std::move(access));
}

} // namespace hub::ui
