// Schema 8: who each operating-system account is. A link names the officer
// (as written on cases and CCG leads) an account works as, so "Me", "Recorded
// by" and "last saved by" show a person. Synced: a colleague's account is
// linked once for every office. The key is a stable UUID of the account name
// (folded to lower case: Windows account names ignore case), so two offices
// linking the same account hold one row and sync keeps the newest answer.
#include "database/schema/migrations.h"

namespace hub::db
{

using namespace Qt::StringLiterals;

QString migration0008AccountLinks()
{
    return uR"SQL(
CREATE TABLE account_link (
    id       TEXT PRIMARY KEY NOT NULL,
    account  TEXT NOT NULL,             -- as the operating system spells it
    officer  TEXT NOT NULL DEFAULT '',  -- '' = "None of these" (asked, and not an officer)
    )SQL"_s
        + syncColumns() + uR"SQL(
);
)SQL"_s;
}

} // namespace hub::db
