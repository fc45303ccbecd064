#include "core/cases/case_rules.h"

#include "core/common/format.h"

namespace hub {

#define S QStringLiteral

namespace {

Error invalid(const QString &field, const QString &message)
{
    Error e = makeError(ErrorCode::Invalid, message);
    e.field = field;
    return e;
}

} // namespace

bool isPaused(const QVector<CaseEvent> &timeline)
{
    bool paused = false;
    for (const CaseEvent &e : sortedTimeline(timeline)) {
        if (e.kind == CaseEventKind::Paused)
            paused = true;
        else if (e.kind == CaseEventKind::Resumed)
            paused = false;
    }
    return paused;
}

bool hasEvent(const QVector<CaseEvent> &timeline, CaseEventKind kind)
{
    for (const CaseEvent &e : timeline) {
        if (e.kind == kind)
            return true;
    }
    return false;
}

bool closureAsksFullResponse(const QString &typeCode)
{
    return typeCode == S("provider-query");
}

Status checkClosure(const QString &typeCode, const CaseEvent &closure)
{
    if (closure.kind != CaseEventKind::Closed)
        return {};
    if (closure.outcome.trimmed().isEmpty())
        return invalid(S("outcome"), S("Say what the outcome was before closing the case."));
    if (closureAsksFullResponse(typeCode) && !closure.fullResponse.has_value())
        return invalid(S("full-response"), S("Say whether the practice had a full response to its query."));
    return {};
}

Status checkNewEvent(const ServiceStandard &standard, const QDate &received, const QVector<CaseEvent> &existing,
                     const CaseEvent &event, const QDate &today)
{
    const QString kind = caseEventCode(event.kind);
    if (!isUserClockEvent(event.kind))
        return invalid(S("event"), S("'%1' events are recorded by Hubcase itself, not added by hand.").arg(kind));
    if (!event.on.isValid())
        return invalid(S("date"), S("The %1 event needs a date.").arg(kind));
    if (received.isValid() && event.on < received)
        return invalid(S("date"), S("%1 is before the case was received (%2).").arg(formatDate(event.on), formatDate(received)));
    if (today.isValid() && event.on > today)
        return invalid(S("date"), S("%1 is in the future; record events on or after the day they happen.").arg(formatDate(event.on)));
    if (event.kind != CaseEventKind::Paused && !event.exclusionCode.isEmpty())
        return invalid(S("exclusion"), S("Only a pause takes an exclusion."));
    if (event.kind != CaseEventKind::Closed && (!event.outcome.isEmpty() || event.fullResponse.has_value()))
        return invalid(S("outcome"), S("Only a closure takes an outcome."));
    if (hasEvent(existing, CaseEventKind::Closed) && event.kind != CaseEventKind::Note)
        return invalid(S("event"), S("The case is closed; only notes can be added."));

    // Pauses and restarts must follow each other in date order, or the
    // stopped stretches would be ambiguous.
    QDate lastStopStart;
    for (const CaseEvent &e : existing) {
        if ((e.kind == CaseEventKind::Paused || e.kind == CaseEventKind::Resumed)
            && (!lastStopStart.isValid() || e.on > lastStopStart))
            lastStopStart = e.on;
    }

    switch (event.kind) {
    case CaseEventKind::Paused: {
        if (standard.exclusions.isEmpty())
            return invalid(S("exclusion"), S("The %1 standard lists no exclusions, so its clock cannot be stopped.").arg(standard.name));
        QStringList codes;
        bool found = false;
        for (const Exclusion &x : standard.exclusions) {
            codes << x.code;
            found = found || x.code == event.exclusionCode;
        }
        if (event.exclusionCode.isEmpty())
            return invalid(S("exclusion"), S("A pause needs one of the %1 standard's exclusions: %2.").arg(standard.name, codes.join(S(", "))));
        if (!found)
            return invalid(S("exclusion"), S("'%1' is not an exclusion of the %2 standard (use %3).")
                                               .arg(event.exclusionCode, standard.name, codes.join(S(", "))));
        if (event.note.trimmed().isEmpty())
            return invalid(S("note"), S("A pause needs a note saying why the exclusion applies."));
        if (isPaused(existing))
            return invalid(S("event"), S("The clock is already stopped; resume it first."));
        if (lastStopStart.isValid() && event.on < lastStopStart)
            return invalid(S("date"), S("A pause cannot be dated before the last restart (%1).").arg(formatDate(lastStopStart)));
        break;
    }
    case CaseEventKind::Resumed:
        if (!isPaused(existing))
            return invalid(S("event"), S("The clock is not stopped, so it cannot be resumed."));
        if (lastStopStart.isValid() && event.on < lastStopStart)
            return invalid(S("date"), S("The clock cannot restart (%1) before it stopped (%2).").arg(formatDate(event.on), formatDate(lastStopStart)));
        break;
    case CaseEventKind::Acknowledged:
        if (hasEvent(existing, CaseEventKind::Acknowledged))
            return invalid(S("event"), S("The case has already been acknowledged."));
        break;
    case CaseEventKind::Responded:
        if (hasEvent(existing, CaseEventKind::Responded))
            return invalid(S("event"), S("A full response has already been recorded."));
        break;
    case CaseEventKind::Note:
        if (event.note.trimmed().isEmpty())
            return invalid(S("note"), S("A note needs some text."));
        break;
    default:
        break;
    }
    return {};
}

#undef S

} // namespace hub
