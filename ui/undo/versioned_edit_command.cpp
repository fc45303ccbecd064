// Conflict-checked undo/redo of a stored record.
#include "ui/undo/versioned_edit_command.h"

namespace hub::ui
{

VersionedEditCommand::VersionedEditCommand(
    const QString &text, QVariantMap before, QVariantMap after, std::int64_t startVersion)
    : m_before(std::move(before))
    , m_after(std::move(after))
    , m_startVersion(startVersion)
{
    setText(text);
}

void VersionedEditCommand::redo()
{
    apply(m_before, m_after);
}

void VersionedEditCommand::undo()
{
    apply(m_after, m_before);
}

void VersionedEditCommand::apply(const QVariantMap &expectedNow, const QVariantMap &values)
{
    std::int64_t version = 0;
    if (m_startVersion) {
        // The user's own edit: the write itself detects anyone who got there first.
        version = *m_startVersion;
        m_startVersion.reset();
    } else {
        const std::optional<RecordState> state = readFresh();
        if (!state) {
            setObsolete(true);
            return;
        }
        if (!sameValues(expectedNow, state->values)
            && resolve(changedElsewhere(state->meta)) == ConflictChoice::KeepTheirs) {
            setObsolete(true);
            return;
        }
        if (sameValues(values, state->values))
            return;
        version = state->meta.version;
    }
    if (!write(values, version))
        setObsolete(true); // QUndoStack drops a command that could not be applied
}

bool sameValues(const QVariantMap &wanted, const QVariantMap &actual)
{
    for (auto it = wanted.begin(); it != wanted.end(); ++it) {
        if (it.value().toString() != actual.value(it.key()).toString())
            return false;
    }
    return true;
}

QVariantMap changedFields(const QVariantMap &before, const QVariantMap &after)
{
    QVariantMap out;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (it.value().toString() != before.value(it.key()).toString())
            out.insert(it.key(), it.value());
    }
    return out;
}

Error changedElsewhere(const RecordMeta &meta)
{
    Error e
        = makeError(ErrorCode::Conflict, QStringLiteral("Changed by %1 at %2.").arg(meta.updatedBy, meta.updatedAt));
    e.current = { { QStringLiteral("updated_by"), meta.updatedBy }, { QStringLiteral("updated_at"), meta.updatedAt },
        { QStringLiteral("row_version"), QVariant::fromValue<qint64>(meta.version) } };
    return e;
}

} // namespace hub::ui
