#pragma once
// What every document a screen edits has in common: the office file it reads
// and writes, the day it is read as of, who settles a write conflict, and
// whether a write of its own is under way (so a change event caused by that
// write is not mistaken for someone else's). CaseDocument, SpecDocument and
// TemplateDocument derive from it; so will the finance, escalation and pack
// documents.

#include "core/common/result.h"
#include "ui/dialogs/conflict_dialog.h"

#include <QDate>
#include <QObject>

namespace hub::db
{
class OfficeFile;
}

namespace hub::ui
{

class OfficeDocument : public QObject
{
    Q_OBJECT
public:
    db::OfficeFile &file() const { return m_file; }
    bool isReadOnly() const;

    // The day the document is read as of (the office file's as-of day).
    void setAsOf(const QDate &asOf) { m_asOf = asOf; }
    QDate asOf() const { return m_asOf; }

    void setConflictResolver(ConflictResolver resolver) { m_resolve = std::move(resolver); }
    // The resolver's choice; with none set, the other person's version is kept.
    ConflictChoice resolveConflict(const Error &conflict) const;

    // True while one of this document's own writes is under way.
    bool isWriting() const { return m_writing > 0; }

protected:
    // `file` must outlive the document.
    OfficeDocument(db::OfficeFile &file, const QDate &asOf, QObject *parent);

    // Held for the length of a write: isWriting() is true meanwhile.
    class WriteInProgress
    {
    public:
        explicit WriteInProgress(OfficeDocument &document)
            : m_count(document.m_writing)
        {
            ++m_count;
        }
        ~WriteInProgress() { --m_count; }
        WriteInProgress(const WriteInProgress &) = delete;
        WriteInProgress &operator=(const WriteInProgress &) = delete;

    private:
        int &m_count;
    };

    db::OfficeFile &m_file;
    QDate m_asOf;

private:
    ConflictResolver m_resolve;
    int m_writing = 0;
};

} // namespace hub::ui
