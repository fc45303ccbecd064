#include "database/backup/restore.h"

#include "database/file_damage.h"
#include "database/office_file.h"
#include "database/shared_file/busy_handler.h"
#include "database/shared_file/presence_registry.h"
#include "database/sqlite/connection.h"
#include "database/sqlite/sql_error.h"
#include "database/sqlite/sqlite_api.h"
#include "database/sqlite/transaction.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <filesystem>
#include <system_error>

namespace hub::db
{

using namespace Qt::StringLiterals;

namespace
{

QString asideName(const QString &officePath)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    QString aside = officePath + u".before-restore-"_s + stamp;
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = officePath + u".before-restore-%1-%2"_s.arg(stamp).arg(n);
    return aside;
}

bool tableExists(const Connection &c, const char *table)
{
    Statement st = c.prepare(u"SELECT 1 FROM sqlite_master WHERE type='table' AND name=?1"_s);
    st.bind(1, table);
    return st.step();
}

Error fileError(ErrorCode code, const QString &officePath, const QString &message)
{
    Error e = makeError(code, message);
    e.file = QFileInfo(officePath).fileName();
    return e;
}

// The state of the file being restored over.
enum class Current { Missing, Healthy, Damaged, Foreign };

struct CurrentFile {
    Current state = Current::Missing;
    QString officeId;
    QStringList othersPresent; // "user on machine"
};

CurrentFile inspect(const QString &officePath, const RestoreOptions &options)
{
    CurrentFile cur;
    if (!QFileInfo::exists(officePath))
        return cur;
    // Damage recorded by an earlier check: not opened again, kept byte for byte.
    if (const std::optional<DamageRecord> recorded = readDamageRecord(officePath);
        recorded && recorded->stillDescribesFile) {
        cur.state = Current::Damaged;
        return cur;
    }
    try {
        // Read-write when possible: after a crash the first reader must roll
        // back the hot journal, which a read-only connection cannot do.
        const QFileInfo info(officePath);
        const bool writable = info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
        Connection c;
        c.open(officePath, writable ? Connection::Access::ReadWrite : Connection::Access::ReadOnly);
        installFairBusyHandler(c.handle(), 10000);
        if (c.scalar(u"PRAGMA application_id"_s).toInt() != kApplicationId) {
            cur.state = Current::Foreign;
            return cur;
        }
        // The same check as an open: a damage open would find is restored over, not read through.
        if (openTimeCheck(c, QFileInfo(officePath).size()) != u"ok"_s) {
            cur.state = Current::Damaged;
            return cur;
        }
        cur.state = Current::Healthy;
        cur.officeId = c.scalar(u"SELECT value FROM local_settings WHERE key='office_id'"_s).toString();
        if (tableExists(c, "local_presence")) {
            const QString cutoff
                = QDateTime::currentDateTimeUtc().addSecs(-PresenceRegistry::kStaleSeconds).toString(Qt::ISODateWithMs);
            Statement st = c.prepare(
                u"SELECT user, machine FROM local_presence WHERE heartbeat_at >= ?1 AND session_id <> ?2"_s);
            st.bind(1, cutoff).bind(2, options.ownSessionId);
            while (st.step())
                cur.othersPresent << u"%1 on %2"_s.arg(st.text(0), st.text(1));
        }
    } catch (const SqlError &e) {
        // NOTADB/CORRUPT: a Hubcase file whose header or pages are damaged is
        // exactly what restore is for. Anything else (I/O, permissions) is
        // reported rather than overwritten.
        const ErrorCode code = e.error().code;
        cur.state
            = (code == ErrorCode::Corrupt || code == ErrorCode::NotHubcaseFile) ? Current::Damaged : Current::Foreign;
    }
    return cur;
}

// Healthy current file: copy the backup's pages into the live file through
// SQLite's backup API. It runs as one write transaction on the office file,
// journalled like any save: other desktops wait on the lock, then see the
// new content (their data_version changes); a crash half-way rolls back.
Status restoreInPlace(const QString &officePath, const QString &backupPath)
{
    return guarded([&]() -> Status {
        Connection src;
        src.open(backupPath, Connection::Access::ReadOnly);
        Connection dest;
        dest.open(officePath, Connection::Access::ReadWrite);
        dest.applyOfficePragmas();
        sqlite3_backup *b = sqlite3_backup_init(dest.handle(), "main", src.handle(), "main");
        if (!b)
            throwSqlite(sqlite3_extended_errcode(dest.handle()), QString::fromUtf8(sqlite3_errmsg(dest.handle())));
        int rc;
        do {
            // -1: every page in one step, i.e. one transaction on the office file.
            rc = sqlite3_backup_step(b, -1);
        } while (rc == SQLITE_OK);
        sqlite3_backup_finish(b);
        if (rc != SQLITE_DONE)
            throwSqlite(
                rc, u"restoring %1 failed; the office file is unchanged"_s.arg(QFileInfo(backupPath).fileName()));
        // Sessions recorded in the backup are not the desktops open now;
        // live ones write their row again on their next heartbeat.
        if (tableExists(dest, "local_presence")) {
            WriteTransaction tx(dest);
            dest.execScript(u"DELETE FROM local_presence"_s);
            tx.commit();
        }
        return {};
    });
}

// Damaged current file (not openable, or nobody may write it): build the
// restored file beside it, verified, and rename it over in one step.
Status replaceDamaged(const QString &officePath, const QString &backupPath)
{
    const QString building = officePath + u".restoring"_s;
    QFile::remove(building);
    const Status built = guarded([&]() -> Status {
        Connection src;
        src.open(backupPath, Connection::Access::ReadOnly);
        return backupTo(src, building); // verified copy
    });
    if (!built) {
        QFile::remove(building);
        return built;
    }
    std::error_code ec;
    std::filesystem::rename(
        std::filesystem::path(building.toStdWString()), std::filesystem::path(officePath.toStdWString()), ec);
    if (ec) {
        QFile::remove(building);
        return fileError(ErrorCode::Io, officePath,
            u"Could not put the restored file in place (%1); the damaged file is unchanged."_s.arg(
                QString::fromStdString(ec.message())));
    }
    return {};
}

} // namespace

