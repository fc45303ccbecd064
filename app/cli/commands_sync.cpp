// sync export / import / status / conflicts / resolve / folder / run:
// exchanging changes between offices (docs/sync.md, docs/cli.md).
#include "cli_output.h"
#include "command_preamble.h"
#include "commands.h"

#include "database/office_file.h"
#include "database/sync/conflict_repository.h"
#include "database/sync/sync_service.h"
#include "database/sync/sync_status.h"

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

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonObject toJson(const ImportSummary &s)
{
    return { { u"bundle"_s, s.bundle }, { u"office"_s, s.officeCode }, { u"officeId"_s, s.officeId },
        { u"seqFrom"_s, static_cast<qint64>(s.seqFrom) }, { u"seqTo"_s, static_cast<qint64>(s.seqTo) },
        { u"entries"_s, s.entries }, { u"entriesApplied"_s, s.entriesApplied },
        { u"entriesAlreadyImported"_s, s.entriesAlreadyImported }, { u"changes"_s, s.changes },
        { u"conflicts"_s, s.conflicts }, { u"autoResolved"_s, s.autoResolved },
        { u"danglingReferences"_s, s.danglingReferences }, { u"alreadyImported"_s, s.alreadyImported() } };
}

QJsonObject toJson(const ExportSummary &s)
{
    return { { u"bundle"_s, orNull(s.path) }, { u"seqFrom"_s, static_cast<qint64>(s.seqFrom) },
        { u"seqTo"_s, static_cast<qint64>(s.seqTo) }, { u"entries"_s, s.entries }, { u"changes"_s, s.changes } };
}

QJsonObject toJson(const SyncConflict &c)
{
    return { { u"id"_s, static_cast<qint64>(c.id) }, { u"detectedAt"_s, c.detectedAt }, { u"kind"_s, c.kind },
        { u"table"_s, c.table }, { u"rowId"_s, c.rowId }, { u"fromOffice"_s, c.originOfficeCode },
        { u"fromSeq"_s, static_cast<qint64>(c.originSeq) }, { u"localRev"_s, orNull(c.localRev) },
        { u"incomingRev"_s, orNull(c.incomingRev) }, { u"winner"_s, c.winner }, { u"status"_s, c.status },
        { u"note"_s, c.note }, { u"local"_s, c.localRow.isEmpty() ? QJsonValue() : QJsonValue(c.localRow) },
        { u"theirs"_s, c.incomingRow.isEmpty() ? QJsonValue() : QJsonValue(c.incomingRow) },
        { u"resolution"_s, orNull(c.resolution) }, { u"resolvedAt"_s, orNull(c.resolvedAt) },
        { u"resolvedBy"_s, orNull(c.resolvedBy) } };
}

QString describe(const ImportSummary &s)
{
    if (s.alreadyImported())
        return u"%1: already imported from %2 (entries %3-%4); nothing changed."_s.arg(s.bundle, s.officeCode)
            .arg(s.seqFrom)
            .arg(s.seqTo);
    return u"%1: imported %2 of %3 entries from %4 (%5 changes), %6 conflicts to review, %7 handled automatically."_s
        .arg(s.bundle)
        .arg(s.entriesApplied)
        .arg(s.entries)
        .arg(s.officeCode)
        .arg(s.changes)
        .arg(s.conflicts)
        .arg(s.autoResolved);
}

int syncExport(const Args &args, OfficeFile &file)
{
    SyncService sync(file);
    const QString dir = args.option(u"to"_s).isEmpty() ? sync.exchangeFolder() : args.option(u"to"_s);
    if (dir.isEmpty())
        return usage(u"sync export needs --to DIR (or an exchange folder set with 'sync folder')"_s);
    bool everything = false;
    if (args.has(u"from"_s)) {
        if (args.option(u"from"_s) != u"1"_s)
            return usage(u"--from only accepts 1 (re-export everything)"_s);
        everything = true;
    }
    const auto r = sync.exportChanges(dir, everything);
    if (!r)
        return fail(r.error());
    if (args.flag(u"json"_s))
        outJson(QJsonDocument(toJson(r.value())));
    else if (r->path.isEmpty())
        out(u"Nothing to export: every change is already in a bundle."_s);
    else
        out(u"Wrote %1: entries %2-%3, %4 changes."_s.arg(r->path).arg(r->seqFrom).arg(r->seqTo).arg(r->changes));
    return ExitOk;
}

