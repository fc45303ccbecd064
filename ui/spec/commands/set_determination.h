#pragma once
// Undoable change of one activity's determination (and its note) in the
// loaded CCG's specification. Writes go through the SpecDocument
// (conflict-checked, then re-read).

#include "core/specification/ccg_specification.h"
#include "ui/undo/versioned_edit_command.h"

namespace hub::ui
{

class SpecDocument;

class SetDetermination : public VersionedEditCommand
{
public:
    SetDetermination(
        SpecDocument *document, const QString &activityKey, Determination determination, const QString &note);

    int id() const override;
    const QString &ccgCode() const { return m_ccgCode; }
    const QString &activityKey() const { return m_activityKey; }

protected:
    std::optional<RecordState> readFresh() override;
    bool write(const QVariantMap &values, std::int64_t expectedVersion) override;
    ConflictChoice resolve(const Error &conflict) override;

private:
    SpecDocument *m_document;
    QString m_ccgCode;
    QString m_activityKey;
};

} // namespace hub::ui
