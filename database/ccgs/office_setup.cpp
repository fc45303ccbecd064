#include "database/ccgs/office_setup.h"

#include "database/backup/backup_folder.h"
#include "database/office_file.h"
#include "database/sqlite/sql_error.h"
#include "database/sqlite/statement.h"

namespace hub::db
{

using namespace Qt::StringLiterals;

Result<OfficeSetup> readOfficeSetup(const OfficeFile &file)
{
    return guarded([&]() -> Result<OfficeSetup> {
        OfficeSetup s;
        const Connection &c = file.connection();
        {
            Statement st
                = c.prepare(u"SELECT count(*), coalesce(sum(hub_contracting_lead = '' OR hub_finance_lead = ''), 0) "
                            "FROM ccg WHERE deleted_at IS NULL"_s);
            if (st.step()) {
                s.ccgs = st.integer(0);
                s.ccgsWithoutLeads = st.integer(1);
            }
        }
        {
            Statement st
                = c.prepare(u"SELECT code FROM ccg WHERE deleted_at IS NULL "
                            "AND (hub_contracting_lead = '' OR hub_finance_lead = '') ORDER BY code LIMIT 1"_s);
            if (st.step())
                s.firstCcgWithoutLeads = st.text(0);
        }
        {
            Statement st = c.prepare(u"SELECT count(*) FROM practice WHERE deleted_at IS NULL"_s);
            if (st.step())
                s.practices = st.integer(0);
        }
        s.backupFolder = loadBackupSettings(file).folder;
        return s;
    });
}

} // namespace hub::db
