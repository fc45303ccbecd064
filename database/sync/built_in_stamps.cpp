#include "database/sync/built_in_stamps.h"

#include "database/sqlite/connection.h"
#include "database/sqlite/transaction.h"
#include "database/sync/synced_tables.h"

namespace hub::db
{

void stampBuiltInRows(const Connection &connection)
{
    SyncedTables tables(connection);
    WriteTransaction tx(connection);
    for (const SyncedTable &t : tables.all()) {
        if (t.revColumn < 0)
            continue;
        Statement st = connection.prepare(QStringLiteral(
            "UPDATE %1 SET rev=?1, created_at=?2, updated_at=?2, created_by=?3, updated_by=?3 WHERE row_version=1")
                                              .arg(t.name));
        st.bind(1, kBuiltInRevision).bind(2, kBuiltInTime).bind(3, kBuiltInUser).exec();
    }
    tx.commit();
}

} // namespace hub::db