int syncImport(const Args &args, OfficeFile &file)
{
    QJsonArray imported, refused;
    int exitCode = ExitOk;
    for (int i = 3; i < args.positional().size(); ++i) {
        const QString bundle = args.word(i);
        const auto r = SyncService(file).importBundle(bundle);
        if (!r) {
            refused.append(QJsonObject { { u"bundle"_s, bundle }, { u"message"_s, r.error().message } });
            const int code = fail(r.error());
            if (exitCode == ExitOk)
                exitCode = code;
            continue;
        }
        imported.append(toJson(r.value()));
        if (!args.flag(u"json"_s))
            out(describe(r.value()));
    }
    if (args.flag(u"json"_s))
        outJson(QJsonDocument(QJsonObject { { u"imported"_s, imported }, { u"refused"_s, refused } }));
    return exitCode;
}

int syncStatusCmd(const Args &args, OfficeFile &file)
{
    const auto s = syncStatus(file);
    if (!s)
        return fail(s.error());
    QJsonArray peers;
    for (const PeerStatus &p : s->peers)
        peers.append(QJsonObject { { u"office"_s, p.officeCode }, { u"officeId"_s, p.officeId },
            { u"importedThroughSeq"_s, static_cast<qint64>(p.contiguousSeq) },
            { u"highestSeq"_s, static_cast<qint64>(p.maxSeq) }, { u"entries"_s, static_cast<qint64>(p.entries) },
            { u"lastImportAt"_s, orNull(p.lastImportAt) }, { u"lastBundle"_s, orNull(p.lastBundle) } });
    const QJsonObject o { { u"office"_s, s->officeCode }, { u"officeId"_s, s->officeId },
        { u"exchangeFolder"_s, orNull(s->exchangeFolder) }, { u"outboxSeq"_s, static_cast<qint64>(s->outboxSeq) },
        { u"lastExportSeq"_s, static_cast<qint64>(s->lastExportSeq) }, { u"lastExportAt"_s, orNull(s->lastExportAt) },
        { u"pendingEntries"_s, static_cast<qint64>(s->pendingEntries) },
        { u"pendingChanges"_s, static_cast<qint64>(s->pendingChanges) }, { u"openConflicts"_s, s->openConflicts },
        { u"autoResolved"_s, s->autoResolved }, { u"resolvedConflicts"_s, s->resolvedConflicts },
        { u"contentHash"_s, s->contentHash }, { u"peers"_s, peers } };
    if (args.flag(u"json"_s)) {
        outJson(QJsonDocument(o));
        return ExitOk;
    }
    out(u"Office %1: %2 changes waiting to be exported (last export %3), %4 conflicts to review."_s.arg(s->officeCode)
            .arg(s->pendingChanges)
            .arg(s->lastExportAt.isEmpty() ? u"never"_s : s->lastExportAt)
            .arg(s->openConflicts));
    for (const PeerStatus &p : s->peers)
        out(u"  from %1: %2 entries, complete through %3, last import %4"_s.arg(p.officeCode)
                .arg(p.entries)
                .arg(p.contiguousSeq)
                .arg(p.lastImportAt));
    out(u"  content hash %1"_s.arg(s->contentHash));
    return ExitOk;
}

int syncConflicts(const Args &args, OfficeFile &file)
{
    const QString status = args.option(u"status"_s).isEmpty() ? u"open"_s : args.option(u"status"_s);
    if (status != u"open"_s && status != u"all"_s)
        return usage(u"--status must be open or all"_s);
    const auto list = ConflictRepository(file).list(status == u"all"_s);
    if (!list)
        return fail(list.error());
    QJsonArray arr;
    for (const SyncConflict &c : list.value()) {
        arr.append(toJson(c));
        if (!args.flag(u"json"_s))
            out(u"#%1 %2 %3 %4 from %5: %6 [%7]"_s.arg(c.id).arg(
                c.kind, c.table, c.rowId, c.originOfficeCode, c.note, c.status));
    }
    if (args.flag(u"json"_s))
        outJson(QJsonDocument(arr));
    return ExitOk;
}

