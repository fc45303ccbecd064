#pragma once
// An undoable new letter template (a new one or a duplicate): redo stores it,
// undo deletes it again (asking first if someone has changed it since).

#include "database/cases/template_repository.h"

#include <QUndoCommand>

namespace hub::ui
{

class TemplateDocument;

class AddLetterTemplate : public QUndoCommand
{
public:
    AddLetterTemplate(TemplateDocument *document, const db::LetterTemplate &added, const QString &text);

    void redo() override;
    void undo() override;
    int id() const override;

    // The stored template's key (empty until redo has stored it).
    const QString &key() const { return m_key; }

private:
    TemplateDocument *m_document;
    db::LetterTemplate m_template;
    QString m_key;
};

} // namespace hub::ui
