#include "database/sqlite/journal_guard.h"

#include "database/sqlite/sqlite_api.h"

#include <QFile>
#include <QFileInfo>
#include <mutex>
#include <utility>

namespace hub::db
{

namespace
{

sqlite3_vfs *g_real = nullptr;
sqlite3_vfs g_guard;
thread_local QString t_refusal;
thread_local int t_rollbacks = 0;

quint32 be32(const char *p)
{
    const auto *u = reinterpret_cast<const unsigned char *>(p);
    return (quint32(u[0]) << 24) | (quint32(u[1]) << 16) | (quint32(u[2]) << 8) | quint32(u[3]);
}

bool validSize(quint32 n)
{
    return n >= 512 && n <= 65536 && (n & (n - 1)) == 0;
}

// SQLite opens a journal for playback read-write without CREATE; a new
// transaction's journal is always opened with CREATE.
bool isPlaybackOpen(int flags)
{
    return (flags & SQLITE_OPEN_MAIN_JOURNAL) && (flags & SQLITE_OPEN_READWRITE) && !(flags & SQLITE_OPEN_CREATE);
}

int guardOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    if (name && isPlaybackOpen(flags)) {
        const QString problem = foreignJournalProblem(QString::fromUtf8(name));
        if (!problem.isEmpty()) {
            t_refusal = problem;
            file->pMethods = nullptr;
            return SQLITE_CANTOPEN;
        }
        ++t_rollbacks;
    }
    return g_real->xOpen(g_real, name, file, flags, outFlags);
}

// Everything else goes straight to the real VFS (with its own pointer: the
// unix VFS keeps its state in pAppData).
int guardDelete(sqlite3_vfs *, const char *n, int s)
{
    return g_real->xDelete(g_real, n, s);
}
int guardAccess(sqlite3_vfs *, const char *n, int f, int *o)
{
    return g_real->xAccess(g_real, n, f, o);
}
int guardFullPathname(sqlite3_vfs *, const char *n, int k, char *o)
{
    return g_real->xFullPathname(g_real, n, k, o);
}
void *guardDlOpen(sqlite3_vfs *, const char *n)
{
    return g_real->xDlOpen(g_real, n);
}
void guardDlError(sqlite3_vfs *, int k, char *o)
{
    g_real->xDlError(g_real, k, o);
}
void (*guardDlSym(sqlite3_vfs *, void *h, const char *s))(void)
{
    return g_real->xDlSym(g_real, h, s);
}
void guardDlClose(sqlite3_vfs *, void *h)
{
    g_real->xDlClose(g_real, h);
}
int guardRandomness(sqlite3_vfs *, int k, char *o)
{
    return g_real->xRandomness(g_real, k, o);
}
int guardSleep(sqlite3_vfs *, int us)
{
    return g_real->xSleep(g_real, us);
}
int guardCurrentTime(sqlite3_vfs *, double *t)
{
    return g_real->xCurrentTime(g_real, t);
}
int guardGetLastError(sqlite3_vfs *, int k, char *o)
{
    return g_real->xGetLastError ? g_real->xGetLastError(g_real, k, o) : 0;
}
int guardCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *t)
{
    return g_real->xCurrentTimeInt64(g_real, t);
}
int guardSetSystemCall(sqlite3_vfs *, const char *n, sqlite3_syscall_ptr p)
{
    return g_real->xSetSystemCall(g_real, n, p);
}
sqlite3_syscall_ptr guardGetSystemCall(sqlite3_vfs *, const char *n)
{
    return g_real->xGetSystemCall(g_real, n);
}
const char *guardNextSystemCall(sqlite3_vfs *, const char *n)
{
    return g_real->xNextSystemCall(g_real, n);
}

} // namespace

void installJournalGuard()
{
    static std::once_flag once;
    std::call_once(once, [] {
        sqlite3_initialize();
        g_real = sqlite3_vfs_find(nullptr);
        g_guard = *g_real;
        g_guard.zName = "hubcase-journal-guard";
        g_guard.pNext = nullptr;
        g_guard.pAppData = nullptr;
        g_guard.xOpen = guardOpen;
        g_guard.xDelete = guardDelete;
        g_guard.xAccess = guardAccess;
        g_guard.xFullPathname = guardFullPathname;
        g_guard.xDlOpen = g_real->xDlOpen ? guardDlOpen : nullptr;
        g_guard.xDlError = g_real->xDlError ? guardDlError : nullptr;
        g_guard.xDlSym = g_real->xDlSym ? guardDlSym : nullptr;
        g_guard.xDlClose = g_real->xDlClose ? guardDlClose : nullptr;
        g_guard.xRandomness = guardRandomness;
        g_guard.xSleep = guardSleep;
        g_guard.xCurrentTime = guardCurrentTime;
        g_guard.xGetLastError = guardGetLastError;
        if (g_real->iVersion >= 2 && g_real->xCurrentTimeInt64)
            g_guard.xCurrentTimeInt64 = guardCurrentTimeInt64;
        if (g_real->iVersion >= 3) {
            g_guard.xSetSystemCall = g_real->xSetSystemCall ? guardSetSystemCall : nullptr;
            g_guard.xGetSystemCall = g_real->xGetSystemCall ? guardGetSystemCall : nullptr;
            g_guard.xNextSystemCall = g_real->xNextSystemCall ? guardNextSystemCall : nullptr;
        }
        sqlite3_vfs_register(&g_guard, 1);
    });
}

