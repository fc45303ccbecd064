#include "database/sync/bundle_importer.h"

#include "database/office_file.h"
#include "database/sqlite/sql_error.h"
#include "database/sqlite/sqlite_api.h"
#include "database/sqlite/transaction.h"
#include "database/sync/bundle_values.h"
#include "database/sync/change_capture.h"
#include "database/sync/changeset_codec.h"
#include "database/sync/fts_rebuild.h"
#include "database/sync/synced_tables.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringList>
#include <memory>
#include <optional>

namespace hub::db
{

namespace
{

constexpr qint64 kMaxBundleBytes = qint64(1) << 30;

using Iter = ChangesetIter;

struct StmtDeleter {
    void operator()(sqlite3_stmt *st) const { sqlite3_finalize(st); }
};
using Stmt = std::unique_ptr<sqlite3_stmt, StmtDeleter>;

Stmt prepareRaw(sqlite3 *db, const QString &sql)
{
    sqlite3_stmt *st = nullptr;
    const int rc = sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &st, nullptr);
    if (rc != SQLITE_OK)
        throwSqlite(rc, QString::fromUtf8(sqlite3_errmsg(db)));
    return Stmt(st);
}

QString revText(const Row &row, const SyncedTable &t)
{
    if (t.revColumn < 0 || t.revColumn >= row.size() || row[t.revColumn].type != Field::Text)
        return {};
    return row[t.revColumn].text();
}

QString rowJson(const Row &row, const SyncedTable &t)
{
    if (row.isEmpty())
        return {};
    QJsonObject o;
    for (int c = 0; c < row.size() && c < t.columns.size(); ++c)
        if (row[c].type != Field::Undefined)
            o.insert(t.columns[c], row[c].toJson());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString keyJson(const Row &row, const SyncedTable &t)
{
    QJsonArray a;
    for (int c : t.pkColumns)
        a.append(c < row.size() ? row[c].toJson() : QJsonValue());
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

struct ConflictRecord {
    const SyncedTable *table = nullptr;
    QString kind; // data / notfound / conflict / constraint
    QString status; // open / auto
    QString winner; // local / theirs
    QString note;
    Row local;
    Row incoming;
};

struct Deferred {
    const SyncedTable *table = nullptr;
    Row row; // every column
    bool update = false; // else insert
};

// State shared with SQLite's C callbacks during one entry's apply. C++
// exceptions must not unwind through SQLite, so errors are parked here.
struct ApplyContext {
    sqlite3 *db = nullptr;
    SyncedTables *tables = nullptr;
    sqlite3_stmt *lineage = nullptr; // SELECT base_rev FROM local_sync_lineage WHERE rev=?1
    QString originCode;
    QVector<Deferred> deferred;
    QVector<ConflictRecord> conflicts;
    std::optional<Error> error;

    QString baseOf(const QString &rev, bool *found)
    {
        sqlite3_reset(lineage);
        const QByteArray r = rev.toUtf8();
        sqlite3_bind_text(lineage, 1, r.constData(), static_cast<int>(r.size()), SQLITE_TRANSIENT);
        *found = sqlite3_step(lineage) == SQLITE_ROW;
        const QString base
            = *found ? QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(lineage, 0))) : QString();
        sqlite3_reset(lineage);
        return base;
    }

    // True when `ancestor` is known to precede `rev` in that row's history.
    bool isAncestor(const QString &ancestor, const QString &rev)
    {
        if (ancestor.isEmpty() || rev.isEmpty())
            return false;
        // History comes partly from other offices' bundles: guard against
        // cycles and absurd depth rather than trust it.
        QSet<QString> visited { rev };
        QString cur = rev;
        for (int steps = 0; steps < 20000; ++steps) {
            bool found = false;
            cur = baseOf(cur, &found);
            if (!found || cur.isEmpty() || visited.contains(cur))
                return false;
            if (cur == ancestor)
                return true;
            visited.insert(cur);
        }
        return false;
    }

    void log(const SyncedTable *t, const char *kind, const char *status, bool theirsWin, const QString &note, Row local,
        Row incoming)
    {
        conflicts.append({ t, QString::fromLatin1(kind), QString::fromLatin1(status),
            theirsWin ? QStringLiteral("theirs") : QStringLiteral("local"), note, std::move(local),
            std::move(incoming) });
    }

    int decide(int eConflict, sqlite3_changeset_iter *it)
    {
        const char *tableName = nullptr;
        int nCol = 0, op = 0, indirect = 0;
        sqlite3changeset_op(it, &tableName, &nCol, &op, &indirect);
        const SyncedTable *t = tables->find(QString::fromUtf8(tableName));
        if (!t || eConflict == SQLITE_CHANGESET_FOREIGN_KEY)
            return SQLITE_CHANGESET_OMIT;
        Row incoming(nCol);
        QString base;
        for (int c = 0; c < nCol; ++c) {
            sqlite3_value *v = nullptr;
            if (op == SQLITE_INSERT || (op == SQLITE_UPDATE && !t->isPk(c)))
                sqlite3changeset_new(it, c, &v);
            else
                sqlite3changeset_old(it, c, &v);
            incoming[c] = Field::from(v);
        }
        if (op == SQLITE_UPDATE && t->revColumn >= 0) {
            sqlite3_value *v = nullptr;
            sqlite3changeset_old(it, t->revColumn, &v);
            base = Field::from(v).text();
        }
        const QString theirs = revText(incoming, *t);

        if (eConflict == SQLITE_CHANGESET_DATA || eConflict == SQLITE_CHANGESET_CONFLICT) {
            Row local(nCol);
            for (int c = 0; c < nCol; ++c) {
                sqlite3_value *v = nullptr;
                sqlite3changeset_conflict(it, c, &v);
                local[c] = Field::from(v);
            }
            const QString mine = revText(local, *t);
            const char *kind = eConflict == SQLITE_CHANGESET_DATA ? "data" : "conflict";
            if (op == SQLITE_DELETE) {
                // Hubcase never deletes rows (tombstones instead); a physical
                // delete only goes ahead on the version it was made on.
                if (mine == theirs || isAncestor(mine, theirs))
                    return SQLITE_CHANGESET_REPLACE;
                log(t, kind, "open", false,
                    QStringLiteral("Deleted in %1 but changed here since; kept here.").arg(originCode),
                    std::move(local), std::move(incoming));
                return SQLITE_CHANGESET_OMIT;
            }
            if (mine == theirs)
                return SQLITE_CHANGESET_OMIT; // this very version is already here
            // The winner is decided by stamp order alone, so every office picks
            // the same one whatever it knows; lineage only says whether a
            // person needs to look (capture keeps descendants' stamps newer).
            const bool theirsWin = theirs > mine;
            if (!theirsWin && isAncestor(theirs, mine)) {
                log(t, kind, "auto", false,
                    QStringLiteral("An older version from %1 arrived after a newer one; ignored.").arg(originCode),
                    std::move(local), incoming);
            } else if (theirsWin && isAncestor(mine, theirs)) {
                log(t, kind, "auto", true,
                    QStringLiteral("Newer version from %1 arrived before an intermediate one; taken.").arg(originCode),
                    std::move(local), incoming);
            } else {
                log(t, kind, "open", theirsWin,
                    theirsWin
                        ? QStringLiteral("Changed here and in %1; the newer change (%1) was kept.").arg(originCode)
                        : QStringLiteral("Changed here and in %1; the newer change (here) was kept.").arg(originCode),
                    std::move(local), incoming);
            }
            if (!theirsWin)
                return SQLITE_CHANGESET_OMIT;
            if (op == SQLITE_UPDATE)
                return SQLITE_CHANGESET_REPLACE;
            // An insert meeting an existing row: REPLACE would delete and
            // re-insert (new rowid, no update triggers); update in place instead.
            deferred.append({ t, std::move(incoming), true });
            return SQLITE_CHANGESET_OMIT;
        }
        if (eConflict == SQLITE_CHANGESET_NOTFOUND) {
            if (op == SQLITE_UPDATE) {
                // The row's creation has not reached this office yet; the
                // change carries the whole row, so create it from that.
                log(t, "notfound", "auto", true,
                    QStringLiteral("Changed in %1 before its creation arrived here; created from the full row.")
                        .arg(originCode),
                    {}, incoming);
                deferred.append({ t, std::move(incoming), false });
            } else {
                log(t, "notfound", "auto", true, QStringLiteral("Deleted in %1; it was never here.").arg(originCode),
                    {}, std::move(incoming));
            }
            return SQLITE_CHANGESET_OMIT;
        }
        if (eConflict == SQLITE_CHANGESET_CONSTRAINT) {
            log(t, "constraint", "open", false,
                QStringLiteral("The change from %1 breaks a rule here (a duplicate code or a check); not applied.")
                    .arg(originCode),
                {}, std::move(incoming));
            return SQLITE_CHANGESET_OMIT;
        }
        return SQLITE_CHANGESET_OMIT;
    }
};

int onConflict(void *p, int eConflict, sqlite3_changeset_iter *it)
{
    auto *ctx = static_cast<ApplyContext *>(p);
    try {
        return ctx->decide(eConflict, it);
    } catch (const SqlError &e) {
        ctx->error = e.error();
    } catch (const std::exception &e) {
        ctx->error = makeError(ErrorCode::Internal, QString::fromUtf8(e.what()));
    }
    return SQLITE_CHANGESET_ABORT;
}

int onFilter(void *p, const char *table)
{
    // Defence in depth: validate() already refused bundles naming other tables.
    return static_cast<ApplyContext *>(p)->tables->find(QString::fromUtf8(table)) ? 1 : 0;
}

// Foreign keys are off while a bundle applies: a row may arrive before its
// parent (from another office's bundle), and sync must not refuse it.
class ForeignKeysOff
{
public:
    explicit ForeignKeysOff(const Connection &c)
        : m_c(c)
    {
        m_c.execScript(QStringLiteral("PRAGMA foreign_keys=OFF"));
    }
    ~ForeignKeysOff() { sqlite3_exec(m_c.handle(), "PRAGMA foreign_keys=ON", nullptr, nullptr, nullptr); }
    ForeignKeysOff(const ForeignKeysOff &) = delete;
    ForeignKeysOff &operator=(const ForeignKeysOff &) = delete;

private:
    const Connection &m_c;
};

Iter startIter(const QByteArray &changeset)
{
    sqlite3_changeset_iter *it = nullptr;
    const int rc
        = sqlite3changeset_start(&it, static_cast<int>(changeset.size()), const_cast<char *>(changeset.constData()));
    return Iter(rc == SQLITE_OK ? it : nullptr);
}

} // namespace

