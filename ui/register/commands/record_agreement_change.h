#pragma once
// An undoable extension, notice or written confirmation of an agreement:
// redo records it (through AgreementLifecycleRepository), undo takes it back.

#include "core/common/result.h"

#include <QUndoCommand>

#include <functional>

namespace hub::ui
{

class RecordAgreementChange : public QUndoCommand
{
public:
    // record: writes the record, returning its id; remove: takes back the record with that id.
    RecordAgreementChange(
        const QString &text, std::function<Result<QString>()> record, std::function<Status(const QString &id)> remove);

    void redo() override;
    void undo() override;
    int id() const override;

    // The first redo's outcome (an error when the rules or the file refused it).
    const Status &outcome() const { return m_outcome; }

private:
    std::function<Result<QString>()> m_record;
    std::function<Status(const QString &)> m_remove;
    QString m_id;
    Status m_outcome;
};

} // namespace hub::ui
