#include "core/cases/case_event.h"

#include "core/cases/case_type.h"

#include <algorithm>

namespace hub
{

namespace
{
const char *const kCodes[] = { "received", "acknowledged", "updated", "responded", "paused", "resumed", "closed",
    "type-changed", "reassigned", "note", "letter" };
constexpr int kCount = int(sizeof(kCodes) / sizeof(kCodes[0]));
} // namespace

QString caseEventCode(CaseEventKind k)
{
    return QString::fromLatin1(kCodes[int(k)]);
}

bool caseEventFromCode(const QString &code, CaseEventKind *out)
{
    for (int i = 0; i < kCount; ++i) {
        if (code == QLatin1String(kCodes[i])) {
            *out = CaseEventKind(i);
            return true;
        }
    }
    return false;
}

QStringList caseEventCodes()
{
    QStringList out;
    for (const char *c : kCodes)
        out << QString::fromLatin1(c);
    return out;
}

QString caseEventLabel(const CaseEvent &event)
{
    return event.unknownKind.isEmpty() ? caseEventCode(event.kind) : unknownCodeLabel(event.unknownKind);
}

bool isUserClockEvent(CaseEventKind k)
{
    switch (k) {
    case CaseEventKind::Acknowledged:
    case CaseEventKind::Updated:
    case CaseEventKind::Responded:
    case CaseEventKind::Paused:
    case CaseEventKind::Resumed:
    case CaseEventKind::Closed:
    case CaseEventKind::Note:
        return true;
    default:
        return false;
    }
}

QVector<CaseEvent> sortedTimeline(QVector<CaseEvent> events)
{
    std::stable_sort(events.begin(), events.end(), [](const CaseEvent &a, const CaseEvent &b) { return a.on < b.on; });
    return events;
}

QDate informationAvailableBy(const QVector<CaseEvent> &timeline)
{
    QDate out;
    for (const CaseEvent &e : timeline) {
        if (e.kind == CaseEventKind::Acknowledged && e.availableBy.isValid())
            out = e.availableBy;
    }
    return out;
}

} // namespace hub
