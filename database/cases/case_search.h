#pragma once
// Full-text search over cases (FTS5 table case_fts, kept in step by triggers).

#include <QString>

namespace hub::db {

class Connection;

// A MATCH expression from what a user typed: every word must appear (any
// column), each word quoted so punctuation cannot become query syntax, and
// the last word matched as a prefix so results follow each keystroke.
// Empty when the text has no searchable words.
QString caseSearchExpression(const QString &typed);

// Rebuilds case_fts from case_record and case_event: after a sync import
// (virtual tables are not in changesets) or a VACUUM (which may renumber rowids).
void rebuildCaseSearch(const Connection &connection);

} // namespace hub::db
