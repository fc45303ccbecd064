#include "ui/documents/office_document.h"

#include "database/office_file.h"

namespace hub::ui
{

OfficeDocument::OfficeDocument(db::OfficeFile &file, const QDate &asOf, QObject *parent)
    : QObject(parent)
    , m_file(file)
    , m_asOf(asOf)
{
}

bool OfficeDocument::isReadOnly() const
{
    return m_file.isReadOnly();
}

ConflictChoice OfficeDocument::resolveConflict(const Error &conflict) const
{
    return m_resolve ? m_resolve(conflict) : ConflictChoice::KeepTheirs;
}

} // namespace hub::ui
