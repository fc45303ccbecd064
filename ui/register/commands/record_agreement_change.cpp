#include "ui/register/commands/record_agreement_change.h"

#include "ui/undo/undo_ids.h"

namespace hub::ui
{

RecordAgreementChange::RecordAgreementChange(
    const QString &text, std::function<Result<QString>()> record, std::function<Status(const QString &)> remove)
    : m_record(std::move(record))
    , m_remove(std::move(remove))
{
    setText(text);
}

int RecordAgreementChange::id() const
{
    return int(UndoId::RecordAgreementChange);
}

void RecordAgreementChange::redo()
{
    const Result<QString> id = m_record();
    if (!id.ok()) {
        m_outcome = id.error();
        setObsolete(true); // QUndoStack drops a command that could not be applied
        return;
    }
    m_id = id.value();
}

void RecordAgreementChange::undo()
{
    if (!m_remove(m_id).ok())
        setObsolete(true);
}

} // namespace hub::ui
