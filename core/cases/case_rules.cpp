#include "core/cases/case_rules.h"

#include "core/common/format.h"

namespace hub
{

using namespace Qt::StringLiterals;

namespace
{

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
    return typeCode == u"provider-query"_s;
}

Status checkClosure(const QString &typeCode, const CaseEvent &closure)
{
    if (closure.kind != CaseEventKind::Closed)
        return {};
    if (closure.outcome.trimmed().isEmpty())
        return invalid(u"outcome"_s, u"Say what the outcome was before closing the case."_s);
    if (closureAsksFullResponse(typeCode) && !closure.fullResponse.has_value())
        return invalid(u"full-response"_s, u"Say whether the practice had a full response to its query."_s);
    return {};
}

Status checkNewEvent(const ServiceStandard &standard, const QDate &received, const QVector<CaseEvent> &existing,
    const CaseEvent &event, const QDate &today)
{
    const QString kind = caseEventCode(event.kind);
    if (!isUserClockEvent(event.kind))
        return invalid(u"event"_s, u"'%1' events are recorded by Hubcase itself, not added by hand."_s.arg(kind));
    if (!event.on.isValid())
        return invalid(u"date"_s, u"The %1 event needs a date."_s.arg(kind));
    if (received.isValid() && event.on < received)
        return invalid(
            u"date"_s, u"%1 is before the case was received (%2)."_s.arg(formatDate(event.on), formatDate(received)));
    if (today.isValid() && event.on > today)
        return invalid(u"date"_s,
            u"%1 is in the future; record events on or after the day they happen."_s.arg(formatDate(event.on)));
    if (event.kind != CaseEventKind::Paused && !event.exclusionCode.isEmpty())
        return invalid(u"exclusion"_s, u"Only a pause takes an exclusion."_s);
    if (event.kind != CaseEventKind::Closed && (!event.outcome.isEmpty() || event.fullResponse.has_value()))
        return invalid(u"outcome"_s, u"Only a closure takes an outcome."_s);
    const bool informationRequest = standard.key == u"data-information"_s;
    if (event.availableBy.isValid() && !(informationRequest && event.kind == CaseEventKind::Acknowledged))
        return invalid(u"available_by"_s,
            u"Only the acknowledgement of a request for information or data says when it will be available."_s);
    if (informationRequest && event.kind == CaseEventKind::Acknowledged) {
        // Standard 2: the acknowledgement confirms "when the information will reasonably be made available".
        if (!event.availableBy.isValid())
            return invalid(u"available_by"_s,
                u"The %1 standard asks the acknowledgement to confirm when the information will be made available: "
                "give that date."_s.arg(standard.name));
        if (event.availableBy < event.on)
            return invalid(u"available_by"_s,
                u"The information cannot be available (%1) before the acknowledgement (%2)."_s.arg(
                    formatDate(event.availableBy), formatDate(event.on)));
    }
    if (hasEvent(existing, CaseEventKind::Closed) && event.kind != CaseEventKind::Note)
        return invalid(u"event"_s, u"The case is closed; only notes can be added."_s);

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
            return invalid(u"exclusion"_s,
                u"The %1 standard lists no exclusions, so its clock cannot be stopped."_s.arg(standard.name));
        QStringList codes;
        bool found = false;
        for (const Exclusion &x : standard.exclusions) {
            codes << x.code;
            found = found || x.code == event.exclusionCode;
        }
        if (event.exclusionCode.isEmpty())
            return invalid(u"exclusion"_s,
                u"A pause needs one of the %1 standard's exclusions: %2."_s.arg(standard.name, codes.join(u", "_s)));
        if (!found)
            return invalid(u"exclusion"_s,
                u"'%1' is not an exclusion of the %2 standard (use %3)."_s.arg(
                    event.exclusionCode, standard.name, codes.join(u", "_s)));
        if (event.note.trimmed().isEmpty())
            return invalid(u"note"_s, u"A pause needs a note saying why the exclusion applies."_s);
        if (isPaused(existing))
            return invalid(u"event"_s, u"The clock is already stopped; resume it first."_s);
        if (lastStopStart.isValid() && event.on < lastStopStart)
            return invalid(
                u"date"_s, u"A pause cannot be dated before the last restart (%1)."_s.arg(formatDate(lastStopStart)));
        break;
    }
    case CaseEventKind::Resumed:
        if (!isPaused(existing))
            return invalid(u"event"_s, u"The clock is not stopped, so it cannot be resumed."_s);
        if (lastStopStart.isValid() && event.on < lastStopStart)
            return invalid(u"date"_s,
                u"The clock cannot restart (%1) before it stopped (%2)."_s.arg(
                    formatDate(event.on), formatDate(lastStopStart)));
        break;
    case CaseEventKind::Acknowledged:
        if (hasEvent(existing, CaseEventKind::Acknowledged))
            return invalid(u"event"_s, u"The case has already been acknowledged."_s);
        break;
    case CaseEventKind::Responded:
        if (hasEvent(existing, CaseEventKind::Responded))
            return invalid(u"event"_s, u"A full response has already been recorded."_s);
        break;
    case CaseEventKind::Note:
        if (event.note.trimmed().isEmpty())
            return invalid(u"note"_s, u"A note needs some text."_s);
        break;
    default:
        break;
    }
    return {};
}

} // namespace hub
