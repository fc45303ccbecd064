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

namespace hubcli {

using namespace hub;
using namespace hub::db;
#define S QStringLiteral

namespace {

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonObject toJson(const ImportSummary &s)
{
    return {{S("bundle"), s.bundle}, {S("office"), s.officeCode}, {S("officeId"), s.officeId},
            {S("seqFrom"), static_cast<qint64>(s.seqFrom)}, {S("seqTo"), static_cast<qint64>(s.seqTo)},
            {S("entries"), s.entries}, {S("entriesApplied"), s.entriesApplied},
            {S("entriesAlreadyImported"), s.entriesAlreadyImported}, {S("changes"), s.changes},
            {S("conflicts"), s.conflicts}, {S("autoResolved"), s.autoResolved},
            {S("danglingReferences"), s.danglingReferences}, {S("alreadyImported"), s.alreadyImported()}};
}

QJsonObject toJson(const ExportSummary &s)
{
    return {{S("bundle"), orNull(s.path)}, {S("seqFrom"), static_cast<qint64>(s.seqFrom)},
            {S("seqTo"), static_cast<qint64>(s.seqTo)}, {S("entries"), s.entries}, {S("changes"), s.changes}};
}

QJsonObject toJson(const SyncConflict &c)
{
    return {{S("id"), static_cast<qint64>(c.id)}, {S("detectedAt"), c.detectedAt}, {S("kind"), c.kind},
            {S("table"), c.table}, {S("rowId"), c.rowId}, {S("fromOffice"), c.originOfficeCode},
            {S("fromSeq"), static_cast<qint64>(c.originSeq)}, {S("localRev"), orNull(c.localRev)},
            {S("incomingRev"), orNull(c.incomingRev)}, {S("winner"), c.winner}, {S("status"), c.status},
            {S("note"), c.note}, {S("local"), c.localRow.isEmpty() ? QJsonValue() : QJsonValue(c.localRow)},
            {S("theirs"), c.incomingRow.isEmpty() ? QJsonValue() : QJsonValue(c.incomingRow)},
            {S("resolution"), orNull(c.resolution)}, {S("resolvedAt"), orNull(c.resolvedAt)},
            {S("resolvedBy"), orNull(c.resolvedBy)}};
}

QString describe(const ImportSummary &s)
{
    if (s.alreadyImported())
        return S("%1: already imported from %2 (entries %3-%4); nothing changed.").arg(s.bundle, s.officeCode).arg(s.seqFrom).arg(s.seqTo);
    return S("%1: imported %2 of %3 entries from %4 (%5 changes), %6 conflicts to review, %7 handled automatically.")
        .arg(s.bundle).arg(s.entriesApplied).arg(s.entries).arg(s.officeCode).arg(s.changes).arg(s.conflicts).arg(s.autoResolved);
}


int syncExport(const Args &args, OfficeFile &file)
{
    SyncService sync(file);
    const QString dir = args.option(S("to")).isEmpty() ? sync.exchangeFolder() : args.option(S("to"));
    if (dir.isEmpty())
        return usage(S("sync export needs --to DIR (or an exchange folder set with 'sync folder')"));
    bool everything = false;
    if (args.has(S("from"))) {
        if (args.option(S("from")) != S("1"))
            return usage(S("--from only accepts 1 (re-export everything)"));
        everything = true;
    }
    const auto r = sync.exportChanges(dir, everything);
    if (!r)
        return fail(r.error());
    if (args.flag(S("json")))
        outJson(QJsonDocument(toJson(r.value())));
    else if (r->path.isEmpty())
        out(S("Nothing to export: every change is already in a bundle."));
    else
        out(S("Wrote %1: entries %2-%3, %4 changes.").arg(r->path).arg(r->seqFrom).arg(r->seqTo).arg(r->changes));
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
            refused.append(QJsonObject{{S("bundle"), bundle}, {S("message"), r.error().message}});
            const int code = fail(r.error());
            if (exitCode == ExitOk)
                exitCode = code;
            continue;
        }
        imported.append(toJson(r.value()));
        if (!args.flag(S("json")))
            out(describe(r.value()));
    }
    if (args.flag(S("json")))
        outJson(QJsonDocument(QJsonObject{{S("imported"), imported}, {S("refused"), refused}}));
    return exitCode;
}