int syncResolve(const Args &args, OfficeFile &file)
{
    bool ok = false;
    const qint64 id = args.word(3).toLongLong(&ok);
    const QString keep = args.option(u"keep"_s);
    if (!ok || (keep != u"local"_s && keep != u"theirs"_s))
        return usage(u"sync resolve FILE CONFLICT-ID --keep local|theirs"_s);
    const Status s = ConflictRepository(file).resolve(
        id, keep == u"local"_s ? ConflictRepository::Keep::Local : ConflictRepository::Keep::Theirs);
    if (!s)
        return fail(s.error());
    out(u"Conflict %1 resolved: kept %2."_s.arg(id).arg(keep));
    return ExitOk;
}

int syncFolder(const Args &args, OfficeFile &file)
{
    SyncService sync(file);
    if (args.positional().size() > 3) {
        const Status s = sync.setExchangeFolder(args.word(3));
        if (!s)
            return fail(s.error());
    }
    const QString folder = sync.exchangeFolder();
    if (args.flag(u"json"_s))
        outJson(QJsonDocument(QJsonObject { { u"exchangeFolder"_s, orNull(folder) } }));
    else
        out(folder.isEmpty() ? u"No exchange folder set."_s : u"Exchange folder: %1"_s.arg(folder));
    return ExitOk;
}

int syncRun(const Args &args, OfficeFile &file)
{
    const auto r = SyncService(file).syncWithFolder();
    if (!r)
        return fail(r.error());
    QJsonArray imported, refused;
    for (const ImportSummary &s : r->imported)
        imported.append(toJson(s));
    for (const RefusedBundle &b : r->refused)
        refused.append(QJsonObject { { u"bundle"_s, b.file }, { u"message"_s, b.message } });
    if (args.flag(u"json"_s)) {
        outJson(QJsonDocument(QJsonObject { { u"bundlesSeen"_s, r->bundlesSeen }, { u"imported"_s, imported },
            { u"refused"_s, refused }, { u"exported"_s, toJson(r->exported) } }));
    } else {
        for (const ImportSummary &s : r->imported)
            out(describe(s));
        for (const RefusedBundle &b : r->refused)
            out(u"%1: refused: %2"_s.arg(b.file, b.message));
        out(r->exported.path.isEmpty() ? u"Nothing new to export."_s : u"Wrote %1."_s.arg(r->exported.path));
    }
    return ExitOk;
}

} // namespace

int cmdSync(const Args &args)
{
    const QString sub = args.word(1);
    int code = 0;
    struct Sub {
        const char *name;
        int positional;
        QStringList known;
        int (*run)(const Args &, OfficeFile &);
    };
    const Sub subs[] = {
        { "export", 3, { u"to"_s, u"from"_s, u"json"_s }, &syncExport },
        { "import", 4, { u"json"_s }, &syncImport },
        { "status", 3, { u"json"_s }, &syncStatusCmd },
        { "conflicts", 3, { u"json"_s, u"status"_s }, &syncConflicts },
        { "resolve", 4, { u"keep"_s, u"json"_s }, &syncResolve },
        { "folder", 3, { u"json"_s }, &syncFolder },
        { "run", 3, { u"json"_s }, &syncRun },
    };
    for (const Sub &s : subs) {
        if (sub != QLatin1String(s.name))
            continue;
        if (!checkArgs(args, s.positional, s.known, &code))
            return code;
        auto file = openOffice(args.word(2), &code);
        if (!file)
            return code;
        return s.run(args, *file);
    }
    return usage(u"sync needs export, import, status, conflicts, resolve, folder or run"_s);
}

} // namespace hubcli
