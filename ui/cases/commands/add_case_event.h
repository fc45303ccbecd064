#pragma once
// An undoable timeline entry: redo adds the event to the case (checked by
// the core rules), undo takes that event out again (a tombstone, conflict-
// checked against the case version the document last showed). Both go
// through the CaseDocument, which shows the case as it then is.

#include "core/cases/case_event.h"

#include <QUndoCommand>

namespace hub::ui
{

class CaseDocument;

class AddCaseEvent : public QUndoCommand
{
public:
    AddCaseEvent(CaseDocument *document, const QString &text, const CaseEvent &event);

    void redo() override;
    void undo() override;
    int id() const override;

    const QString &eventId() const { return m_eventId; }

private:
    CaseDocument *m_document;
    QString m_ref;
    CaseEvent m_event;
    QString m_eventId;
};

} // namespace hub::ui
