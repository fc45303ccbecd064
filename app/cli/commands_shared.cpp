// backup, restore, presence: the shared-file and recovery commands.
#include "cli_output.h"
#include "command_preamble.h"
#include "commands.h"

#include "database/backup/backup.h"
#include "database/backup/backup_folder.h"
#include "database/backup/restore.h"
#include "database/office_file.h"
#include "database/shared_file/presence_registry.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hubcli {

using namespace hub;
using namespace hub::db;
#define S QStringLiteral

namespace {

// Positional count includes the command word; a valued option given without
// its value (or not at all) is a usage error, never a guess.
bool sharedArgs(const Args &args, int positional, const QStringList &known, const QString &required, int *exitCode)
{
    const QStringList unknown = args.unknown(known);
    if (!unknown.isEmpty()) {
        *exitCode = usage(S("unknown option %1").arg(unknown.join(S(", "))));
        return false;
    }
    if (args.positional().size() < positional) {
        *exitCode = usage(S("'%1' needs a FILE").arg(args.word(0)));
        return false;
    }
    if (!required.isEmpty() && args.option(required).isEmpty()) {
        *exitCode = usage(S("'%1' needs --%2 PATH").arg(args.word(0), required));
        return false;
    }
    return true;
}

bool looksLikeFolder(const QString &path)
{
    return QFileInfo(path).isDir() || path.endsWith(QLatin1Char('/')) || path.endsWith(QLatin1Char('\\'));
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

int cmdBackup(const Args &args)
{
    int code = 0;
    if (!sharedArgs(args, 2, {S("to"), S("keep"), S("json")}, S("to"), &code))
        return code;
    const QString path = args.word(1);
    const QString to = args.option(S("to"));
    bool keepOk = true;
    const int keepArg = args.has(S("keep")) ? args.option(S("keep")).toInt(&keepOk) : -1;
    if (!keepOk || (args.has(S("keep")) && keepArg < 1))
        return usage(S("--keep needs a number of backups, 1 or more"));

    QElapsedTimer clock;
    clock.start();
    auto file = openOffice(path, &code);
    if (!file)
        return code;
    Result<BackupOutcome> done = looksLikeFolder(to)
        ? backupToFolder(*file, to, keepArg > 0 ? keepArg : loadBackupSettings(*file).keep)
        : backupToFile(*file, to);
    if (!done)
        return fail(done.error());
    const qint64 ms = clock.elapsed();
    if (args.flag(S("json"))) {
        QJsonArray removed;
        for (const QString &r : done->removed)
            removed.append(r);
        outJson(QJsonDocument(QJsonObject{{S("file"), path}, {S("backup"), done->path}, {S("bytes"), done->bytes},
                                          {S("integrity"), S("ok")}, {S("removed"), removed}, {S("milliseconds"), ms}}));
    } else {
        out(S("Backed up %1 to %2 (%3 bytes, verified).").arg(path, done->path).arg(done->bytes));
        for (const QString &r : done->removed)
            out(S("Removed old backup %1").arg(r));
    }
    return ExitOk;
}

int cmdRestore(const Args &args)
{
    int code = 0;
    if (!sharedArgs(args, 2, {S("from"), S("json")}, S("from"), &code))
        return code;
    const QString path = args.word(1);
    QString from = args.option(S("from"));
    if (QFileInfo(from).isDir()) {
        // A folder: the newest backup in it that verifies.
        const QString latest = latestBackup(from);
        if (latest.isEmpty())
            return fail(makeError(ErrorCode::NotFound, S("No usable backup in %1.").arg(from)));
        from = latest;
    }
    const Result<RestoreOutcome> done = restoreFromBackup(path, from);
    if (!done)
        return fail(done.error());
    if (args.flag(S("json"))) {
        outJson(QJsonDocument(QJsonObject{{S("file"), path}, {S("restoredFrom"), done->restoredFrom},
                                          {S("keptAside"), orNull(done->keptAside)}, {S("office"), done->backup.officeCode},
                                          {S("schemaVersion"), done->backup.schemaVersion},
                                          {S("replacedDamagedFile"), done->replacedDamagedFile}, {S("integrity"), S("ok")}}));
    } else {
        out(S("Restored %1 from %2.").arg(path, done->restoredFrom));
        if (!done->keptAside.isEmpty())
            out(S("The previous file is kept at %1.").arg(done->keptAside));
    }
    return ExitOk;
}

int cmdPresence(const Args &args)
{
    int code = 0;
    if (!sharedArgs(args, 2, {S("json")}, {}, &code))
        return code;
    const QString path = args.word(1);
    auto file = openOffice(path, &code);
    if (!file)
        return code;
    // The CLI itself never announces, so everyone listed is a desktop.
    const PresenceRegistry registry(*file);
    const auto live = registry.live();
    if (!live)
        return fail(live.error());
    if (args.flag(S("json"))) {
        QJsonArray present;
        for (const PresenceEntry &e : live.value())
            present.append(QJsonObject{{S("user"), e.user}, {S("machine"), e.machine},
                                       {S("since"), e.since.toString(Qt::ISODate)},
                                       {S("heartbeatAt"), e.heartbeatAt.toString(Qt::ISODate)},
                                       {S("sessionId"), e.sessionId}});
        outJson(QJsonDocument(QJsonObject{{S("file"), path}, {S("mode"), file->modeName()}, {S("present"), present}}));
        return ExitOk;
    }
    if (live->isEmpty())
        out(S("Nobody has %1 open.").arg(path));
    for (const PresenceEntry &e : live.value())
        out(S("%1 on %2 since %3").arg(e.user, e.machine, e.since.toLocalTime().toString(S("dd/MM/yyyy HH:mm"))));
    return ExitOk;
}

} // namespace hubcli
