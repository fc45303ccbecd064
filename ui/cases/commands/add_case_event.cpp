#include "ui/cases/commands/add_case_event.h"

#include "ui/documents/case_document.h"
#include "ui/undo/undo_ids.h"

namespace hub::ui
{

AddCaseEvent::AddCaseEvent(CaseDocument *document, const QString &text, const CaseEvent &event)
    : m_document(document)
    , m_ref(document->ref())
    , m_event(event)
{
    setText(text);
}

int AddCaseEvent::id() const
{
    return int(UndoId::AddCaseEvent);
}

void AddCaseEvent::redo()
{
    const Result<QString> added = m_document->addEvent(m_ref, m_event);
    if (!added.ok()) {
        setObsolete(true); // QUndoStack drops a command that could not be applied
        return;
    }
    m_eventId = added.value();
}

void AddCaseEvent::undo()
{
    if (m_eventId.isEmpty()) {
        setObsolete(true);
        return;
    }
    if (m_document->removeEvent(m_ref, m_eventId) == WriteOutcome::Written)
        m_eventId.clear();
    else
        setObsolete(true);
}

} // namespace hub::ui
