#include "database/schema/migrations.h"

#include "database/sqlite/connection.h"
#include "database/sqlite/transaction.h"

namespace hub::db
{

const QVector<Migration> &allMigrations()
{
    static const QVector<Migration> list = {
        { 1, "foundation: MoU catalogue, CCGs, practices, specifications", &migration0001Foundation },
        { 2, "sync between offices: outbox, peers, lineage, conflicts", &migration0002Sync },
        { 3, "shared file: desktop presence and backup log", &migration0003Presence },
        { 4, "cases: timeline, attachments, letters, closures, search", &migration0004Cases },
        { 5, "cases: requester contact fields, closure outcomes", &migration0005CaseContacts },
        { 6, "letters: the Hub's letterhead (address and contact)", &migration0006Letterhead },
        { 7, "history of the MoU's activities: who changed the wording or markers", &migration0007ActivityHistory },
        { 8, "people: operating-system accounts linked to officers", &migration0008AccountLinks },
        { 9, "the whole MoU: seed clauses, panel forms, agreement lifecycle, information-available dates",
            &migration0009WholeMou, &migration0009BuiltInRows },
    };
    return list;
}

int latestSchemaVersion()
{
    return allMigrations().last().version;
}

QString syncColumns()
{
    return QStringLiteral("created_at TEXT NOT NULL, created_by TEXT NOT NULL, "
                          "updated_at TEXT NOT NULL, updated_by TEXT NOT NULL, "
                          "row_version INTEGER NOT NULL DEFAULT 1, rev TEXT NOT NULL, deleted_at TEXT");
}

void applyMigrations(const Connection &connection, int fromVersion)
{
    for (const Migration &m : allMigrations()) {
        if (m.version <= fromVersion)
            continue;
        WriteTransaction tx(connection);
        connection.execScript(m.script());
        if (m.builtInRows)
            m.builtInRows(connection);
        connection.execScript(QStringLiteral("PRAGMA user_version=%1").arg(m.version));
        tx.commit();
    }
}

} // namespace hub::db
