#pragma once
// What may be added to a case's timeline, checked before anything is written:
// a clock stops only under one of the current standard's exclusions (with a
// note), restarts only when stopped, and nothing is dated before receipt.

#include "core/cases/case_event.h"
#include "core/catalogue/catalogue.h"
#include "core/common/result.h"

#include <QDate>
#include <QVector>

namespace hub {

// `existing` is the case's timeline; `today` bounds dates (no future events).
Status checkNewEvent(const ServiceStandard &standard, const QDate &received, const QVector<CaseEvent> &existing,
                     const CaseEvent &event, const QDate &today);

// True while the last pause in the timeline has not been resumed.
bool isPaused(const QVector<CaseEvent> &timeline);
bool hasEvent(const QVector<CaseEvent> &timeline, CaseEventKind kind);

} // namespace hub
