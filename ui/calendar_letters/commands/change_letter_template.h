#pragma once
// Undoable save of a letter template's name, subject and body (the fields
// one Save changed): ChangeValue over the TemplateDocument.

#include "ui/documents/template_document.h"
#include "ui/undo/change_value.h"

namespace hub::ui
{

class ChangeLetterTemplate : public ChangeValue<TemplateDocument>
{
public:
    // `before` and `after` hold the same fields (some of name, subject, body).
    ChangeLetterTemplate(TemplateDocument *document, const db::LetterTemplate &stored, const QVariantMap &before,
        const QVariantMap &after)
        : ChangeValue<TemplateDocument>(document, stored.key, before, after, stored.meta.version,
            QObject::tr("Edit letter template %1").arg(stored.name), UndoId::ChangeLetterTemplate)
    {
    }
};

} // namespace hub::ui
