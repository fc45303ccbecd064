#pragma once
// The words for a case's timeline, once for every place that shows it: the
// case editor's timeline, the case summary PDF and the case's printouts.

#include "core/cases/case_event.h"

#include <QString>

namespace hub
{

// "Received", "Acknowledged", "Update sent", "Full response", "Clocks paused", ...
QString timelineEventName(CaseEventKind kind);

// The entry's name; an entry of a kind this version does not know keeps its own label.
QString timelineEventText(const CaseEvent &event);

// The entry's detail in words: "Provider query → Payment query", "to Tom Bradley".
QString timelineDetailText(const CaseEvent &event);

// The "Note / detail" column: a closure's outcome and whether the response was full,
// then the detail and the note ("Outcome: Answered in full · the practice had a full response").
QString timelineNoteText(const CaseEvent &event);

} // namespace hub
