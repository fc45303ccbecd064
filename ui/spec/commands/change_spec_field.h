#pragma once
// Undoable edit of one sign-off field of a CCG's specification (a name,
// designation, signature date or the notes): ChangeValue over the SpecDocument.

#include "ui/documents/spec_document.h"
#include "ui/undo/change_value.h"

namespace hub::ui
{

class ChangeSpecField : public ChangeValue<SpecDocument>
{
public:
    // `label` names the field for the Edit menu ("Change CCG lead's name of 06A").
    ChangeSpecField(SpecDocument *document, const QString &field, const QString &label, const QVariant &after)
        : ChangeValue<SpecDocument>(document, document->ccgCode(), field,
            SpecDocument::headerValues(document->spec()).value(field), after, document->spec().meta.version,
            QObject::tr("Change %1 of %2").arg(label, document->ccgCode()), UndoId::ChangeSpecField)
    {
    }
};

} // namespace hub::ui
