#include "ui/calendar_letters/commands/delete_letter_template.h"

#include "ui/documents/template_document.h"
#include "ui/undo/undo_ids.h"

namespace hub::ui
{

DeleteLetterTemplate::DeleteLetterTemplate(TemplateDocument *document, const db::LetterTemplate &deleted)
    : m_document(document)
    , m_template(deleted)
    , m_version(deleted.meta.version)
{
    setText(QObject::tr("Delete letter template %1").arg(deleted.name));
}

int DeleteLetterTemplate::id() const
{
    return int(UndoId::DeleteLetterTemplate);
}

void DeleteLetterTemplate::redo()
{
    if (m_document->remove(m_template.key, m_version) != WriteOutcome::Written)
        setObsolete(true);
}

void DeleteLetterTemplate::undo()
{
    const Result<QString> back = m_document->add(m_template);
    if (!back.ok()) {
        setObsolete(true);
        return;
    }
    if (const db::LetterTemplate *stored = m_document->find(m_template.key))
        m_version = stored->meta.version; // redo deletes the restored row
}

} // namespace hub::ui
