#pragma once
// Base of every undoable edit of a stored record. The first redo writes
// against the version the user started from; later undo/redo re-read the
// record and, if its values are no longer what this command left, ask before
// overwriting (someone else changed it). A command that cannot apply drops out.

#include "core/common/record_meta.h"
#include "core/common/result.h"
#include "ui/dialogs/conflict_dialog.h"

#include <QUndoCommand>
#include <QVariantMap>
#include <cstdint>
#include <optional>

namespace hub::ui
{

// A record's editable values (as the command's maps hold them) and its bookkeeping.
struct RecordState {
    QVariantMap values;
    RecordMeta meta;
};

class VersionedEditCommand : public QUndoCommand
{
public:
    VersionedEditCommand(const QString &text, QVariantMap before, QVariantMap after, std::int64_t startVersion);

    void redo() override;
    void undo() override;

    const QVariantMap &before() const { return m_before; }
    const QVariantMap &after() const { return m_after; }

protected:
    // Re-reads the record from the office file (and shows it); nullopt when it is gone.
    virtual std::optional<RecordState> readFresh() = 0;
    // Conflict-guarded write; true when written.
    virtual bool write(const QVariantMap &values, std::int64_t expectedVersion) = 0;
    virtual ConflictChoice resolve(const Error &conflict) = 0;

private:
    void apply(const QVariantMap &expectedNow, const QVariantMap &values);

    QVariantMap m_before;
    QVariantMap m_after;
    std::optional<std::int64_t> m_startVersion;
};

// True when every field of `wanted` has the same value in `actual` (compared as text).
bool sameValues(const QVariantMap &wanted, const QVariantMap &actual);
// The fields of `after` whose values differ from `before`.
QVariantMap changedFields(const QVariantMap &before, const QVariantMap &after);
// A Conflict error describing who last changed the record, for the conflict dialog.
Error changedElsewhere(const RecordMeta &meta);

} // namespace hub::ui
