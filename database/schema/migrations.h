#pragma once
// Numbered schema migrations. user_version holds the number of the last one
// applied; each runs in its own transaction and never changes once shipped.

#include <QString>
#include <QVector>

namespace hub::db
{

class Connection;

struct Migration {
    int version;
    const char *name;
    QString (*script)();
    // Rows a migration adds to an existing office's built-in catalogue, in the
    // same transaction, with the built-in stamps (so offices agree); null for most.
    void (*builtInRows)(const Connection &) = nullptr;
};

const QVector<Migration> &allMigrations();
int latestSchemaVersion();

// Every synced table carries the same bookkeeping columns (see docs/architecture.md).
QString syncColumns();

// Applies migrations after `fromVersion` in order, one transaction each.
void applyMigrations(const Connection &connection, int fromVersion);

// Migration scripts, one file each.
QString migration0001Foundation();
QString migration0002Sync();
QString migration0003Presence();
QString migration0004Cases();
QString migration0005CaseContacts();
QString migration0006Letterhead();
QString migration0007ActivityHistory();
QString migration0008AccountLinks();
QString migration0009WholeMou();
void migration0009BuiltInRows(const Connection &connection);

} // namespace hub::db