int syncStatusCmd(const Args &args, OfficeFile &file)
{
    const auto s = syncStatus(file);
    if (!s)
        return fail(s.error());
    QJsonArray peers;
    for (const PeerStatus &p : s->peers)
        peers.append(QJsonObject{{S("office"), p.officeCode}, {S("officeId"), p.officeId},
                                 {S("importedThroughSeq"), static_cast<qint64>(p.contiguousSeq)},
                                 {S("highestSeq"), static_cast<qint64>(p.maxSeq)}, {S("entries"), static_cast<qint64>(p.entries)},
                                 {S("lastImportAt"), orNull(p.lastImportAt)}, {S("lastBundle"), orNull(p.lastBundle)}});
    const QJsonObject o{{S("office"), s->officeCode}, {S("officeId"), s->officeId},
                        {S("exchangeFolder"), orNull(s->exchangeFolder)},
                        {S("outboxSeq"), static_cast<qint64>(s->outboxSeq)},
                        {S("lastExportSeq"), static_cast<qint64>(s->lastExportSeq)},
                        {S("lastExportAt"), orNull(s->lastExportAt)},
                        {S("pendingEntries"), static_cast<qint64>(s->pendingEntries)},
                        {S("pendingChanges"), static_cast<qint64>(s->pendingChanges)},
                        {S("openConflicts"), s->openConflicts}, {S("autoResolved"), s->autoResolved},
                        {S("resolvedConflicts"), s->resolvedConflicts}, {S("contentHash"), s->contentHash},
                        {S("peers"), peers}};
    if (args.flag(S("json"))) {
        outJson(QJsonDocument(o));
        return ExitOk;
    }
    out(S("Office %1: %2 changes waiting to be exported (last export %3), %4 conflicts to review.")
            .arg(s->officeCode).arg(s->pendingChanges).arg(s->lastExportAt.isEmpty() ? S("never") : s->lastExportAt)
            .arg(s->openConflicts));
    for (const PeerStatus &p : s->peers)
        out(S("  from %1: %2 entries, complete through %3, last import %4").arg(p.officeCode).arg(p.entries)
                .arg(p.contiguousSeq).arg(p.lastImportAt));
    out(S("  content hash %1").arg(s->contentHash));
    return ExitOk;
}

int syncConflicts(const Args &args, OfficeFile &file)
{
    const QString status = args.option(S("status")).isEmpty() ? S("open") : args.option(S("status"));
    if (status != S("open") && status != S("all"))
        return usage(S("--status must be open or all"));
    const auto list = ConflictRepository(file).list(status == S("all"));
    if (!list)
        return fail(list.error());
    QJsonArray arr;
    for (const SyncConflict &c : list.value()) {
        arr.append(toJson(c));
        if (!args.flag(S("json")))
            out(S("#%1 %2 %3 %4 from %5: %6 [%7]").arg(c.id).arg(c.kind, c.table, c.rowId, c.originOfficeCode, c.note, c.status));
    }
    if (args.flag(S("json")))
        outJson(QJsonDocument(arr));
    return ExitOk;
}

int syncResolve(const Args &args, OfficeFile &file)
{
    bool ok = false;
    const qint64 id = args.word(3).toLongLong(&ok);
    const QString keep = args.option(S("keep"));
    if (!ok || (keep != S("local") && keep != S("theirs")))
        return usage(S("sync resolve FILE CONFLICT-ID --keep local|theirs"));
    const Status s = ConflictRepository(file).resolve(id, keep == S("local") ? ConflictRepository::Keep::Local
                                                                            : ConflictRepository::Keep::Theirs);
    if (!s)
        return fail(s.error());
    out(S("Conflict %1 resolved: kept %2.").arg(id).arg(keep));
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
    if (args.flag(S("json")))
        outJson(QJsonDocument(QJsonObject{{S("exchangeFolder"), orNull(folder)}}));
    else
        out(folder.isEmpty() ? S("No exchange folder set.") : S("Exchange folder: %1").arg(folder));
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
        refused.append(QJsonObject{{S("bundle"), b.file}, {S("message"), b.message}});
    if (args.flag(S("json"))) {
        outJson(QJsonDocument(QJsonObject{{S("bundlesSeen"), r->bundlesSeen}, {S("imported"), imported},
                                          {S("refused"), refused}, {S("exported"), toJson(r->exported)}}));
    } else {
        for (const ImportSummary &s : r->imported)
            out(describe(s));
        for (const RefusedBundle &b : r->refused)
            out(S("%1: refused: %2").arg(b.file, b.message));
        out(r->exported.path.isEmpty() ? S("Nothing new to export.") : S("Wrote %1.").arg(r->exported.path));
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
        {"export", 3, {S("to"), S("from"), S("json")}, &syncExport},
        {"import", 4, {S("json")}, &syncImport},
        {"status", 3, {S("json")}, &syncStatusCmd},
        {"conflicts", 3, {S("json"), S("status")}, &syncConflicts},
        {"resolve", 4, {S("keep"), S("json")}, &syncResolve},
        {"folder", 3, {S("json")}, &syncFolder},
        {"run", 3, {S("json")}, &syncRun},
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
    return usage(S("sync needs export, import, status, conflicts, resolve, folder or run"));
}

#undef S

} // namespace hubcli
