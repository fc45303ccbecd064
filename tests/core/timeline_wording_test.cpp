// The timeline reads the same on the screen and in the case summary PDF: both call
// these functions, so a closure's outcome shows in both.
#include "test_support.h"

#include "core/cases/timeline_wording.h"

using namespace hub;
using namespace Qt::StringLiterals;

TEST_CASE("A closure's timeline entry gives its outcome and whether the response was full", "[core][cases][wording]")
{
    CaseEvent closed = hubtest::ev(CaseEventKind::Closed, "2017-02-20", "", "nothing further asked");
    closed.outcome = u"Answered in full"_s;
    closed.fullResponse = true;
    CHECK(timelineEventText(closed) == u"Closed"_s);
    CHECK(timelineNoteText(closed)
        == u"Outcome: Answered in full · the practice had a full response · nothing further asked"_s);

    closed.fullResponse = false;
    closed.note.clear();
    CHECK(timelineNoteText(closed) == u"Outcome: Answered in full · not a full response"_s);
}

TEST_CASE("Timeline details are put in words beside the note", "[core][cases][wording]")
{
    CaseEvent moved = hubtest::ev(CaseEventKind::Reassigned, "2017-01-05", "", "covering leave");
    moved.detail = u"Tom Bradley"_s;
    CHECK(timelineEventText(moved) == u"Reassigned"_s);
    CHECK(timelineNoteText(moved) == u"to Tom Bradley (covering leave)"_s);

    const CaseEvent note = hubtest::ev(CaseEventKind::Note, "2017-01-06", "", "rang the practice");
    CHECK(timelineNoteText(note) == u"rang the practice"_s);
    CHECK(timelineEventText(note) == u"Note"_s);
}
