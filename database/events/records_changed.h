#pragma once
// What one commit changed, by table: the keys of the rows inserted, updated
// and tombstoned. Published after COMMIT (never after a rollback) for this
// desktop's writes, and by the data_version watcher for other desktops'.
// A table may be marked whole ("rows unknown"): an imported sync bundle, or
// another desktop's import, where the receiver simply re-reads the table.

#include <QHash>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QStringList>

namespace hub::db
{

enum class ChangeKind { Inserted, Updated, Deleted };

class RecordsChanged
{
public:
    enum class Origin { ThisDesktop, OtherDesktop };

    void add(const QString &table, const QString &id, ChangeKind kind);
    // Rows unknown: treat every row of `table` as possibly changed.
    void addWholeTable(const QString &table);
    void merge(const RecordsChanged &other);

    bool isEmpty() const { return m_tables.isEmpty(); }
    QStringList tables() const { return m_tables.keys(); }
    bool touches(const QString &table) const { return m_tables.contains(table); }
    bool touchesAny(const QStringList &tables) const;
    bool isWholeTable(const QString &table) const;
    // Keys changed in `table` (empty for a whole table or an untouched one).
    QSet<QString> ids(const QString &table) const;
    QSet<QString> ids(const QString &table, ChangeKind kind) const;
    // True when `id` of `table` is named, or the whole table changed.
    bool touchesRow(const QString &table, const QString &id) const;

    // The local_outbox entry this desktop's commit wrote (0 when none), so the
    // watcher can tell its own entries from other desktops'.
    qint64 outboxSeq() const { return m_outboxSeq; }
    void setOutboxSeq(qint64 seq) { m_outboxSeq = seq; }

    Origin origin() const { return m_origin; }
    void setOrigin(Origin origin) { m_origin = origin; }
    bool fromOtherDesktop() const { return m_origin == Origin::OtherDesktop; }

private:
    struct Table {
        QHash<QString, ChangeKind> rows;
        bool whole = false;
    };
    QHash<QString, Table> m_tables;
    Origin m_origin = Origin::ThisDesktop;
    qint64 m_outboxSeq = 0;
};

} // namespace hub::db

Q_DECLARE_METATYPE(hub::db::RecordsChanged)