Result<RestoreOutcome> restoreFromBackup(
    const QString &officePath, const QString &backupPath, const RestoreOptions &options)
{
    if (QFileInfo(officePath).absoluteFilePath() == QFileInfo(backupPath).absoluteFilePath())
        return fileError(ErrorCode::Invalid, officePath, u"The backup and the office file are the same file."_s);
    const Result<BackupFacts> facts = verifyBackup(backupPath);
    if (!facts)
        return facts.error();

    const CurrentFile cur = inspect(officePath, options);
    if (cur.state == Current::Foreign)
        return fileError(ErrorCode::NotHubcaseFile, officePath,
            u"This is not a Hubcase office file (or it cannot be read); restore will not overwrite it."_s);
    if (cur.state == Current::Healthy && !cur.officeId.isEmpty() && !facts->officeId.isEmpty()
        && cur.officeId != facts->officeId)
        return fileError(ErrorCode::Invalid, officePath,
            u"The backup belongs to another office file (office %1, '%2'); nothing was restored."_s.arg(
                facts->officeCode, facts->officeName));
    if (cur.state == Current::Healthy && !cur.othersPresent.isEmpty() && !options.evenIfOthersHaveItOpen)
        return fileError(ErrorCode::Busy, officePath,
            u"Others have this office file open (%1); ask them to close it before restoring. Nothing was changed."_s
                .arg(cur.othersPresent.join(u", "_s)));

    RestoreOutcome out;
    out.restoredFrom = backupPath;
    out.backup = facts.value();

    switch (cur.state) {
    case Current::Missing: {
        const Status copied = replaceDamaged(officePath, backupPath);
        if (!copied)
            return copied.error();
        return out;
    }
    case Current::Healthy: {
        // Kept aside through the online backup too: consistent even while
        // another process is writing, and verified before we go on.
        out.keptAside = asideName(officePath);
        const Status kept = guarded([&]() -> Status {
            Connection c;
            c.open(officePath, Connection::Access::ReadOnly);
            c.applyOfficePragmas();
            return backupTo(c, out.keptAside);
        });
        if (kept) {
            const Status restored = restoreInPlace(officePath, backupPath);
            if (!restored)
                return restored.error();
            break;
        }
        // The copy did not verify: the current file is damaged in a way the
        // checks above missed. Restore exactly as for a damaged file.
        if (kept.error().code != ErrorCode::Corrupt)
            return fileError(kept.error().code, officePath,
                u"Could not keep the current file aside (%1); nothing was restored."_s.arg(kept.error().message));
        QFile::remove(out.keptAside);
        [[fallthrough]];
    }
    case Current::Damaged: {
        // A damaged file cannot be read page by page; keep its bytes, and its
        // journal with it: left beside the restored file, SQLite would play
        // the old journal back into it.
        out.keptAside = asideName(officePath);
        out.replacedDamagedFile = true;
        if (!QFile::copy(officePath, out.keptAside))
            return fileError(ErrorCode::Io, officePath,
                u"Could not keep the damaged file aside at %1; nothing was restored."_s.arg(out.keptAside));
        const QString journal = officePath + u"-journal"_s;
        if (QFileInfo::exists(journal) && !QFile::rename(journal, out.keptAside + u"-journal"_s))
            return fileError(
                ErrorCode::Io, officePath, u"Could not move the damaged file's journal aside; nothing was restored."_s);
        const Status replaced = replaceDamaged(officePath, backupPath);
        if (!replaced)
            return replaced.error();
        // The record goes with the damaged file it describes.
        if (QFileInfo::exists(damageRecordPath(officePath)))
            QFile::rename(damageRecordPath(officePath), damageRecordPath(out.keptAside));
        break;
    }
    case Current::Foreign:
        break;
    }
    clearDamageRecord(officePath); // the restored file is the backup, verified below
    const Result<QString> check = integrityCheck(officePath);
    if (!check || check.value() != u"ok"_s)
        return fileError(ErrorCode::Corrupt, officePath,
            u"The restored file did not verify (%1); the previous file is kept at %2."_s.arg(
                check ? check.value() : check.error().message, out.keptAside));
    return out;
}

} // namespace hub::db
