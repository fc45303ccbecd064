// Function-backed record edit command.
#include "ui/undo/record_edit_command.h"

namespace hub::ui
{

RecordEditCommand::RecordEditCommand(
    const QString &text, QVariantMap before, QVariantMap after, std::int64_t startVersion, Access access)
    : VersionedEditCommand(text, std::move(before), std::move(after), startVersion)
    , m_access(std::move(access))
{
}

std::optional<RecordState> RecordEditCommand::readFresh()
{
    return m_access.readFresh();
}

bool RecordEditCommand::write(const QVariantMap &values, std::int64_t expectedVersion)
{
    return m_access.write(values, expectedVersion);
}

ConflictChoice RecordEditCommand::resolve(const Error &conflict)
{
    return m_access.resolve ? m_access.resolve(conflict) : ConflictChoice::KeepTheirs;
}

} // namespace hub::ui
