// Schema 5: who asked for a case and how to reach them (the requester fields
// of core/cases/case_fields.h), and what came of a case when it was closed
// (on its closed event, so taking the closure back out takes the outcome too).
#include "database/schema/migrations.h"

namespace hub::db
{

using namespace Qt::StringLiterals;

QString migration0005CaseContacts()
{
    return uR"SQL(
ALTER TABLE case_record ADD COLUMN requester_name TEXT NOT NULL DEFAULT '';
ALTER TABLE case_record ADD COLUMN requester_organisation TEXT NOT NULL DEFAULT '';
ALTER TABLE case_record ADD COLUMN requester_email TEXT NOT NULL DEFAULT '';
ALTER TABLE case_record ADD COLUMN requester_phone TEXT NOT NULL DEFAULT '';
-- full_response: '' when not asked (every type but provider queries, and
-- closures recorded before schema 5), else 'yes' or 'no'.
ALTER TABLE case_event ADD COLUMN outcome TEXT NOT NULL DEFAULT '';
ALTER TABLE case_event ADD COLUMN full_response TEXT NOT NULL DEFAULT '' CHECK (full_response IN ('', 'yes', 'no'));
)SQL"_s;
}

} // namespace hub::db
