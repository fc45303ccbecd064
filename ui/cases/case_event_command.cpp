// Undoable timeline entries.
#include "ui/cases/case_event_command.h"

#include "database/cases/case_repository.h"

namespace hub::ui
{

CaseEventCommand::CaseEventCommand(const QString &text, const QString &ref, const CaseEvent &event, Access access)
    : m_ref(ref)
    , m_event(event)
    , m_access(std::move(access))
{
    setText(text);
}

void CaseEventCommand::redo()
{
    db::OfficeFile *file = m_access.file ? m_access.file() : nullptr;
    if (!file) {
        setObsolete(true);
        return;
    }
    QString id;
    const Result<db::CaseDetail> r = db::CaseRepository(*file).addEvent(m_ref, m_event, &id);
    if (!r.ok()) {
        if (m_access.onError)
            m_access.onError(r.error());
        setObsolete(true); // QUndoStack drops a command that could not be applied
    } else {
        m_eventId = id;
    }
    if (m_access.done)
        m_access.done(m_ref, r.ok());
}

void CaseEventCommand::undo()
{
    db::OfficeFile *file = m_access.file ? m_access.file() : nullptr;
    if (!file || m_eventId.isEmpty()) {
        setObsolete(true);
        return;
    }
    const QString id = m_eventId;
    const WriteOutcome outcome = writeGuarded(
        m_access.knownVersion ? m_access.knownVersion(m_ref) : 0,
        [&](std::int64_t version) -> Status {
            const Result<db::CaseDetail> r = db::CaseRepository(*file).removeEvent(m_ref, id, version);
            if (!r.ok())
                return r.error();
            return {};
        },
        m_access.resolve, m_access.onError);
    if (outcome == WriteOutcome::Written)
        m_eventId.clear();
    else
        setObsolete(true);
    if (m_access.done)
        m_access.done(m_ref, outcome == WriteOutcome::Written);
}

} // namespace hub::ui