Status BundleImporter::validate(const Bundle &bundle)
{
    if (bundle.officeId == m_file.officeId())
        return makeError(ErrorCode::Invalid,
            QStringLiteral("This bundle was exported by this office (%1); there is nothing to import.")
                .arg(bundle.officeCode));
    if (bundle.officeCode == m_file.officeCode())
        return makeError(ErrorCode::Invalid,
            QStringLiteral("This bundle comes from another office file that also uses the code %1. "
                           "Each office needs its own code; nothing was imported.")
                .arg(bundle.officeCode));
    const int ours = m_file.schemaVersion();
    if (bundle.schemaVersion > ours)
        return makeError(ErrorCode::NewerVersion,
            QStringLiteral("This bundle comes from a newer Hubcase (schema %1; this file is schema %2). "
                           "Upgrade Hubcase here, then import again.")
                .arg(bundle.schemaVersion)
                .arg(ours));
    SyncedTables tables(m_file.connection());
    for (const BundleEntry &e : bundle.entries) {
        QString why;
        if (!isWellFormedChangeset(e.changeset, &why))
            return makeError(ErrorCode::Corrupt,
                QStringLiteral("The sync bundle is damaged (entry %1: %2); nothing was imported.").arg(e.seq).arg(why));
        Iter it = startIter(e.changeset);
        if (!it)
            return makeError(ErrorCode::Corrupt,
                QStringLiteral("The sync bundle is damaged (entry %1 unreadable); nothing was imported.").arg(e.seq));
        int rc = SQLITE_OK;
        while ((rc = sqlite3changeset_next(it.get())) == SQLITE_ROW) {
            const char *tableName = nullptr;
            int nCol = 0, op = 0, indirect = 0;
            if (sqlite3changeset_op(it.get(), &tableName, &nCol, &op, &indirect) != SQLITE_OK)
                return makeError(ErrorCode::Corrupt,
                    QStringLiteral("The sync bundle is damaged (entry %1); nothing was imported.").arg(e.seq));
            const QString name = QString::fromUtf8(tableName);
            const SyncedTable *t = tables.find(name);
            if (!t)
                return makeError(ErrorCode::Invalid,
                    QStringLiteral(
                        "The sync bundle changes '%1', which is not a synced table here; nothing was imported.")
                        .arg(name.left(64)));
            unsigned char *pk = nullptr;
            int pkCols = 0;
            sqlite3changeset_pk(it.get(), &pk, &pkCols);
            bool pkMatches = pkCols == nCol;
            for (int c = 0; pkMatches && c < nCol; ++c)
                pkMatches = (pk[c] != 0) == t->isPk(c);
            if (nCol != t->columns.size() || !pkMatches)
                return makeError(ErrorCode::Invalid,
                    QStringLiteral("The sync bundle's table '%1' has a different layout (schema %2 there, %3 here). "
                                   "Both offices need the same Hubcase version; nothing was imported.")
                        .arg(name)
                        .arg(bundle.schemaVersion)
                        .arg(ours));
            // Every change must carry what the conflict policy needs.
            auto defined = [&](bool isNew, int c) {
                sqlite3_value *v = nullptr;
                const int r = isNew ? sqlite3changeset_new(it.get(), c, &v) : sqlite3changeset_old(it.get(), c, &v);
                return r == SQLITE_OK && v != nullptr;
            };
            bool complete = t->revColumn >= 0;
            for (int c = 0; complete && c < nCol; ++c) {
                if (op == SQLITE_INSERT)
                    complete = defined(true, c);
                else if (op == SQLITE_DELETE)
                    complete = defined(false, c);
                else if (op == SQLITE_UPDATE)
                    complete = t->isPk(c) ? defined(false, c) : defined(true, c);
                else
                    complete = false;
            }
            if (complete && op == SQLITE_UPDATE)
                complete = defined(false, t->revColumn);
            if (!complete)
                return makeError(ErrorCode::Corrupt,
                    QStringLiteral(
                        "The sync bundle is damaged (entry %1 has an incomplete row for '%2'); nothing was imported.")
                        .arg(e.seq)
                        .arg(name));
        }
        if (rc != SQLITE_DONE)
            return makeError(ErrorCode::Corrupt,
                QStringLiteral("The sync bundle is damaged (entry %1 unreadable); nothing was imported.").arg(e.seq));
    }
    return {};
}

