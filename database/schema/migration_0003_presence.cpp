// Schema 3: tables for several desktops on one shared file. Both are local_*:
// they describe this copy of the file (who has it open, which backups were
// taken of it), so office-to-office sync never ships them, yet every desktop
// working on the same file reads and writes the same rows.
#include "database/schema/migrations.h"

namespace hub::db
{

QString migration0003Presence()
{
    return QStringLiteral(R"SQL(
-- One row per open desktop session; removed on exit, ignored and cleaned up
-- by the others once heartbeat_at is stale (a crashed or unplugged desktop).
CREATE TABLE local_presence (
    session_id   TEXT PRIMARY KEY NOT NULL,
    user         TEXT NOT NULL,
    machine      TEXT NOT NULL,
    pid          INTEGER NOT NULL DEFAULT 0,
    since        TEXT NOT NULL,
    heartbeat_at TEXT NOT NULL
);

-- Every backup taken of this file, by any desktop: the scheduler reads the
-- newest entry so that five desktops on one share do not take five backups.
CREATE TABLE local_backup_log (
    id        INTEGER PRIMARY KEY,
    taken_at  TEXT NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('scheduled','on-demand','before-restore')),
    path      TEXT NOT NULL,
    bytes     INTEGER NOT NULL DEFAULT 0,
    taken_by  TEXT NOT NULL DEFAULT '',
    machine   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX local_backup_log_by_time ON local_backup_log(taken_at);
)SQL");
}

} // namespace hub::db
