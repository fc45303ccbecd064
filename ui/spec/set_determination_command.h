#pragma once
// Undoable change of one activity's determination in one CCG's
// specification: the CCG, the activity key, and determination + note before
// and after. Writes go through SpecEditor (conflict-checked, then re-read).

#include "core/specification/ccg_specification.h"
#include "ui/undo/versioned_edit_command.h"

#include <functional>

namespace hub::ui
{

class SpecEditor;

class SetDeterminationCommand : public VersionedEditCommand
{
public:
    struct Value {
        Determination determination = Determination::Undetermined;
        QString note;
    };

    SetDeterminationCommand(SpecEditor *editor, QString ccgCode, QString activityKey, Value before, Value after,
        std::int64_t startVersion, ConflictResolver resolve);

    const QString &ccgCode() const { return m_ccgCode; }
    const QString &activityKey() const { return m_activityKey; }

protected:
    std::optional<RecordState> readFresh() override;
    bool write(const QVariantMap &values, std::int64_t expectedVersion) override;
    ConflictChoice resolve(const Error &conflict) override;

private:
    SpecEditor *m_editor;
    QString m_ccgCode;
    QString m_activityKey;
    ConflictResolver m_resolve;
};

} // namespace hub::ui
