#pragma once
// What may be added to a case's timeline, checked before anything is written:
// a clock stops only under one of the current standard's exclusions (with a
// note), restarts only when stopped, and nothing is dated before receipt.

#include "core/cases/case_event.h"
#include "core/catalogue/catalogue.h"
#include "core/common/result.h"

#include <QDate>
#include <QVector>

namespace hub
{

// `existing` is the case's timeline; `today` bounds dates (no future events).
Status checkNewEvent(const ServiceStandard &standard, const QDate &received, const QVector<CaseEvent> &existing,
    const CaseEvent &event, const QDate &today);

// Closing a case records its outcome in words and, for a provider query,
// whether the practice had a full response. The close dialog and
// `case event closed` ask for them; records brought in from elsewhere
// (imports, older offices) may lack them, so the repository does not refuse those.
bool closureAsksFullResponse(const QString &typeCode);
Status checkClosure(const QString &typeCode, const CaseEvent &closure);

// True while the last pause in the timeline has not been resumed.
bool isPaused(const QVector<CaseEvent> &timeline);
bool hasEvent(const QVector<CaseEvent> &timeline, CaseEventKind kind);

} // namespace hub
