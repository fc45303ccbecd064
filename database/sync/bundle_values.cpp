#include "database/sync/bundle_values.h"

#include "database/records/field_rules.h"
#include "database/sqlite/connection.h"
#include "database/sqlite/sqlite_api.h"
#include "database/sqlite/statement.h"
#include "database/sync/changeset_codec.h"
#include "database/sync/synced_tables.h"

#include <QHash>
#include <QSet>

namespace hub::db
{

namespace
{

StoredValue storedOf(const Field &f)
{
    StoredValue v;
    switch (f.type) {
    case Field::Integer:
        v.type = StoredValue::Integer;
        v.integer = f.integer;
        break;
    case Field::Real:
        v.type = StoredValue::Real;
        v.real = f.real;
        break;
    case Field::Text:
        v.type = StoredValue::Text;
        v.bytes = f.bytes;
        break;
    case Field::Blob:
        v.type = StoredValue::Blob;
        v.bytes = f.bytes;
        break;
    default:
        break; // Null (Undefined cannot reach here: validate() wants full rows)
    }
    return v;
}

struct Where {
    std::int64_t seq = 0;
    QString table;
    QString rowId;
};

Error refusal(const QString &name, const Where &w, const QString &field, const QString &why)
{
    Error e = makeError(ErrorCode::Invalid,
        QStringLiteral("The sync bundle %1 was refused: entry %2, table %3, row %4, field %5: %6. "
                       "Nothing was imported; ask the sending office to check that record.")
            .arg(name)
            .arg(w.seq)
            .arg(w.table, w.rowId.left(64), field, why));
    e.file = name;
    e.field = field;
    return e;
}

struct PendingRef {
    Where where;
    const ColumnRule *rule = nullptr;
    QString value;
};

} // namespace

Status checkBundleValues(const Connection &connection, SyncedTables &tables, const Bundle &bundle, const QString &name,
    const QSet<std::int64_t> &alreadyImported)
{
    // What the bundle itself provides for each referenced (table, column).
    QHash<QString, QSet<QString>> provided;
    QSet<QString> referenced;
    for (const TableRules &t : allTableRules())
        for (const ColumnRule &c : t.columns)
            if (!c.refTable.isEmpty())
                referenced.insert(c.refTable + QLatin1Char('.') + c.refColumn);
    QVector<PendingRef> refs;

    for (const BundleEntry &e : bundle.entries) {
        if (alreadyImported.contains(e.seq))
            continue;
        sqlite3_changeset_iter *raw = nullptr;
        if (sqlite3changeset_start(
                &raw, static_cast<int>(e.changeset.size()), const_cast<char *>(e.changeset.constData()))
            != SQLITE_OK)
            return makeError(ErrorCode::Corrupt,
                QStringLiteral("The sync bundle is damaged (entry %1 unreadable); nothing was imported.").arg(e.seq));
        ChangesetIter it(raw);
        while (sqlite3changeset_next(it.get()) == SQLITE_ROW) {
            const char *tableName = nullptr;
            int nCol = 0, op = 0, indirect = 0;
            sqlite3changeset_op(it.get(), &tableName, &nCol, &op, &indirect);
            if (op == SQLITE_DELETE)
                continue; // writes nothing new
            const SyncedTable *t = tables.find(QString::fromUtf8(tableName));
            const TableRules *rules = t ? tableRules(t->name) : nullptr;
            if (!t)
                continue; // validate() refused it already
            Row row(nCol);
            for (int c = 0; c < nCol; ++c) {
                sqlite3_value *v = nullptr;
                if (op == SQLITE_INSERT || !t->isPk(c))
                    sqlite3changeset_new(it.get(), c, &v);
                else
                    sqlite3changeset_old(it.get(), c, &v);
                row[c] = Field::from(v);
            }
            Where w { e.seq, t->name, {} };
            const int idCol = int(t->columns.indexOf(QStringLiteral("id")));
            w.rowId = idCol >= 0 && row[idCol].type == Field::Text ? QString::fromUtf8(row[idCol].bytes.left(64))
                                                                   : QStringLiteral("(no id)");
            if (!rules)
                return refusal(
                    name, w, QStringLiteral("-"), QStringLiteral("this version has no rules for that table"));
            for (int c = 0; c < nCol && c < t->columns.size(); ++c) {
                const QString &column = t->columns[c];
                const ColumnRule *rule = rules->find(column);
                if (!rule)
                    return refusal(name, w, column, QStringLiteral("this version has no rule for that field"));
                const StoredValue v = storedOf(row[c]);
                const QString why = valueProblem(*rule, v);
                if (!why.isEmpty())
                    return refusal(name, w, column, why);
                const QString key = t->name + QLatin1Char('.') + column;
                if (v.type == StoredValue::Text && referenced.contains(key))
                    provided[key].insert(QString::fromUtf8(v.bytes));
                if (!rule->refTable.isEmpty() && v.type == StoredValue::Text && !v.bytes.isEmpty())
                    refs.append({ w, rule, QString::fromUtf8(v.bytes) });
            }
        }
    }

    // References: to a row in this bundle or in this file. A reference to
    // built-in catalogue must resolve; one to a row another office creates
    // may name a row still on its way (docs/sync.md), and is counted as
    // dangling after the import.
    QHash<QString, bool> found;
    for (const PendingRef &r : refs) {
        const QString key = r.rule->refTable + QLatin1Char('.') + r.rule->refColumn;
        if (provided.value(key).contains(r.value) || !r.rule->shipped)
            continue;
        const QString cacheKey = key + QLatin1Char('\x1f') + r.value;
        auto hit = found.constFind(cacheKey);
        if (hit == found.constEnd()) {
            // Names come from the rule table (code), never from the bundle.
            Statement st = connection.prepare(
                QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ?1 LIMIT 1").arg(r.rule->refTable, r.rule->refColumn));
            st.bind(1, r.value);
            hit = found.insert(cacheKey, st.step());
        }
        if (!hit.value())
            return refusal(name, r.where, r.rule->column,
                QStringLiteral("'%1' names no %2 this office has").arg(r.value.left(80), r.rule->refTable));
    }
    return {};
}

} // namespace hub::db
