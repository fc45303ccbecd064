// Schema 6: the Hub's letterhead (its name, address and contact details) that
// every letter prints, one row per office. Synced office data: the id is
// derived from the office code (stableUuid), so an office's letterhead is one
// row in every office that receives it.
#include "database/schema/migrations.h"

namespace hub::db
{

using namespace Qt::StringLiterals;

QString migration0006Letterhead()
{
    QString sql = uR"SQL(
CREATE TABLE office_letterhead (
    id TEXT PRIMARY KEY NOT NULL,
    office_code TEXT NOT NULL,
    hub_name TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    {SYNC}
);
CREATE INDEX office_letterhead_by_office ON office_letterhead(office_code);
)SQL"_s;
    sql.replace(u"{SYNC}"_s, syncColumns());
    return sql;
}

} // namespace hub::db
