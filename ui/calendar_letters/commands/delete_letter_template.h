#pragma once
// An undoable deletion of a letter template: redo deletes it (conflict-
// checked against the version shown), undo stores it again as it was.

#include "database/cases/template_repository.h"

#include <QUndoCommand>

namespace hub::ui
{

class TemplateDocument;

class DeleteLetterTemplate : public QUndoCommand
{
public:
    DeleteLetterTemplate(TemplateDocument *document, const db::LetterTemplate &deleted);

    void redo() override;
    void undo() override;
    int id() const override;

private:
    TemplateDocument *m_document;
    db::LetterTemplate m_template;
    std::int64_t m_version;
};

} // namespace hub::ui
