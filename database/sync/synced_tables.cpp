#include "database/sync/synced_tables.h"

#include "database/sqlite/connection.h"

#include <algorithm>

namespace hub::db
{

bool SyncedTables::isLocalName(const QString &name)
{
    return name.startsWith(QLatin1String("local_")) || name.startsWith(QLatin1String("sqlite_"));
}

const QVector<SyncedTable> &SyncedTables::all()
{
    const int version = m_connection.scalar(QStringLiteral("PRAGMA schema_version")).toInt();
    if (version != m_schemaVersion) {
        refresh();
        m_schemaVersion = version;
    }
    return m_tables;
}

const SyncedTable *SyncedTables::find(const QString &name)
{
    all();
    const auto it = m_index.constFind(name);
    return it == m_index.cend() ? nullptr : &m_tables[*it];
}

void SyncedTables::refresh()
{
    m_tables.clear();
    m_index.clear();
    // table_list types shadow tables 'shadow' and virtual ones 'virtual', so
    // FTS internals are excluded without knowing their naming scheme.
    Statement list = m_connection.prepare(
        QStringLiteral("SELECT name FROM pragma_table_list WHERE schema='main' AND type='table' ORDER BY name"));
    Statement info = m_connection.prepare(QStringLiteral("SELECT name, pk FROM pragma_table_info(?1) ORDER BY cid"));
    while (list.step()) {
        const QString name = list.text(0);
        if (isLocalName(name))
            continue;
        SyncedTable t;
        t.name = name;
        QVector<QPair<int, int>> keys; // (key position, column)
        info.reset();
        info.bind(1, name);
        while (info.step()) {
            const int column = static_cast<int>(t.columns.size());
            t.columns << info.text(0);
            if (info.integer(1) > 0)
                keys.append({ info.integer(1), column });
            if (info.text(0) == QLatin1String("rev"))
                t.revColumn = column;
        }
        std::sort(keys.begin(), keys.end());
        for (const auto &k : keys)
            t.pkColumns << k.second;
        m_index.insert(name, static_cast<int>(m_tables.size()));
        m_tables.append(t);
    }
}

} // namespace hub::db
