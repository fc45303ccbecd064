#pragma once
// Which tables travel between offices, found from the schema itself so a
// table added by a later migration is synced without anyone remembering to
// register it: every ordinary table except local_* and sqlite_*, and never
// virtual tables or their shadow tables (FTS indexes are rebuilt locally).

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace hub::db
{

class Connection;

struct SyncedTable {
    QString name;
    QStringList columns; // declaration order, as changesets number them
    QVector<int> pkColumns; // indexes into columns, in key order
    int revColumn = -1; // -1 when the table lacks one (the schema test fails then)

    bool isPk(int column) const { return pkColumns.contains(column); }
};

class SyncedTables
{
public:
    explicit SyncedTables(const Connection &connection)
        : m_connection(connection)
    {
    }

    // Re-reads the schema when PRAGMA schema_version moved.
    const QVector<SyncedTable> &all();
    const SyncedTable *find(const QString &name);

    // True for names that are never synced whatever the schema says.
    static bool isLocalName(const QString &name);

private:
    void refresh();
    const Connection &m_connection;
    int m_schemaVersion = -1;
    QVector<SyncedTable> m_tables;
    QHash<QString, int> m_index;
};

} // namespace hub::db
