#include "core/cases/timeline_wording.h"

#include "core/cases/case_type.h"

#include <QCoreApplication>
#include <QStringList>

namespace hub
{

using namespace Qt::StringLiterals;

namespace
{

QString tr(const char *text)
{
    return QCoreApplication::translate("Timeline", text);
}

} // namespace

QString timelineEventName(CaseEventKind kind)
{
    switch (kind) {
    case CaseEventKind::Received:
        return tr("Received");
    case CaseEventKind::Acknowledged:
        return tr("Acknowledged");
    case CaseEventKind::Updated:
        return tr("Update sent");
    case CaseEventKind::Responded:
        return tr("Full response");
    case CaseEventKind::Paused:
        return tr("Clocks paused");
    case CaseEventKind::Resumed:
        return tr("Clocks resumed");
    case CaseEventKind::Closed:
        return tr("Closed");
    case CaseEventKind::TypeChanged:
        return tr("Type changed");
    case CaseEventKind::Reassigned:
        return tr("Reassigned");
    case CaseEventKind::Note:
        return tr("Note");
    case CaseEventKind::Letter:
        return tr("Letter");
    }
    return {};
}

QString timelineEventText(const CaseEvent &event)
{
    return event.unknownKind.isEmpty() ? timelineEventName(event.kind) : caseEventLabel(event);
}

QString timelineDetailText(const CaseEvent &event)
{
    if (event.kind == CaseEventKind::TypeChanged) {
        const QStringList parts = event.detail.split(u" -> "_s);
        if (parts.size() == 2)
            return tr("%1 → %2").arg(caseTypeLabel(parts[0]), caseTypeLabel(parts[1]));
    }
    if (event.kind == CaseEventKind::Reassigned)
        return tr("to %1").arg(event.detail);
    return event.detail;
}

QString timelineNoteText(const CaseEvent &event)
{
    QStringList parts;
    if (event.kind == CaseEventKind::Closed) {
        if (!event.outcome.isEmpty())
            parts << tr("Outcome: %1").arg(event.outcome);
        if (event.fullResponse.has_value())
            parts << (*event.fullResponse ? tr("the practice had a full response") : tr("not a full response"));
    }
    const QString detail = timelineDetailText(event);
    if (!detail.isEmpty() && !event.note.isEmpty())
        parts << u"%1 (%2)"_s.arg(detail, event.note);
    else if (!detail.isEmpty())
        parts << detail;
    else if (!event.note.isEmpty())
        parts << event.note;
    return parts.join(u" · "_s);
}

} // namespace hub
