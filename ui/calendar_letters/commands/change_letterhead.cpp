#include "ui/calendar_letters/commands/change_letterhead.h"

#include "ui/documents/template_document.h"
#include "ui/undo/undo_ids.h"

namespace hub::ui
{

ChangeLetterhead::ChangeLetterhead(
    TemplateDocument *document, const QVariantMap &before, const QVariantMap &after, std::int64_t startVersion)
    : VersionedEditCommand(QObject::tr("Change the letterhead"), before, after, startVersion)
    , m_document(document)
{
}

int ChangeLetterhead::id() const
{
    return int(UndoId::ChangeLetterhead);
}

std::optional<RecordState> ChangeLetterhead::readFresh()
{
    return m_document->readLetterhead();
}

bool ChangeLetterhead::write(const QVariantMap &values, std::int64_t expectedVersion)
{
    return m_document->writeLetterhead(values, expectedVersion);
}

ConflictChoice ChangeLetterhead::resolve(const Error &conflict)
{
    return m_document->resolveConflict(conflict);
}

} // namespace hub::ui
