#pragma once
// Full-text search over cases (FTS5 table case_fts, kept in step by triggers),
// and the case list's query: filters, full-text search, sorting by any
// column and paging, planned so each keystroke stays fast on 200,000 cases.

#include "core/calendar/working_calendar.h"
#include "core/common/result.h"
#include "database/cases/case_rows.h"

#include <QString>
#include <QStringList>
#include <QVariantList>
#include <memory>

namespace hub::db
{

class Connection;
class OfficeFile;

// A MATCH expression from what a user typed: every word must appear (any
// column), each word quoted so punctuation cannot become query syntax, and
// the last word matched as a prefix so results follow each keystroke.
// Empty when the text has no searchable words.
QString caseSearchExpression(const QString &typed);

// As caseSearchExpression, for type-ahead: a last word of a single letter or
// digit still being typed is left out (as a prefix it would match most of the
// index, and the next keystroke narrows it anyway). A lone one-character word
// therefore searches nothing yet; `*searchable` (optional) says whether the
// text has any word at all (false for "  -*( ", which matches nothing).
QString caseTypeAheadExpression(const QString &typed, bool *searchable = nullptr);

// Rebuilds case_fts from case_record and case_event: after a sync import
// (virtual tables are not in changesets) or a VACUUM (which may renumber rowids).
void rebuildCaseSearch(const Connection &connection);

// The case list: CaseRepository's filters plus sorting by column
// (CaseFilter::sortColumn) and type-ahead search (caseTypeAheadExpression).
// A search with filters that keep few cases (up to 1,000) is driven from the
// filters' indexes and checks each of them against the search, instead of
// walking every match of a short prefix.
// The filter's conditions other than the search, as SQL terms over
// case_record c, their values appended to `binds` (?N numbered after them).
QStringList caseFilterTerms(const CaseFilter &filter, QVariantList &binds);

class CaseListQuery
{
public:
    explicit CaseListQuery(OfficeFile &file);
    ~CaseListQuery();

    Result<QVector<CaseRow>> list(const CaseFilter &filter);
    // How many cases match. With `cap` > 0 a search combined with filters that
    // keep many cases stops counting past it and returns cap + 1 ("more than cap");
    // other counts are exact (searches alone are counted by the index, and
    // counts without a search are kept until the file changes).
    Result<int> count(const CaseFilter &filter, int cap = 0);
    // Distinct officers on live cases, for pick-lists.
    Result<QStringList> officers();
    // The office's working calendar (closure days included) the rows' clock
    // states were read with, for counting working days on screen.
    Result<WorkingCalendar> calendar();
    // The SQL list() runs for `filter` (for EXPLAIN QUERY PLAN in tests and the benchmark).
    QString listSql(const CaseFilter &filter);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace hub::db