QString takeJournalRefusal()
{
    return std::exchange(t_refusal, QString());
}

int journalRollbacks()
{
    return t_rollbacks;
}

QString foreignJournalProblem(const QString &journalPath)
{
    static const QString suffix = QStringLiteral("-journal");
    if (!journalPath.endsWith(suffix))
        return {};
    const QString dbPath = journalPath.left(journalPath.size() - suffix.size());
    QFile journal(journalPath);
    if (!journal.open(QIODevice::ReadOnly))
        return {}; // SQLite will meet the same problem and say so
    // Journal header: magic, nRec, checksum nonce, pages before the
    // transaction, sector size, page size (big-endian).
    static const char kMagic[8] = { '\xd9', '\xd5', '\x05', '\xf9', '\x20', '\xa1', '\x63', '\xd7' };
    const QByteArray head = journal.read(28);
    if (head.size() < 28 || !head.startsWith(QByteArray(kMagic, 8)))
        return {}; // not a journal SQLite would play
    const quint32 nPage = be32(head.constData() + 16);
    const quint32 sector = be32(head.constData() + 20);
    const quint32 pageSize = be32(head.constData() + 24);
    if (!validSize(pageSize) || !validSize(sector))
        return {}; // SQLite ignores a header like this

    QFile db(dbPath);
    const QString name = QFileInfo(dbPath).fileName();
    const QString jname = QFileInfo(journalPath).fileName();
    const auto refuse = [&](const QString &why) {
        return QStringLiteral(
            "%1 was left by a save that never finished, but it does not belong to %2 as it is now (%3): "
            "the file was probably replaced while another desktop was saving to it. "
            "Hubcase has not opened or changed %2. If %2 is the file you expect, move %1 out of the folder "
            "(keep it) and open the file again.")
            .arg(jname, name, why);
    };
    if (!db.open(QIODevice::ReadOnly))
        return {};
    const QByteArray header = db.read(100);
    if (header.size() < 100)
        return nPage == 0 ? QString() : refuse(QStringLiteral("the file is shorter than the journal's start"));
    quint32 dbPageSize = (quint32(quint8(header[16])) << 8) | quint8(header[17]);
    if (dbPageSize == 1)
        dbPageSize = 65536;
    if (dbPageSize != pageSize)
        return refuse(QStringLiteral("page size %1, the journal's %2").arg(dbPageSize).arg(pageSize));
    const quint32 counter = be32(header.constData() + 24);
    const quint32 headerPages = be32(header.constData() + 28);
    const bool headerPagesValid = be32(header.constData() + 92) == counter;

    // The original of page 1 (every transaction changes page 1's change
    // counter, so it is normally journalled): walk the journal's segments
    // the way SQLite's playback does.
    const qint64 size = journal.size();
    const qint64 record = qint64(pageSize) + 8;
    qint64 hdrOff = 0;
    bool found = false;
    quint32 journalled = 0;
    while (!found && hdrOff + 28 <= size) {
        journal.seek(hdrOff);
        const QByteArray h = journal.read(28);
        if (h.size() < 28 || !h.startsWith(QByteArray(kMagic, 8)))
            break;
        quint32 nRec = be32(h.constData() + 8);
        const qint64 first = hdrOff + sector;
        if (nRec == 0xffffffffu)
            nRec = quint32(qMax<qint64>(0, (size - first) / record));
        for (quint32 i = 0; i < nRec && first + qint64(i + 1) * record <= size; ++i) {
            journal.seek(first + qint64(i) * record);
            const QByteArray rec = journal.read(4 + 32);
            if (rec.size() == 36 && be32(rec.constData()) == 1) {
                journalled = be32(rec.constData() + 4 + 24);
                found = true;
                break;
            }
        }
        if (nRec == 0)
            break; // a hot journal's unsynced segment: SQLite plays nothing more
        const qint64 end = first + qint64(nRec) * record;
        hdrOff = ((end + sector - 1) / sector) * sector;
    }
    if (found) {
        // Page 1 as it was or spilled mid-transaction (counter J: only
        // COMMIT moves it), or as COMMIT wrote it (J+1). Any other counter
        // is a file that has seen a different history of commits.
        if (counter == journalled || counter == journalled + 1)
            return {};
        return refuse(QStringLiteral("change counter %1, the journal's %2").arg(counter).arg(journalled));
    }
    // Page 1 untouched by the transaction: its page count is the journal's start.
    if (headerPagesValid && headerPages != nPage)
        return refuse(QStringLiteral("%1 pages, the journal's %2").arg(headerPages).arg(nPage));
    return {};
}

} // namespace hub::db
