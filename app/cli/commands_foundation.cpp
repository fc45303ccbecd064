// init, check, catalogue, practices, spec: the foundation commands (ccg: commands_ccgs.cpp).
#include "cli_output.h"
#include "command_preamble.h"
#include "commands.h"

#include "core/catalogue/catalogue_json.h"
#include "database/backup/backup.h"
#include "database/demo/demo_as_of.h"
#include "database/demo/demo_office.h"
#include "database/file_damage.h"
#include "database/office_file.h"
#include "database/catalogue/catalogue_repository.h"
#include "database/practices/practice_json.h"
#include "database/practices/practice_repository.h"
#include "database/specs/spec_repository.h"
#include "database/sync/value_audit.h"
#include "print/spec_document.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextDocument>

namespace hubcli {

using namespace hub;
using namespace hub::db;
#define S QStringLiteral

int cmdHelp()
{
    out(S("hubcase-cli — the Hubcase command line (see docs/cli.md)\n\n"
          "  init FILE [--office CODE] [--demo]        create an office file (with demo data)\n"
          "  check FILE                                open and verify an office file\n"
          "  catalogue FILE --json                     the MoU register\n"
          "  ccg list FILE [--json]                    CCGs with levels and leads (also: ccgs FILE)\n"
          "  ccg add FILE --code 05X --name NAME [--lead NAME] [--finance-lead NAME] [--ccg-lead NAME]\n"
          "          [--short-name S] [--locality L] [--level LEVEL] [--from DATE]   add a CCG\n"
          "  ccg edit FILE CODE FIELD=VALUE... [--expect-version N]   change a CCG's name or leads\n"
          "  practices import FILE CSV                 import epraccur or payments CSV\n"
          "  practices list FILE --json [--ccg CODE]   list practices\n"
          "  spec FILE --ccg CODE [--json] [--pdf OUT] a CCG's functions specification\n"
          "  backup FILE --to PATH [--keep N]          verified backup (PATH a folder: timestamped)\n"
          "  restore FILE --from PATH                  restore from a backup (file or folder)\n"
          "  presence FILE --json                      who has the file open\n"
          "  sync export FILE --to DIR                 write this office's changes as a bundle\n"
          "  sync import FILE BUNDLE...                apply other offices' bundles\n"
          "  sync status|conflicts FILE --json         sync state and conflicts to review\n"
          "  due --from DATE --working-days N [--explain]   working-day due date\n"
          "  case add|event|edit|show|list FILE ...    cases and their service clocks\n"
          "  query-log FILE --ccg CODE --month YYYY-MM (--csv|--xlsx|--pdf OUT)"));
    return ExitOk;
}

int cmdInit(const Args &args)
{
    int code = 0;
    if (!checkArgs(args, 2, {S("office"), S("demo"), S("json")}, &code))
        return code;
    const QString path = args.word(1);
    const QString office = args.option(S("office")).isEmpty() ? S("WMH") : args.option(S("office")).toUpper();
    if (args.flag(S("demo"))) {
        const auto demo = createDemoOffice(path, office);
        if (!demo)
            return fail(demo.error());
        out(S("Created demo office file %1 (office %2): %3 CCGs, %4 practices.").arg(path, office).arg(demo->ccgs).arg(demo->practices));
        return ExitOk;
    }
    CreateOptions options;
    options.officeCode = office;
    const auto file = OfficeFile::create(path, options);
    if (!file)
        return fail(file.error());
    out(S("Created office file %1 (office %2).").arg(path, office));
    return ExitOk;
}

int cmdCheck(const Args &args)
{
    int code = 0;
    if (!checkArgs(args, 2, {S("json")}, &code))
        return code;
    auto file = openOffice(args.word(1), &code);
    if (!file)
        return code;
    const auto integrity = integrityCheck(args.word(1));
    if (!integrity)
        return fail(integrity.error());
    // The full check is the authority: damage it finds is recorded so every
    // later open refuses to write; a record it no longer confirms is lifted.
    const bool damaged = integrity.value() != S("ok");
    if (damaged && !file->isDamaged())
        recordDamage(args.word(1), integrity.value(), S("check"));
    const bool lifted = !damaged && file->isDamaged();
    if (lifted)
        clearDamageRecord(args.word(1));
    // Values this version cannot understand are warnings, not damage: readers show them as unknown.
    QVector<ValueWarning> warnings;
    if (!damaged) {
        const auto audit = auditStoredValues(file->connection());
        if (!audit)
            return fail(audit.error());
        warnings = audit.value();
    }
    QJsonArray warningArr;
    for (const ValueWarning &w : warnings)
        warningArr.append(QJsonObject{{S("table"), w.table}, {S("field"), w.field}, {S("rows"), w.rows},
                                      {S("example"), w.example}, {S("text"), w.text}});
    const QJsonObject o{{S("file"), args.word(1)}, {S("office"), file->officeCode()},
                        {S("officeName"), file->officeName()}, {S("schemaVersion"), file->schemaVersion()},
                        {S("mode"), file->modeName()}, {S("integrity"), integrity.value()}, {S("warnings"), warningArr}};
    if (args.flag(S("json"))) {
        outJson(QJsonDocument(o));
    } else {
        out(S("%1: Hubcase office file, office %2, schema %3, %4, integrity %5")
                .arg(args.word(1), file->officeCode()).arg(file->schemaVersion()).arg(file->modeName(), integrity.value()));
        for (const ValueWarning &w : warnings)
            out(S("warning: ") + w.text);
    }
    if (lifted && !args.flag(S("json")))
        out(S("The damage recorded earlier (%1) is no longer found; the file can be changed again.").arg(file->damage()));
    if (damaged)
        return fail(makeError(ErrorCode::Corrupt, S("integrity check failed: %1. Hubcase will not change this file; "
                                                   "restore the newest verified backup (hubcase-cli restore FILE --from FOLDER).")
                                                    .arg(integrity.value())));
    return ExitOk;
}

int cmdCatalogue(const Args &args)
{
    int code = 0;
    auto file = openForCommand(args, 2, {S("json")}, &code);
    if (!file)
        return code;
    const auto cat = CatalogueRepository(*file).load();
    if (!cat)
        return fail(cat.error());
    if (args.flag(S("json"))) {
        outJson(QJsonDocument(toJson(cat.value())));
        return ExitOk;
    }
    for (const DelegatedFunction &f : cat->functions)
        out(S("%1. %2 (%3 activities)").arg(f.numeral, f.title).arg(f.activities.size()));
    return ExitOk;
}

int cmdPractices(const Args &args)
{
    int code = 0;
    const QString sub = args.word(1);
    if (sub == S("import")) {
        if (!checkArgs(args, 4, {S("json")}, &code))
            return code;
        auto file = openOffice(args.word(2), &code);
        if (!file)
            return code;
        QElapsedTimer timer;
        timer.start();
        const auto sum = PracticeRepository(*file).importFile(args.word(3));
        if (!sum)
            return fail(sum.error());
        const QJsonObject o{{S("format"), sum->format}, {S("rowsRead"), sum->rowsRead}, {S("rowsSkipped"), sum->rowsSkipped},
                            {S("inserted"), sum->inserted}, {S("updated"), sum->updated}, {S("unchanged"), sum->unchanged},
                            {S("milliseconds"), timer.elapsed()}};
        if (args.flag(S("json")))
            outJson(QJsonDocument(o));
        else
            out(S("Imported %1 (%2 format): %3 rows read, %4 new, %5 updated, %6 unchanged, %7 skipped in %8 ms.")
                    .arg(args.word(3), sum->format).arg(sum->rowsRead).arg(sum->inserted).arg(sum->updated)
                    .arg(sum->unchanged).arg(sum->rowsSkipped).arg(timer.elapsed()));
        return ExitOk;
    }
    if (sub == S("list")) {
        auto file = openForCommand(args, 3, {S("json"), S("ccg")}, &code);
        if (!file)
            return code;
        const auto list = PracticeRepository(*file).list(args.option(S("ccg")).toUpper());
        if (!list)
            return fail(list.error());
        QJsonArray arr;
        for (const StoredPractice &p : list.value()) {
            arr.append(toJson(p));
            if (!args.flag(S("json")))
                out(S("%1  %2  %3  %4").arg(p.practice.odsCode, p.practice.ccgCode, contractTypeCode(p.practice.contractType),
                                             p.practice.name));
        }
        if (args.flag(S("json")))
            outJson(QJsonDocument(arr));
        return ExitOk;
    }
    return usage(S("practices needs 'import' or 'list'"));
}

int cmdSpec(const Args &args)
{
    int code = 0;
    if (!checkArgs(args, 2, {S("ccg"), S("pdf"), S("json"), S("agreement")}, &code))
        return code;
    if (args.option(S("ccg")).isEmpty())
        return usage(S("spec needs --ccg CODE"));
    auto file = openOffice(args.word(1), &code);
    if (!file)
        return code;
    const QString ccgCode = args.option(S("ccg")).toUpper();
    const QString agreement = args.option(S("agreement")).isEmpty() ? S("west-midlands-hub") : args.option(S("agreement"));
    const auto cat = CatalogueRepository(*file).load();
    if (!cat)
        return fail(cat.error());
    const Ccg *ccg = cat->ccg(ccgCode);
    if (!ccg)
        return fail(makeError(ErrorCode::NotFound, S("No CCG with code '%1'.").arg(ccgCode)));
    const auto spec = SpecRepository(*file).loadOrCreate(ccgCode, agreement);
    if (!spec)
        return fail(spec.error());
    if (args.has(S("pdf"))) {
        QTextDocument doc;
        hub::print::buildSpecDocument(doc, cat.value(), *ccg, spec.value(), officeAsOf(*file));
        const Status written = hub::print::writePdf(doc, args.option(S("pdf")), hub::print::specDecoration(*ccg, file->user()),
                                                 S("%1 functions specification").arg(ccg->name));
        if (!written)
            return fail(written.error());
        if (!args.flag(S("json")))
            out(S("Wrote %1").arg(args.option(S("pdf"))));
    }
    if (args.flag(S("json")))
        outJson(QJsonDocument(toJson(spec.value())));
    else if (!args.has(S("pdf")))
        out(S("%1 specification: %2, %3 activities, %4 undetermined").arg(ccgCode, specStatusName(spec->status))
                .arg(spec->items.size()).arg(spec->undeterminedCount()));
    return ExitOk;
}

#undef S

} // namespace hubcli
