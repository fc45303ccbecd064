#pragma once
// Full-text indexes are local: sessions do not record virtual tables, so
// after an import each FTS5 index is brought back in step here.

namespace hub::db
{

class Connection;

// External-content FTS5 tables are rebuilt from their content table.
// Trigger-fed FTS5 tables (like case_fts) are kept in step by their triggers
// while the bundle applies: the importer only updates or inserts rows in
// place, never delete-and-reinsert, so every trigger sees the change.
void rebuildFullTextIndexes(const Connection &connection);

} // namespace hub::db
