#include "database/sync/change_capture.h"

#include "database/events/change_notifier.h"

#include "database/sqlite/sql_error.h"
#include "database/sqlite/sqlite_api.h"
#include "database/sync/changeset_codec.h"

#include <QDateTime>
#include <QStringList>
#include <memory>
#include <utility>

namespace hub::db
{

namespace
{

using Iter = ChangesetIter;

Iter startIter(const QByteArray &changeset)
{
    sqlite3_changeset_iter *it = nullptr;
    const int rc
        = sqlite3changeset_start(&it, static_cast<int>(changeset.size()), const_cast<char *>(changeset.constData()));
    if (rc != SQLITE_OK)
        throwSqlite(rc, QStringLiteral("reading the captured changes"));
    return Iter(it);
}

QString whereKey(const SyncedTable &t, int firstParam)
{
    QStringList parts;
    for (int i = 0; i < t.pkColumns.size(); ++i)
        parts << QStringLiteral("%1=?%2").arg(t.columns[t.pkColumns[i]]).arg(firstParam + i);
    return parts.join(QStringLiteral(" AND "));
}

// True when the row just read (SELECT *) carries a tombstone.
bool tombstoned(const SyncedTable &t, sqlite3_stmt *row)
{
    const int c = t.columns.indexOf(QStringLiteral("deleted_at"));
    return c >= 0 && sqlite3_column_type(row, c) != SQLITE_NULL;
}

// A prepared statement owned by raw handle, for binding Fields.
struct RawStatement {
    sqlite3_stmt *st = nullptr;
    RawStatement(sqlite3 *db, const QString &sql)
    {
        const QByteArray utf8 = sql.toUtf8();
        const int rc = sqlite3_prepare_v2(db, utf8.constData(), -1, &st, nullptr);
        if (rc != SQLITE_OK)
            throwSqlite(rc, QString::fromUtf8(sqlite3_errmsg(db)));
    }
    ~RawStatement() { sqlite3_finalize(st); }
    RawStatement(const RawStatement &) = delete;
    RawStatement &operator=(const RawStatement &) = delete;
};

} // namespace

ChangeCapture::ChangeCapture(
    Connection &connection, std::function<QString(const QString &)> mintRevision, ChangeNotifier *notifier)
    : m_connection(connection)
    , m_mintRevision(std::move(mintRevision))
    , m_tables(connection)
    , m_notifier(notifier)
{
    m_connection.setWriteObserver(this);
}

ChangeCapture::~ChangeCapture()
{
    endSession();
    if (m_connection.writeObserver() == this)
        m_connection.setWriteObserver(nullptr);
}

ChangeCapture::Pause::Pause(ChangeCapture *capture)
    : m_capture(capture)
{
    if (m_capture)
        ++m_capture->m_paused;
}

ChangeCapture::Pause::~Pause()
{
    if (m_capture)
        --m_capture->m_paused;
}

int ChangeCapture::filter(void *self, const char *table)
{
    // Called by SQLite the first time a table is written in the session; no
    // SQL may run here, hence the name set prepared in writeBegun().
    return static_cast<ChangeCapture *>(self)->m_synced.contains(QString::fromUtf8(table)) ? 1 : 0;
}

void ChangeCapture::writeBegun()
{
    endSession();
    m_pending = RecordsChanged();
    m_pausedWrite = m_paused > 0;
    if (m_paused > 0)
        return;
    m_synced.clear();
    for (const SyncedTable &t : m_tables.all())
        m_synced.insert(t.name);
    // One session per write transaction: a rolled-back write then leaves
    // nothing behind, and each outbox entry is exactly one commit.
    sqlite3_session *s = nullptr;
    int rc = sqlite3session_create(m_connection.handle(), "main", &s);
    if (rc != SQLITE_OK)
        throwSqlite(rc, QStringLiteral("could not start recording changes for sync"));
    sqlite3session_table_filter(s, &ChangeCapture::filter, this);
    rc = sqlite3session_attach(s, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3session_delete(s);
        throwSqlite(rc, QStringLiteral("could not start recording changes for sync"));
    }
    m_session = s;
}

void ChangeCapture::writeEnded(bool committed)
{
    endSession();
    RecordsChanged change = std::exchange(m_pending, RecordsChanged());
    if (std::exchange(m_pausedWrite, false)) {
        for (const SyncedTable &t : m_tables.all())
            change.addWholeTable(t.name);
    }
    if (committed && m_notifier)
        m_notifier->publish(change);
}

void ChangeCapture::endSession()
{
    if (m_session) {
        sqlite3session_delete(m_session);
        m_session = nullptr;
    }
}

QByteArray ChangeCapture::sessionChangeset() const
{
    int n = 0;
    void *p = nullptr;
    const int rc = sqlite3session_changeset(m_session, &n, &p);
    if (rc != SQLITE_OK)
        throwSqlite(rc, QStringLiteral("could not read the recorded changes"));
    QByteArray out(static_cast<const char *>(p), n);
    sqlite3_free(p);
    return out;
}

bool ChangeCapture::stampUnrevisedRows(const QByteArray &changeset)
{
    // A writer that forgot to mint a revision stamp would make its change
    // look like the version other offices already hold, and be dropped
    // there. And a stamp not newer than the one it replaces (a clock behind
    // a copied or imported row) would lose to its own ancestor. Restamp such
    // rows now, inside the same transaction.
    bool stamped = false;
    Iter it = startIter(changeset);
    while (sqlite3changeset_next(it.get()) == SQLITE_ROW) {
        const char *table = nullptr;
        int nCol = 0, op = 0, indirect = 0;
        sqlite3changeset_op(it.get(), &table, &nCol, &op, &indirect);
        if (op != SQLITE_UPDATE)
            continue;
        const SyncedTable *t = m_tables.find(QString::fromUtf8(table));
        if (!t || t->revColumn < 0)
            continue;
        sqlite3_value *oldRev = nullptr;
        sqlite3_value *newRev = nullptr;
        sqlite3changeset_old(it.get(), t->revColumn, &oldRev);
        sqlite3changeset_new(it.get(), t->revColumn, &newRev);
        QString floor;
        if (oldRev) {
            const QString before = Field::from(oldRev).text();
            if (Field::from(newRev).text() > before)
                continue;
            floor = before;
        } else {
            // rev unchanged: the row's current stamp is the floor.
            RawStatement cur(
                m_connection.handle(), QStringLiteral("SELECT rev FROM %1 WHERE %2").arg(t->name, whereKey(*t, 1)));
            for (int i = 0; i < t->pkColumns.size(); ++i) {
                sqlite3_value *v = nullptr;
                sqlite3changeset_old(it.get(), t->pkColumns[i], &v);
                Field::from(v).bindTo(cur.st, i + 1);
            }
            if (sqlite3_step(cur.st) == SQLITE_ROW)
                floor = Field::fromColumn(cur.st, 0).text();
        }
        RawStatement st(
            m_connection.handle(), QStringLiteral("UPDATE %1 SET rev=?1 WHERE %2").arg(t->name, whereKey(*t, 2)));
        const QByteArray rev = m_mintRevision(floor).toUtf8();
        sqlite3_bind_text(st.st, 1, rev.constData(), static_cast<int>(rev.size()), SQLITE_TRANSIENT);
        for (int i = 0; i < t->pkColumns.size(); ++i) {
            sqlite3_value *v = nullptr;
            sqlite3changeset_old(it.get(), t->pkColumns[i], &v);
            Field::from(v).bindTo(st.st, i + 2);
        }
        if (sqlite3_step(st.st) != SQLITE_DONE)
            throwSqlite(
                sqlite3_errcode(m_connection.handle()), QString::fromUtf8(sqlite3_errmsg(m_connection.handle())));
        stamped = true;
    }
    return stamped;
}

void ChangeCapture::writeCommitting()
{
    if (!m_session || sqlite3session_isempty(m_session))
        return;
    QByteArray raw = sessionChangeset();
    if (stampUnrevisedRows(raw))
        raw = sessionChangeset();

    ChangesetWriter writer;
    QStringList tables;
    QString maxRev;
    int count = 0;
    RawStatement lineage(m_connection.handle(),
        QStringLiteral("INSERT OR IGNORE INTO local_sync_lineage(rev, base_rev) VALUES (?1, ?2)"));
    auto addLineage = [&](const Field &rev, const Field &base) {
        if (rev.type != Field::Text)
            return;
        sqlite3_reset(lineage.st);
        rev.bindTo(lineage.st, 1);
        if (base.type == Field::Text)
            base.bindTo(lineage.st, 2);
        else
            sqlite3_bind_text(lineage.st, 2, "", 0, SQLITE_STATIC);
        if (sqlite3_step(lineage.st) != SQLITE_DONE)
            throwSqlite(
                sqlite3_errcode(m_connection.handle()), QString::fromUtf8(sqlite3_errmsg(m_connection.handle())));
        if (rev.text() > maxRev)
            maxRev = rev.text();
    };

    Iter it = startIter(raw);
    while (sqlite3changeset_next(it.get()) == SQLITE_ROW) {
        const char *tableName = nullptr;
        int nCol = 0, op = 0, indirect = 0;
        sqlite3changeset_op(it.get(), &tableName, &nCol, &op, &indirect);
        const SyncedTable *t = m_tables.find(QString::fromUtf8(tableName));
        if (!t || nCol != t->columns.size())
            continue;
        QByteArray pkFlags(nCol, '\0');
        for (int c : t->pkColumns)
            pkFlags[c] = 1;
        ++count;
        if (!tables.contains(t->name))
            tables << t->name;
        if (op == SQLITE_INSERT) {
            Row row(nCol);
            for (int c = 0; c < nCol; ++c) {
                sqlite3_value *v = nullptr;
                sqlite3changeset_new(it.get(), c, &v);
                row[c] = Field::from(v);
            }
            writer.add(t->name, pkFlags, SQLITE_INSERT, nullptr, &row);
            m_pending.add(t->name, row[t->pkColumns.value(0)].text(), ChangeKind::Inserted);
            if (t->revColumn >= 0)
                addLineage(row[t->revColumn], Field {});
        } else if (op == SQLITE_UPDATE) {
            // Old: key + the revision it replaced; new: every other column as
            // it now is, so the receiver gets the whole row, not a patch.
            Row oldRow(nCol), newRow(nCol);
            for (int c : t->pkColumns) {
                sqlite3_value *v = nullptr;
                sqlite3changeset_old(it.get(), c, &v);
                oldRow[c] = Field::from(v);
            }
            if (t->revColumn >= 0) {
                sqlite3_value *v = nullptr;
                sqlite3changeset_old(it.get(), t->revColumn, &v);
                oldRow[t->revColumn] = Field::from(v);
            }
            RawStatement current(
                m_connection.handle(), QStringLiteral("SELECT * FROM %1 WHERE %2").arg(t->name, whereKey(*t, 1)));
            for (int i = 0; i < t->pkColumns.size(); ++i)
                oldRow[t->pkColumns[i]].bindTo(current.st, i + 1);
            if (sqlite3_step(current.st) != SQLITE_ROW || sqlite3_column_count(current.st) != nCol)
                continue;
            for (int c = 0; c < nCol; ++c)
                if (!t->isPk(c))
                    newRow[c] = Field::fromColumn(current.st, c);
            writer.add(t->name, pkFlags, SQLITE_UPDATE, &oldRow, &newRow);
            m_pending.add(t->name, oldRow[t->pkColumns.value(0)].text(),
                tombstoned(*t, current.st) ? ChangeKind::Deleted : ChangeKind::Updated);
            if (t->revColumn >= 0)
                addLineage(newRow[t->revColumn], oldRow[t->revColumn]);
        } else if (op == SQLITE_DELETE) {
            Row oldRow(nCol);
            for (int c = 0; c < nCol; ++c) {
                sqlite3_value *v = nullptr;
                sqlite3changeset_old(it.get(), c, &v);
                oldRow[c] = Field::from(v);
            }
            writer.add(t->name, pkFlags, SQLITE_DELETE, &oldRow, nullptr);
            m_pending.add(t->name, oldRow[t->pkColumns.value(0)].text(), ChangeKind::Deleted);
        }
    }
    endSession(); // the outbox insert below must not be recorded
    if (writer.isEmpty())
        return;
    Statement st = m_connection.prepare(QStringLiteral(
        "INSERT INTO local_outbox(created_at, change_count, tables, max_rev, changeset) VALUES (?1, ?2, ?3, ?4, ?5)"));
    st.bind(1, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .bind(2, count)
        .bind(3, tables.join(QLatin1Char(',')))
        .bind(4, maxRev)
        .bind(5, writer.data())
        .exec();
    m_pending.setOutboxSeq(m_connection.lastInsertRowId());
}

} // namespace hub::db
