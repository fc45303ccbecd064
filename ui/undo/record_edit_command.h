#pragma once
// An undoable edit of one record through plain functions: how to re-read it,
// how to write it, and who settles conflicts (used for agreements, activities,
// CCG leads and specification headers).

#include "ui/undo/versioned_edit_command.h"

#include <functional>

namespace hub::ui
{

class RecordEditCommand : public VersionedEditCommand
{
public:
    struct Access {
        std::function<std::optional<RecordState>()> readFresh;
        std::function<bool(const QVariantMap &values, std::int64_t expectedVersion)> write;
        ConflictResolver resolve;
    };

    RecordEditCommand(
        const QString &text, QVariantMap before, QVariantMap after, std::int64_t startVersion, Access access);

protected:
    std::optional<RecordState> readFresh() override;
    bool write(const QVariantMap &values, std::int64_t expectedVersion) override;
    ConflictChoice resolve(const Error &conflict) override;

private:
    Access m_access;
};

} // namespace hub::ui
