// Schema 4: cases with their timelines, attachments, letter templates, office
// closure days and the case search index. Synced tables carry syncColumns()
// and UUID keys; case_fts is a local index that triggers keep in step and
// rebuildCaseSearch() (database/cases/case_search.h) rebuilds after a sync
// import or VACUUM.
#include "database/schema/migrations.h"

namespace hub::db
{

QString migration0004Cases()
{
    QString sql = QStringLiteral(R"SQL(
-- ref is <office>-<year>-<seq>: office_code/ref_year/ref_seq are its parts,
-- so the next number is MAX(ref_seq)+1 for this office and year under the
-- write lock, and references from two offices can never collide.
-- ack_due .. closed_on mirror the clock engine's dates after every change
-- (indexable "overdue" filters); states are always derived, never stored.
CREATE TABLE case_record (
    id TEXT PRIMARY KEY NOT NULL,
    ref TEXT NOT NULL UNIQUE,
    office_code TEXT NOT NULL,
    ref_year INTEGER NOT NULL,
    ref_seq INTEGER NOT NULL CHECK (ref_seq > 0),
    type TEXT NOT NULL,
    ccg_code TEXT NOT NULL,
    practice_ods TEXT NOT NULL DEFAULT '',
    activity_key TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    officer TEXT NOT NULL DEFAULT '',
    priority TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low','normal','high','urgent')),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','acknowledged','paused','responded','closed')),
    stage INTEGER NOT NULL DEFAULT 0 CHECK (stage BETWEEN 0 AND 3),
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    received_on TEXT NOT NULL,
    ack_due TEXT, ack_met_on TEXT,
    response_due TEXT, response_met_on TEXT,
    paused INTEGER NOT NULL DEFAULT 0,
    closed_on TEXT,
    {SYNC},
    UNIQUE (office_code, ref_year, ref_seq)
);
CREATE INDEX case_by_received ON case_record(received_on);
CREATE INDEX case_by_ccg ON case_record(ccg_code, received_on);
CREATE INDEX case_by_practice ON case_record(practice_ods, received_on);
CREATE INDEX case_by_type ON case_record(type, received_on);
CREATE INDEX case_by_officer ON case_record(officer, received_on);
CREATE INDEX case_by_status ON case_record(status, received_on);
CREATE INDEX case_open_ack ON case_record(ack_due) WHERE ack_met_on IS NULL AND closed_on IS NULL;
CREATE INDEX case_open_response ON case_record(response_due) WHERE response_met_on IS NULL AND closed_on IS NULL;

CREATE TABLE case_event (
    id TEXT PRIMARY KEY NOT NULL,
    case_id TEXT NOT NULL REFERENCES case_record(id),
    kind TEXT NOT NULL CHECK (kind IN ('received','acknowledged','updated','responded','paused','resumed','closed',
                                       'type-changed','reassigned','note','letter')),
    on_date TEXT NOT NULL,
    exclusion_code TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '',
    actor TEXT NOT NULL DEFAULT '',
    {SYNC}
);
CREATE INDEX case_event_by_case ON case_event(case_id, on_date);

CREATE TABLE case_attachment (
    id TEXT PRIMARY KEY NOT NULL,
    case_id TEXT NOT NULL REFERENCES case_record(id),
    file_name TEXT NOT NULL,
    mime TEXT NOT NULL DEFAULT 'application/octet-stream',
    size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),
    sha256 TEXT NOT NULL,
    content BLOB NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    {SYNC}
);
CREATE INDEX case_attachment_by_case ON case_attachment(case_id);

-- Letters with {{merge}} fields; key is stable so two offices' seeded
-- templates share an id and merge on sync.
CREATE TABLE letter_template (
    id TEXT PRIMARY KEY NOT NULL,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    {SYNC}
);

-- Id derived from the date (stableUuid), so the same closure added in two
-- offices is one row after sync.
CREATE TABLE office_closure (
    id TEXT PRIMARY KEY NOT NULL,
    on_date TEXT NOT NULL UNIQUE,
    reason TEXT NOT NULL,
    {SYNC}
);

-- Search over titles, descriptions, notes and correspondence: one document
-- per case, rowid = the case's rowid, so a search can walk matches newest
-- entered first (ORDER BY rowid DESC) and stop at the first screenful
-- instead of collecting every match. case_id guards the join: VACUUM may
-- renumber rowids, after which rebuildCaseSearch() puts things right.
-- Prefix indexes make type-ahead on 2-4 letters one doclist read.
CREATE VIRTUAL TABLE case_fts USING fts5(
    case_id UNINDEXED, ref, title, body,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3 4'
);
CREATE TRIGGER case_fts_case_insert AFTER INSERT ON case_record BEGIN
    INSERT INTO case_fts(rowid, case_id, ref, title, body) VALUES (new.rowid, new.id, new.ref, new.title, new.description);
END;
CREATE TRIGGER case_fts_case_update AFTER UPDATE OF ref, title, description ON case_record BEGIN
    DELETE FROM case_fts WHERE rowid = old.rowid;
    INSERT INTO case_fts(rowid, case_id, ref, title, body)
        VALUES (new.rowid, new.id, new.ref, new.title, {BODY_NEW});
END;
CREATE TRIGGER case_fts_event_insert AFTER INSERT ON case_event WHEN new.note <> '' OR new.detail <> '' BEGIN
    {REINDEX_EVENT_CASE}
END;
CREATE TRIGGER case_fts_event_update AFTER UPDATE OF note, detail, deleted_at ON case_event BEGIN
    {REINDEX_EVENT_CASE}
END;
)SQL");
    // A case's searchable body: its description and every live event's note and detail.
    const QString body = QStringLiteral(
        "%1.description || ' ' || COALESCE((SELECT group_concat(e.note || ' ' || e.detail, ' ') FROM case_event e "
        "WHERE e.case_id = %1.id AND e.deleted_at IS NULL), '')");
    sql.replace(QStringLiteral("{REINDEX_EVENT_CASE}"),
        QStringLiteral("DELETE FROM case_fts WHERE rowid = (SELECT rowid FROM case_record WHERE id = new.case_id);\n"
                       "    INSERT INTO case_fts(rowid, case_id, ref, title, body)\n"
                       "        SELECT c.rowid, c.id, c.ref, c.title, %1 FROM case_record c WHERE c.id = new.case_id;")
            .arg(body.arg(QStringLiteral("c"))));
    sql.replace(QStringLiteral("{BODY_NEW}"), body.arg(QStringLiteral("new")));
    sql.replace(QStringLiteral("{SYNC}"), syncColumns());
    return sql;
}

} // namespace hub::db