Result<ImportSummary> BundleImporter::importFile(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return makeError(ErrorCode::NotFound, QStringLiteral("No such bundle: %1").arg(path));
    if (f.size() > kMaxBundleBytes)
        return makeError(ErrorCode::Invalid, QStringLiteral("%1 is too large to be a sync bundle.").arg(path));
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("Could not read %1: %2").arg(path, f.errorString()));
    return importBytes(f.readAll(), QFileInfo(path).fileName());
}

Result<ImportSummary> BundleImporter::importBytes(const QByteArray &bytes, const QString &name)
{
    auto withName = [&](Error e) {
        if (e.file.isEmpty())
            e.file = name;
        return e;
    };
    if (m_file.isDamaged())
        return m_file.writeRefusal();
    if (m_file.isReadOnly())
        return withName(makeError(
            ErrorCode::ReadOnly, QStringLiteral("The office file is open read-only; nothing can be imported.")));
    const auto parsed = BundleFormat::read(bytes);
    if (!parsed)
        return withName(parsed.error());
    const Bundle &bundle = parsed.value();
    const Status valid = validate(bundle);
    if (!valid)
        return withName(valid.error());
    // Every value against the rules local writes obey, before anything is applied.
    const Status values = guarded([&]() -> Status {
        const Connection &c = m_file.connection();
        QSet<std::int64_t> seen;
        Statement st = c.prepare(QStringLiteral("SELECT seq FROM local_sync_seen WHERE office_id=?1"));
        st.bind(1, bundle.officeId);
        while (st.step())
            seen.insert(st.int64(0));
        SyncedTables tables(c);
        return checkBundleValues(c, tables, bundle, name, seen);
    });
    if (!values)
        return withName(values.error());

    ImportSummary sum;
    sum.bundle = name;
    sum.officeId = bundle.officeId;
    sum.officeCode = bundle.officeCode;
    sum.seqFrom = bundle.seqFrom;
    sum.seqTo = bundle.seqTo;
    sum.entries = static_cast<int>(bundle.entries.size());
    QString maxRev;

    const Connection &c = m_file.connection();
    Status done = guarded([&]() -> Status {
        ForeignKeysOff fkOff(c);
        ChangeCapture::Pause pause(m_file.changeCapture());
        WriteTransaction tx(c);
        SyncedTables tables(c);
        const QString now = OfficeFile::nowUtc();
        Stmt lineageLookup
            = prepareRaw(c.handle(), QStringLiteral("SELECT base_rev FROM local_sync_lineage WHERE rev=?1"));
        Statement seen = c.prepare(QStringLiteral("SELECT 1 FROM local_sync_seen WHERE office_id=?1 AND seq=?2"));
        Statement markSeen
            = c.prepare(QStringLiteral("INSERT INTO local_sync_seen(office_id, seq, imported_at) VALUES (?1, ?2, ?3)"));
        Statement addLineage
            = c.prepare(QStringLiteral("INSERT OR IGNORE INTO local_sync_lineage(rev, base_rev) VALUES (?1, ?2)"));
        Statement addConflict = c.prepare(
            QStringLiteral("INSERT INTO local_sync_conflict(detected_at, kind, table_name, row_key, origin_office_id, "
                           "origin_office_code, "
                           "origin_seq, local_rev, incoming_rev, winner, local_row, incoming_row, status, note) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"));

        bool historyAdded = false;
        for (const BundleEntry &e : bundle.entries) {
            seen.reset();
            seen.bind(1, bundle.officeId).bind(2, static_cast<std::int64_t>(e.seq));
            if (seen.step()) {
                ++sum.entriesAlreadyImported;
                continue;
            }
            if (!historyAdded) {
                // Only when something is new: a duplicate bundle changes nothing.
                for (const auto &[rev, base] : bundle.lineage) {
                    addLineage.reset();
                    addLineage.bind(1, rev).bind(2, base).exec();
                }
                historyAdded = true;
            }
            // Lineage first, so the conflict handler can tell a late ancestor
            // or a fast-forward from a concurrent edit.
            Iter it = startIter(e.changeset);
            while (it && sqlite3changeset_next(it.get()) == SQLITE_ROW) {
                const char *tableName = nullptr;
                int nCol = 0, op = 0, indirect = 0;
                sqlite3changeset_op(it.get(), &tableName, &nCol, &op, &indirect);
                const SyncedTable *t = tables.find(QString::fromUtf8(tableName));
                ++sum.changes;
                if (!t || t->revColumn < 0 || op == SQLITE_DELETE)
                    continue;
                sqlite3_value *nv = nullptr, *ov = nullptr;
                sqlite3changeset_new(it.get(), t->revColumn, &nv);
                if (op == SQLITE_UPDATE)
                    sqlite3changeset_old(it.get(), t->revColumn, &ov);
                const Field rev = Field::from(nv);
                const Field base = Field::from(ov);
                if (rev.type != Field::Text)
                    continue;
                addLineage.reset();
                addLineage.bind(1, rev.text()).bind(2, base.type == Field::Text ? base.text() : QString()).exec();
                if (rev.text() > maxRev)
                    maxRev = rev.text();
            }
            it.reset();

            ApplyContext ctx;
            ctx.db = c.handle();
            ctx.tables = &tables;
            ctx.lineage = lineageLookup.get();
            ctx.originCode = bundle.officeCode;
            const int rc = sqlite3changeset_apply_v2(c.handle(), static_cast<int>(e.changeset.size()),
                const_cast<char *>(e.changeset.constData()), &onFilter, &onConflict, &ctx, nullptr, nullptr, 0);
            if (ctx.error)
                return *ctx.error;
            if (rc != SQLITE_OK)
                return makeError(rc == SQLITE_CORRUPT ? ErrorCode::Corrupt : errorFromSqlite(rc, {}).code,
                    QStringLiteral("The sync bundle could not be applied (entry %1: %2); nothing was imported.")
                        .arg(e.seq)
                        .arg(QString::fromUtf8(sqlite3_errstr(rc))));

            for (const Deferred &d : ctx.deferred) {
                const SyncedTable &t = *d.table;
                QStringList cols, marks, sets, keys;
                for (int i = 0; i < t.columns.size(); ++i) {
                    cols << t.columns[i];
                    marks << QStringLiteral("?%1").arg(i + 1);
                    if (t.isPk(i))
                        keys << QStringLiteral("%1=?%2").arg(t.columns[i]).arg(i + 1);
                    else
                        sets << QStringLiteral("%1=?%2").arg(t.columns[i]).arg(i + 1);
                }
                const QString sql = d.update
                    ? QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                          .arg(t.name, sets.join(QLatin1Char(',')), keys.join(QStringLiteral(" AND ")))
                    : QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                          .arg(t.name, cols.join(QLatin1Char(',')), marks.join(QLatin1Char(',')));
                Stmt st = prepareRaw(c.handle(), sql);
                for (int i = 0; i < d.row.size(); ++i)
                    d.row[i].bindTo(st.get(), i + 1);
                const int src = sqlite3_step(st.get());
                if ((src & 0xff) == SQLITE_CONSTRAINT) {
                    ctx.log(d.table, "constraint", "open", false,
                        QStringLiteral(
                            "The change from %1 breaks a rule here (a duplicate code or a check); not applied.")
                            .arg(bundle.officeCode),
                        {}, d.row);
                } else if (src != SQLITE_DONE) {
                    throwSqlite(src, QString::fromUtf8(sqlite3_errmsg(c.handle())));
                }
            }

            for (const ConflictRecord &r : ctx.conflicts) {
                Row local = r.local;
                if (local.isEmpty() && r.kind == QLatin1String("constraint")) {
                    // Show the row this office holds under the same key, if any.
                    QStringList keys;
                    for (int i = 0; i < r.table->pkColumns.size(); ++i)
                        keys << QStringLiteral("%1=?%2").arg(r.table->columns[r.table->pkColumns[i]]).arg(i + 1);
                    Stmt st = prepareRaw(c.handle(),
                        QStringLiteral("SELECT * FROM %1 WHERE %2")
                            .arg(r.table->name, keys.join(QStringLiteral(" AND "))));
                    for (int i = 0; i < r.table->pkColumns.size(); ++i)
                        r.incoming.value(r.table->pkColumns[i]).bindTo(st.get(), i + 1);
                    if (sqlite3_step(st.get()) == SQLITE_ROW) {
                        local.resize(sqlite3_column_count(st.get()));
                        for (int i = 0; i < local.size(); ++i)
                            local[i] = Field::fromColumn(st.get(), i);
                    }
                }
                addConflict.reset();
                addConflict.bind(1, now)
                    .bind(2, r.kind)
                    .bind(3, r.table->name)
                    .bind(4, keyJson(r.incoming, *r.table))
                    .bind(5, bundle.officeId)
                    .bind(6, bundle.officeCode)
                    .bind(7, static_cast<std::int64_t>(e.seq))
                    .bind(8, revText(local, *r.table))
                    .bind(9, revText(r.incoming, *r.table))
                    .bind(10, r.winner)
                    .bind(11, rowJson(local, *r.table))
                    .bind(12, rowJson(r.incoming, *r.table))
                    .bind(13, r.status)
                    .bind(14, r.note)
                    .exec();
                if (r.status == QLatin1String("open"))
                    ++sum.conflicts;
                else
                    ++sum.autoResolved;
            }
            markSeen.reset();
            markSeen.bind(1, bundle.officeId).bind(2, static_cast<std::int64_t>(e.seq)).bind(3, now).exec();
            ++sum.entriesApplied;
        }

        if (sum.entriesApplied > 0) {
            Statement peer = c.prepare(QStringLiteral("INSERT INTO local_sync_peer(office_id, office_code) VALUES (?1, "
                                                      "?2) ON CONFLICT(office_id) DO NOTHING"));
            peer.bind(1, bundle.officeId).bind(2, bundle.officeCode).exec();
            std::int64_t contiguous = 0;
            {
                Statement cur
                    = c.prepare(QStringLiteral("SELECT contiguous_seq FROM local_sync_peer WHERE office_id=?1"));
                cur.bind(1, bundle.officeId);
                if (cur.step())
                    contiguous = cur.int64(0);
            }
            for (;;) {
                seen.reset();
                seen.bind(1, bundle.officeId).bind(2, contiguous + 1);
                if (!seen.step())
                    break;
                ++contiguous;
            }
            Statement upd
                = c.prepare(QStringLiteral("UPDATE local_sync_peer SET office_code=?2, contiguous_seq=?3, "
                                           "max_seq=(SELECT max(seq) FROM local_sync_seen WHERE office_id=?1), "
                                           "entries=(SELECT count(*) FROM local_sync_seen WHERE office_id=?1), "
                                           "last_import_at=?4, last_bundle=?5 WHERE office_id=?1"));
            upd.bind(1, bundle.officeId)
                .bind(2, bundle.officeCode)
                .bind(3, contiguous)
                .bind(4, now)
                .bind(5, name)
                .exec();
            rebuildFullTextIndexes(c);
        }
        {
            Statement fk = c.prepare(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check"));
            if (fk.step())
                sum.danglingReferences = fk.integer(0);
        }
        tx.commit();
        return {};
    });
    if (!done)
        return withName(done.error());
    if (!maxRev.isEmpty())
        m_file.observeRevision(maxRev);
    return sum;
}

} // namespace hub::db
