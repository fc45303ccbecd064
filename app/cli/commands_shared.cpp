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

namespace hubcli
{

using namespace hub;
using namespace hub::db;
using namespace Qt::StringLiterals;

namespace
{

// Positional count includes the command word; a valued option given without
// its value (or not at all) is a usage error, never a guess.
bool sharedArgs(const Args &args, int positional, const QStringList &known, const QString &required, int *exitCode)
{
    const QStringList unknown = args.unknown(known);
    if (!unknown.isEmpty()) {
        *exitCode = usage(u"unknown option %1"_s.arg(unknown.join(u", "_s)));
        return false;
    }
    if (args.positional().size() < positional) {
        *exitCode = usage(u"'%1' needs a FILE"_s.arg(args.word(0)));
        return false;
    }
    if (!required.isEmpty() && args.option(required).isEmpty()) {
        *exitCode = usage(u"'%1' needs --%2 PATH"_s.arg(args.word(0), required));
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
    if (!sharedArgs(args, 2, { u"to"_s, u"keep"_s, u"json"_s }, u"to"_s, &code))
        return code;
    const QString path = args.word(1);
    const QString to = args.option(u"to"_s);
    bool keepOk = true;
    const int keepArg = args.has(u"keep"_s) ? args.option(u"keep"_s).toInt(&keepOk) : -1;
    if (!keepOk || (args.has(u"keep"_s) && keepArg < 1))
        return usage(u"--keep needs a number of backups, 1 or more"_s);

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
    if (args.flag(u"json"_s)) {
        QJsonArray removed;
        for (const QString &r : done->removed)
            removed.append(r);
        outJson(
            QJsonDocument(QJsonObject { { u"file"_s, path }, { u"backup"_s, done->path }, { u"bytes"_s, done->bytes },
                { u"integrity"_s, u"ok"_s }, { u"removed"_s, removed }, { u"milliseconds"_s, ms } }));
    } else {
        out(u"Backed up %1 to %2 (%3 bytes, verified)."_s.arg(path, done->path).arg(done->bytes));
        for (const QString &r : done->removed)
            out(u"Removed old backup %1"_s.arg(r));
    }
    return ExitOk;
}

int cmdRestore(const Args &args)
{
    int code = 0;
    if (!sharedArgs(args, 2, { u"from"_s, u"json"_s }, u"from"_s, &code))
        return code;
    const QString path = args.word(1);
    QString from = args.option(u"from"_s);
    if (QFileInfo(from).isDir()) {
        // A folder: the newest backup in it that verifies.
        const QString latest = latestBackup(from);
        if (latest.isEmpty())
            return fail(makeError(ErrorCode::NotFound, u"No usable backup in %1."_s.arg(from)));
        from = latest;
    }
    const Result<RestoreOutcome> done = restoreFromBackup(path, from);
    if (!done)
        return fail(done.error());
    if (args.flag(u"json"_s)) {
        outJson(QJsonDocument(QJsonObject { { u"file"_s, path }, { u"restoredFrom"_s, done->restoredFrom },
            { u"keptAside"_s, orNull(done->keptAside) }, { u"office"_s, done->backup.officeCode },
            { u"schemaVersion"_s, done->backup.schemaVersion }, { u"replacedDamagedFile"_s, done->replacedDamagedFile },
            { u"integrity"_s, u"ok"_s } }));
    } else {
        out(u"Restored %1 from %2."_s.arg(path, done->restoredFrom));
        if (!done->keptAside.isEmpty())
            out(u"The previous file is kept at %1."_s.arg(done->keptAside));
    }
    return ExitOk;
}

int cmdPresence(const Args &args)
{
    int code = 0;
    if (!sharedArgs(args, 2, { u"json"_s }, {}, &code))
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
    if (args.flag(u"json"_s)) {
        QJsonArray present;
        for (const PresenceEntry &e : live.value())
            present.append(QJsonObject { { u"user"_s, e.user }, { u"machine"_s, e.machine },
                { u"since"_s, e.since.toString(Qt::ISODate) },
                { u"heartbeatAt"_s, e.heartbeatAt.toString(Qt::ISODate) }, { u"sessionId"_s, e.sessionId } });
        outJson(QJsonDocument(
            QJsonObject { { u"file"_s, path }, { u"mode"_s, file->modeName() }, { u"present"_s, present } }));
        return ExitOk;
    }
    if (live->isEmpty())
        out(u"Nobody has %1 open."_s.arg(path));
    for (const PresenceEntry &e : live.value())
        out(u"%1 on %2 since %3"_s.arg(e.user, e.machine, e.since.toLocalTime().toString(u"dd/MM/yyyy HH:mm"_s)));
    return ExitOk;
}

} // namespace hubcli
