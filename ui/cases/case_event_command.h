#pragma once
// An undoable timeline entry: redo adds the event to the case (checked by
// the core rules), undo takes that event out again (a tombstone, conflict-
// checked against the case version the editor last showed).

#include "core/cases/case_event.h"
#include "ui/session/write_with_retry.h"

#include <QUndoCommand>
#include <cstdint>
#include <functional>

namespace hub::db
{
class OfficeFile;
}

namespace hub::ui
{

class CaseEventCommand : public QUndoCommand
{
public:
    struct Access {
        std::function<db::OfficeFile *()> file;
        // The case version the user is looking at (conflict check for undo).
        std::function<std::int64_t(const QString &ref)> knownVersion;
        // Called after every attempt (show the case as it now is).
        std::function<void(const QString &ref, bool written)> done;
        ConflictResolver resolve;
        ErrorHandler onError;
    };

    CaseEventCommand(const QString &text, const QString &ref, const CaseEvent &event, Access access);

    void redo() override;
    void undo() override;

    const QString &eventId() const { return m_eventId; }

private:
    QString m_ref;
    CaseEvent m_event;
    QString m_eventId;
    Access m_access;
};

} // namespace hub::ui
