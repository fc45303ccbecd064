// Determination change command.
#include "ui/spec/set_determination_command.h"

#include "ui/spec/spec_editor.h"

namespace hub::ui
{

namespace
{

QString describe(const QString &ccg, const QString &key, const SetDeterminationCommand::Value &before,
    const SetDeterminationCommand::Value &after)
{
    if (before.determination == after.determination)
        return QStringLiteral("Change the note on %1 (%2)").arg(key, ccg);
    return QStringLiteral("Set %1 to %2 (%3)").arg(key, determinationName(after.determination), ccg);
}

} // namespace

SetDeterminationCommand::SetDeterminationCommand(SpecEditor *editor, QString ccgCode, QString activityKey, Value before,
    Value after, std::int64_t startVersion, ConflictResolver resolve)
    : VersionedEditCommand(describe(ccgCode, activityKey, before, after),
        SpecEditor::itemValues(before.determination, before.note),
        SpecEditor::itemValues(after.determination, after.note), startVersion)
    , m_editor(editor)
    , m_ccgCode(std::move(ccgCode))
    , m_activityKey(std::move(activityKey))
    , m_resolve(std::move(resolve))
{
}

std::optional<RecordState> SetDeterminationCommand::readFresh()
{
    return m_editor->readItem(m_ccgCode, m_activityKey);
}

bool SetDeterminationCommand::write(const QVariantMap &values, std::int64_t expectedVersion)
{
    return m_editor->writeDetermination(m_ccgCode, m_activityKey,
        determinationFromCode(values.value(QStringLiteral("determination")).toString()),
        values.value(QStringLiteral("note")).toString(), expectedVersion);
}

ConflictChoice SetDeterminationCommand::resolve(const Error &conflict)
{
    return m_resolve ? m_resolve(conflict) : ConflictChoice::KeepTheirs;
}

} // namespace hub::ui
