#include "database/events/records_changed.h"

namespace hub::db
{

void RecordsChanged::add(const QString &table, const QString &id, ChangeKind kind)
{
    Table &t = m_tables[table];
    auto it = t.rows.find(id);
    if (it == t.rows.end()) {
        t.rows.insert(id, kind);
        return;
    }
    // Inserted then updated in one commit is still an insert; a tombstone wins.
    if (kind == ChangeKind::Deleted || (it.value() == ChangeKind::Updated && kind == ChangeKind::Inserted))
        it.value() = kind;
}

void RecordsChanged::addWholeTable(const QString &table)
{
    m_tables[table].whole = true;
}

void RecordsChanged::merge(const RecordsChanged &other)
{
    for (auto t = other.m_tables.begin(); t != other.m_tables.end(); ++t) {
        if (t->whole)
            addWholeTable(t.key());
        for (auto r = t->rows.begin(); r != t->rows.end(); ++r)
            add(t.key(), r.key(), r.value());
    }
    if (other.fromOtherDesktop())
        m_origin = Origin::OtherDesktop;
}

bool RecordsChanged::touchesAny(const QStringList &tables) const
{
    for (const QString &t : tables)
        if (m_tables.contains(t))
            return true;
    return false;
}

bool RecordsChanged::isWholeTable(const QString &table) const
{
    const auto it = m_tables.constFind(table);
    return it != m_tables.constEnd() && it->whole;
}

QSet<QString> RecordsChanged::ids(const QString &table) const
{
    QSet<QString> out;
    const auto it = m_tables.constFind(table);
    if (it != m_tables.constEnd())
        for (auto r = it->rows.begin(); r != it->rows.end(); ++r)
            out.insert(r.key());
    return out;
}

QSet<QString> RecordsChanged::ids(const QString &table, ChangeKind kind) const
{
    QSet<QString> out;
    const auto it = m_tables.constFind(table);
    if (it != m_tables.constEnd())
        for (auto r = it->rows.begin(); r != it->rows.end(); ++r)
            if (r.value() == kind)
                out.insert(r.key());
    return out;
}

bool RecordsChanged::touchesRow(const QString &table, const QString &id) const
{
    const auto it = m_tables.constFind(table);
    return it != m_tables.constEnd() && (it->whole || it->rows.contains(id));
}

} // namespace hub::db
