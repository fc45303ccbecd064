// Schema 8: the history of the agreed MoU's responsibility matrix. Each edit
// of an activity's wording or markers adds one row per field changed, in the
// same transaction as the edit, so the Functions page can say who changed
// what and when. Synced: every office sees how the agreed text moved.
// It also replaces a transcriber's note that older files were seeded with
// (function VI, shown on the Functions page and in specifications) by the
// words the catalogue now ships; a note anyone has edited is left alone.
#include "database/schema/migrations.h"

namespace hub::db
{

QString migration0007ActivityHistory()
{
    QString sql = QStringLiteral(R"SQL(
CREATE TABLE activity_change (
    id TEXT PRIMARY KEY NOT NULL,
    activity_id TEXT NOT NULL REFERENCES activity(id),
    field TEXT NOT NULL CHECK (field IN ('text','subgroup','ccg_role','hub_role','hub_qualifier')),
    old_value TEXT NOT NULL DEFAULT '',
    new_value TEXT NOT NULL DEFAULT '',
    {SYNC}
);
CREATE INDEX activity_change_by_activity ON activity_change(activity_id, created_at);
UPDATE delegated_function
   SET note = 'The MoU lists the activities for this function together with function VII, Reviewing primary medical services in the Area.'
 WHERE numeral = 'VI' AND note = 'Activities are listed with VII in the seed';
)SQL");
    return sql.replace(QStringLiteral("{SYNC}"), syncColumns());
}

} // namespace hub::db
