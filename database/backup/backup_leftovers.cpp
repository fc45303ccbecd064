#include "database/backup/backup_leftovers.h"

#include "database/sqlite/sqlite_api.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace hub::db
{

using namespace Qt::StringLiterals;

namespace
{

// The backup names of backup_folder.cpp, with the temporary suffixes.
const QRegularExpression &leftoverPattern()
{
    static const QRegularExpression re(u"^[A-Za-z0-9_.-]+-\\d{8}-\\d{6}(?:-\\d+)?\\.hubcase\\.partial(?:-journal)?$"_s);
    return re;
}

bool quietFor(const QString &path, int seconds, const QDateTime &now)
{
    const QFileInfo fi(path);
    return !fi.exists() || fi.lastModified().toUTC().secsTo(now) >= seconds;
}

// Journal first: a database file without its journal is just a file, while a
// journal left without its file could be played into a new file of that name.
bool removePair(const QString &file)
{
    const QString journal = file + u"-journal"_s;
    if (QFileInfo::exists(journal) && !QFile::remove(journal))
        return false;
    return !QFileInfo::exists(file) || QFile::remove(file);
}

} // namespace

bool sqliteFileIsLocked(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return false;
    sqlite3 *db = nullptr;
    // No busy timeout: a lock held now is the answer, not something to wait for.
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK)
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close_v2(db);
    return rc == SQLITE_BUSY || rc == SQLITE_LOCKED;
}

QStringList removeBackupLeftovers(const QString &folder, int quietSeconds)
{
    QStringList removed;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDir dir(folder);
    const QStringList names = dir.entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : names) {
        if (!leftoverPattern().match(name).hasMatch())
            continue;
        const QString path = dir.filePath(name);
        // Judge each backup by its database file; an orphan journal by itself.
        const QString file = name.endsWith(u"-journal"_s) ? path.chopped(8) : path;
        if (removed.contains(file) || !QFileInfo::exists(path))
            continue;
        if (!quietFor(file, quietSeconds, now) || !quietFor(file + u"-journal"_s, quietSeconds, now))
            continue;
        if (sqliteFileIsLocked(file))
            continue;
        const bool hadJournal = QFileInfo::exists(file + u"-journal"_s);
        const bool hadFile = QFileInfo::exists(file);
        if (!removePair(file))
            continue;
        if (hadJournal)
            removed << file + u"-journal"_s;
        if (hadFile)
            removed << file;
    }
    return removed;
}

Status clearOwnLeftover(const QString &temp)
{
    if (sqliteFileIsLocked(temp))
        return makeError(ErrorCode::Busy,
            u"Another Hubcase is writing %1 right now; try again when it has finished."_s.arg(
                QFileInfo(temp).fileName()));
    if (!removePair(temp))
        return makeError(ErrorCode::Io,
            u"Could not remove %1, left by an earlier attempt that did not finish."_s.arg(QFileInfo(temp).fileName()));
    return {};
}

} // namespace hub::db
