#include "database/sync/value_audit.h"

#include "database/records/field_rules.h"
#include "database/sqlite/connection.h"
#include "database/sqlite/sql_error.h"
#include "database/sqlite/sqlite_api.h"
#include "database/sync/synced_tables.h"

#include <QHash>
#include <memory>

namespace hub::db
{

namespace
{

struct StmtDeleter {
    void operator()(sqlite3_stmt *st) const { sqlite3_finalize(st); }
};
using Stmt = std::unique_ptr<sqlite3_stmt, StmtDeleter>;

Stmt prepare(sqlite3 *db, const QString &sql)
{
    sqlite3_stmt *st = nullptr;
    const int rc = sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &st, nullptr);
    if (rc != SQLITE_OK)
        throwSqlite(rc, QString::fromUtf8(sqlite3_errmsg(db)));
    return Stmt(st);
}

StoredValue columnValue(sqlite3_stmt *st, int c)
{
    StoredValue v;
    switch (sqlite3_column_type(st, c)) {
    case SQLITE_INTEGER:
        v.type = StoredValue::Integer;
        v.integer = sqlite3_column_int64(st, c);
        break;
    case SQLITE_FLOAT:
        v.type = StoredValue::Real;
        v.real = sqlite3_column_double(st, c);
        break;
    case SQLITE_TEXT:
        v.type = StoredValue::Text;
        v.bytes = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(st, c)), sqlite3_column_bytes(st, c));
        break;
    case SQLITE_BLOB:
        v.type = StoredValue::Blob;
        v.bytes = QByteArray(reinterpret_cast<const char *>(sqlite3_column_blob(st, c)), sqlite3_column_bytes(st, c));
        break;
    default:
        break;
    }
    return v;
}

QString noun(const QString &table, int n)
{
    static const QHash<QString, QString> names { { QStringLiteral("case_record"), QStringLiteral("case") },
        { QStringLiteral("case_event"), QStringLiteral("case event") },
        { QStringLiteral("case_attachment"), QStringLiteral("attachment") },
        { QStringLiteral("practice"), QStringLiteral("practice") }, { QStringLiteral("ccg"), QStringLiteral("CCG") },
        { QStringLiteral("ccg_level"), QStringLiteral("CCG level") },
        { QStringLiteral("activity"), QStringLiteral("activity") },
        { QStringLiteral("office_closure"), QStringLiteral("office closure") },
        { QStringLiteral("letter_template"), QStringLiteral("letter template") },
        { QStringLiteral("account_link"), QStringLiteral("account link") } };
    const QString one = names.value(table, QStringLiteral("%1 row").arg(table));
    if (n == 1)
        return one;
    return one.endsWith(QLatin1Char('y')) && !one.endsWith(QLatin1String("ey")) ? one.chopped(1) + QStringLiteral("ies")
                                                                                : one + QLatin1Char('s');
}

QString describe(const QString &table, const ColumnRule &rule, int rows, const QString &example, bool reference)
{
    const QString field = rule.column == QLatin1String("type") ? QStringLiteral("case type") : rule.column;
    QString what;
    if (reference)
        what = QStringLiteral("a %1 that names no %2 here").arg(field, rule.refTable);
    else if (rule.kind == ValueKind::Enum)
        what = QStringLiteral("a %1 this version does not know").arg(field);
    else
        what = QStringLiteral("a %1 this version cannot understand").arg(field);
    return QStringLiteral(
        "%1 %2 %3 %4 (e.g. %5); lists show it as unknown. A newer Hubcase or a damaged bundle may have written it.")
        .arg(rows)
        .arg(noun(table, rows), rows == 1 ? QStringLiteral("has") : QStringLiteral("have"), what, example);
}

} // namespace

Result<QVector<ValueWarning>> auditStoredValues(const Connection &connection)
{
    return guarded([&]() -> Result<QVector<ValueWarning>> {
        sqlite3 *db = connection.handle();
        SyncedTables tables(connection);
        QVector<ValueWarning> out;
        for (const SyncedTable &t : tables.all()) {
            const TableRules *rules = tableRules(t.name);
            if (!rules)
                continue;
            QVector<const ColumnRule *> colRules;
            for (const QString &c : t.columns)
                colRules << rules->find(c);
            QVector<int> bad(t.columns.size(), 0);
            QVector<QString> example(t.columns.size());
            Stmt st = prepare(db, QStringLiteral("SELECT * FROM %1").arg(t.name));
            int rc = SQLITE_OK;
            while ((rc = sqlite3_step(st.get())) == SQLITE_ROW) {
                for (int c = 0; c < colRules.size(); ++c) {
                    if (!colRules[c])
                        continue;
                    const StoredValue v = columnValue(st.get(), c);
                    if (!valueProblem(*colRules[c], v).isEmpty() && bad[c]++ == 0)
                        example[c] = v.shown();
                }
            }
            if (rc != SQLITE_DONE)
                throwSqlite(rc, QString::fromUtf8(sqlite3_errmsg(db)));
            for (int c = 0; c < colRules.size(); ++c)
                if (bad[c] > 0)
                    out.append({ t.name, t.columns[c], bad[c], example[c],
                        describe(t.name, *colRules[c], bad[c], example[c], false) });
            // Built-in catalogue references that resolve to nothing.
            for (int c = 0; c < colRules.size(); ++c) {
                const ColumnRule *r = colRules[c];
                if (!r || r->refTable.isEmpty() || !r->shipped)
                    continue;
                Stmt q = prepare(db,
                    QStringLiteral("SELECT count(*), min(x.%2) FROM %1 x WHERE x.%2 <> '' AND NOT EXISTS "
                                   "(SELECT 1 FROM %3 y WHERE y.%4 = x.%2)")
                        .arg(t.name, r->column, r->refTable, r->refColumn));
                if (sqlite3_step(q.get()) == SQLITE_ROW && sqlite3_column_int(q.get(), 0) > 0) {
                    const int n = sqlite3_column_int(q.get(), 0);
                    const QString ex = columnValue(q.get(), 1).shown();
                    out.append({ t.name, r->column, n, ex, describe(t.name, *r, n, ex, true) });
                }
            }
        }
        return out;
    });
}

} // namespace hub::db
