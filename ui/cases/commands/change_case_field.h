#pragma once
// Undoable edit of one field of a case (title, description, officer,
// priority, type, stage): ChangeValue over the CaseDocument.

#include "ui/documents/case_document.h"
#include "ui/undo/change_value.h"

namespace hub::ui
{

class ChangeCaseField : public ChangeValue<CaseDocument>
{
public:
    // `label` names the field for the Edit menu ("Change title of WMH-2026-00042").
    ChangeCaseField(CaseDocument *document, const QString &field, const QString &label, const QVariant &after)
        : ChangeValue<CaseDocument>(document, document->ref(), field,
            CaseDocument::fieldsOf(document->detail()).value(field), after, document->detail().row.version,
            QObject::tr("Change %1 of %2").arg(label, document->ref()), UndoId::ChangeCaseField)
    {
    }
};

} // namespace hub::ui
