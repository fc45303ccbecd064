#include "ui/calendar_letters/commands/add_letter_template.h"

#include "ui/documents/template_document.h"
#include "ui/undo/undo_ids.h"

namespace hub::ui
{

AddLetterTemplate::AddLetterTemplate(TemplateDocument *document, const db::LetterTemplate &added, const QString &text)
    : m_document(document)
    , m_template(added)
{
    setText(text);
}

int AddLetterTemplate::id() const
{
    return int(UndoId::AddLetterTemplate);
}

void AddLetterTemplate::redo()
{
    const Result<QString> key = m_document->add(m_template);
    if (!key.ok()) {
        setObsolete(true); // QUndoStack drops a command that could not be applied
        return;
    }
    m_key = key.value();
    m_template.key = m_key; // redo after undo brings back the same template
}

void AddLetterTemplate::undo()
{
    const db::LetterTemplate *stored = m_document->find(m_key);
    if (!stored) {
        setObsolete(true);
        return;
    }
    if (m_document->remove(m_key, stored->meta.version) != WriteOutcome::Written)
        setObsolete(true);
}

} // namespace hub::ui
