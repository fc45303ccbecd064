#include "ui/spec/commands/set_determination.h"

#include "ui/documents/spec_document.h"
#include "ui/undo/undo_ids.h"

namespace hub::ui
{

namespace
{

const SpecItem &itemOf(const SpecDocument *document, const QString &activityKey)
{
    static const SpecItem none;
    const SpecItem *item = document->spec().item(activityKey);
    return item ? *item : none;
}

QString describe(const QString &ccg, const QString &key, Determination before, Determination after)
{
    if (before == after)
        return QObject::tr("Change the note on %1 (%2)").arg(key, ccg);
    return QObject::tr("Set %1 to %2 (%3)").arg(key, determinationName(after), ccg);
}

} // namespace

SetDetermination::SetDetermination(
    SpecDocument *document, const QString &activityKey, Determination determination, const QString &note)
    : VersionedEditCommand(
        describe(document->ccgCode(), activityKey, itemOf(document, activityKey).determination, determination),
        SpecDocument::itemValues(itemOf(document, activityKey).determination, itemOf(document, activityKey).note),
        SpecDocument::itemValues(determination, note), itemOf(document, activityKey).meta.version)
    , m_document(document)
    , m_ccgCode(document->ccgCode())
    , m_activityKey(activityKey)
{
}

int SetDetermination::id() const
{
    return int(UndoId::SetDetermination);
}

std::optional<RecordState> SetDetermination::readFresh()
{
    return m_document->readItem(m_ccgCode, m_activityKey);
}

bool SetDetermination::write(const QVariantMap &values, std::int64_t expectedVersion)
{
    return m_document->writeItem(m_ccgCode, m_activityKey, values, expectedVersion);
}

ConflictChoice SetDetermination::resolve(const Error &conflict)
{
    return m_document->resolveConflict(conflict);
}

} // namespace hub::ui
