#pragma once
// Undoable save of the Hub's letterhead (name, address, phone, email):
// conflict-checked like every record edit, through the TemplateDocument.

#include "ui/undo/versioned_edit_command.h"

namespace hub::ui
{

class TemplateDocument;

class ChangeLetterhead : public VersionedEditCommand
{
public:
    // `before` and `after` hold the same fields; `startVersion` 0 when none is stored yet.
    ChangeLetterhead(
        TemplateDocument *document, const QVariantMap &before, const QVariantMap &after, std::int64_t startVersion);

    int id() const override;

protected:
    std::optional<RecordState> readFresh() override;
    bool write(const QVariantMap &values, std::int64_t expectedVersion) override;
    ConflictChoice resolve(const Error &conflict) override;

private:
    TemplateDocument *m_document;
};

} // namespace hub::ui
