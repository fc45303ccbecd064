// Schema 2: sync between offices. Every table here is local_* (never synced):
// it describes this office's view of the exchange, not shared data.
// See docs/sync.md for why the conflict list is local.
#include "database/schema/migrations.h"

namespace hub::db
{

QString migration0002Sync()
{
    return QStringLiteral(R"SQL(
-- Local changes waiting to be exported: one entry per committed write
-- transaction, written in that same transaction (docs/sync.md "Capture").
CREATE TABLE local_outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at TEXT NOT NULL,
    change_count INTEGER NOT NULL,
    tables TEXT NOT NULL DEFAULT '',
    max_rev TEXT NOT NULL DEFAULT '',
    changeset BLOB NOT NULL
);

-- Per other office: what has been imported from it.
CREATE TABLE local_sync_peer (
    office_id TEXT PRIMARY KEY NOT NULL,
    office_code TEXT NOT NULL,
    contiguous_seq INTEGER NOT NULL DEFAULT 0,  -- every entry up to here imported
    max_seq INTEGER NOT NULL DEFAULT 0,         -- highest entry imported
    entries INTEGER NOT NULL DEFAULT 0,
    last_import_at TEXT,
    last_bundle TEXT NOT NULL DEFAULT ''
);

-- Every outbox entry of another office already applied: makes duplicates and
-- overlapping bundles no-ops, whatever order they arrive in.
CREATE TABLE local_sync_seen (
    office_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    imported_at TEXT NOT NULL,
    PRIMARY KEY (office_id, seq)
) WITHOUT ROWID;

-- Revision stamp -> the stamp it replaced ('' for an insert): lets an import
-- tell a late-arriving ancestor or a fast-forward from a concurrent edit.
CREATE TABLE local_sync_lineage (
    rev TEXT PRIMARY KEY NOT NULL,
    base_rev TEXT NOT NULL
) WITHOUT ROWID;

-- The review list: every DATA / NOTFOUND / CONFLICT / CONSTRAINT case met on
-- import, with both versions of the row as JSON.
CREATE TABLE local_sync_conflict (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    detected_at TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('data','notfound','conflict','constraint')),
    table_name TEXT NOT NULL,
    row_key TEXT NOT NULL,
    origin_office_id TEXT NOT NULL,
    origin_office_code TEXT NOT NULL,
    origin_seq INTEGER NOT NULL,
    local_rev TEXT NOT NULL DEFAULT '',
    incoming_rev TEXT NOT NULL DEFAULT '',
    winner TEXT NOT NULL CHECK (winner IN ('local','theirs')),
    local_row TEXT NOT NULL DEFAULT '',
    incoming_row TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','auto','resolved')),
    note TEXT NOT NULL DEFAULT '',
    resolution TEXT NOT NULL DEFAULT '',
    resolved_at TEXT,
    resolved_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX local_sync_conflict_by_status ON local_sync_conflict(status, id);
)SQL");
}

} // namespace hub::db
