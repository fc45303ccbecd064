// init, check, catalogue, practices: the foundation commands (ccg: commands_ccgs.cpp; spec: commands_spec.cpp).
#include "cli_output.h"
#include "command_preamble.h"
#include "commands.h"

#include "core/catalogue/catalogue_json.h"
#include "database/backup/backup.h"
#include "database/catalogue/catalogue_repository.h"
#include "database/demo/demo_office.h"
#include "database/file_damage.h"
#include "database/office_file.h"
#include "database/practices/practice_json.h"
#include "database/practices/practice_repository.h"
#include "database/sync/value_audit.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

namespace hubcli
{

using namespace hub;
using namespace hub::db;
using namespace Qt::StringLiterals;

int cmdHelp()
{
    out(u"hubcase-cli — the Hubcase command line (see docs/cli.md)\n\n"
        "  init FILE [--office CODE] [--demo]        create an office file (with demo data)\n"
        "  check FILE                                open and verify an office file\n"
        "  catalogue FILE --json                     the MoU register\n"
        "  ccg list FILE [--json]                    CCGs with levels and leads (also: ccgs FILE)\n"
        "  ccg add FILE --code 05X --name NAME [--lead NAME] [--finance-lead NAME] [--ccg-lead NAME]\n"
        "          [--short-name S] [--locality L] [--level LEVEL] [--from DATE]   add a CCG\n"
        "  ccg edit FILE CODE FIELD=VALUE... [--expect-version N]   change a CCG's name or leads\n"
        "  ccg leads FILE CODE [--contracting-lead N] [--finance-lead N] [--ccg-lead N] [--expect-version N]\n"
        "                                            show or change a CCG's named leads\n"
        "  ccg level FILE CODE LEVEL --from DATE [--note TEXT]   start a new co-commissioning level\n"
        "  practices import FILE CSV                 import epraccur or payments CSV\n"
        "  practices list FILE --json [--ccg CODE]   list practices\n"
        "  spec FILE --ccg CODE [--json] [--pdf OUT] a CCG's functions specification\n"
        "  spec set FILE --ccg CODE ACTIVITY DETERMINATION [--note TEXT] [--expect-version N]\n"
        "          one activity's determination: hub-delivers, ccg-delivers, hub-supports, undetermined\n"
        "  spec agree FILE --ccg CODE [--draft] [--expect-version N]   mark agreed (or back to draft)\n"
        "  spec sign FILE --ccg CODE [--ccg-lead-name N] [--ccg-lead-designation D] [--ccg-lead-signed-on DATE]\n"
        "          [--director-name N] [--director-designation D] [--director-signed-on DATE] [--notes TEXT]\n"
        "  activity show FILE KEY [--json]          an activity's markers and their history\n"
        "  activity mark FILE KEY [--ccg yes|no] [--hub CORE|TBC|SUPPORT|none] [--qualifier TEXT]\n"
        "          [--expect-version N]             change an activity's matrix markers\n"
        "  backup FILE --to PATH [--keep N]          verified backup (PATH a folder: timestamped)\n"
        "  restore FILE --from PATH                  restore from a backup (file or folder)\n"
        "  presence FILE --json                      who has the file open\n"
        "  sync export FILE --to DIR                 write this office's changes as a bundle\n"
        "  sync import FILE BUNDLE...                apply other offices' bundles\n"
        "  sync status|conflicts FILE --json         sync state and conflicts to review\n"
        "  due --from DATE --working-days N [--explain]   working-day due date\n"
        "  case add|event|edit|show|list FILE ...    cases and their service clocks\n"
        "  query-log FILE --ccg CODE --month YYYY-MM (--csv|--xlsx|--pdf OUT)"_s);
    return ExitOk;
}

int cmdInit(const Args &args)
{
    int code = 0;
    if (!checkArgs(args, 2, { u"office"_s, u"demo"_s, u"json"_s }, &code))
        return code;
    const QString path = args.word(1);
    const QString office = args.option(u"office"_s).isEmpty() ? u"WMH"_s : args.option(u"office"_s).toUpper();
    if (args.flag(u"demo"_s)) {
        const auto demo = createDemoOffice(path, office);
        if (!demo)
            return fail(demo.error());
        out(u"Created demo office file %1 (office %2): %3 CCGs, %4 practices."_s.arg(path, office)
                .arg(demo->ccgs)
                .arg(demo->practices));
        return ExitOk;
    }
    CreateOptions options;
    options.officeCode = office;
    const auto file = OfficeFile::create(path, options);
    if (!file)
        return fail(file.error());
    out(u"Created office file %1 (office %2)."_s.arg(path, office));
    return ExitOk;
}

int cmdCheck(const Args &args)
{
    int code = 0;
    if (!checkArgs(args, 2, { u"json"_s }, &code))
        return code;
    auto file = openOffice(args.word(1), &code);
    if (!file)
        return code;
    const auto integrity = integrityCheck(args.word(1));
    if (!integrity)
        return fail(integrity.error());
    // The full check is the authority: damage it finds is recorded so every
    // later open refuses to write; a record it no longer confirms is lifted.
    const bool damaged = integrity.value() != u"ok"_s;
    if (damaged && !file->isDamaged())
        recordDamage(args.word(1), integrity.value(), u"check"_s);
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
        warningArr.append(QJsonObject { { u"table"_s, w.table }, { u"field"_s, w.field }, { u"rows"_s, w.rows },
            { u"example"_s, w.example }, { u"text"_s, w.text } });
    const QJsonObject o { { u"file"_s, args.word(1) }, { u"office"_s, file->officeCode() },
        { u"officeName"_s, file->officeName() }, { u"schemaVersion"_s, file->schemaVersion() },
        { u"mode"_s, file->modeName() }, { u"integrity"_s, integrity.value() }, { u"warnings"_s, warningArr } };
    if (args.flag(u"json"_s)) {
        outJson(QJsonDocument(o));
    } else {
        out(u"%1: Hubcase office file, office %2, schema %3, %4, integrity %5"_s.arg(args.word(1), file->officeCode())
                .arg(file->schemaVersion())
                .arg(file->modeName(), integrity.value()));
        for (const ValueWarning &w : warnings)
            out(u"warning: "_s + w.text);
    }
    if (lifted && !args.flag(u"json"_s))
        out(u"The damage recorded earlier (%1) is no longer found; the file can be changed again."_s.arg(
            file->damage()));
    if (damaged)
        return fail(makeError(ErrorCode::Corrupt,
            u"integrity check failed: %1. Hubcase will not change this file; "
            "restore the newest verified backup (hubcase-cli restore FILE --from FOLDER)."_s.arg(integrity.value())));
    return ExitOk;
}

int cmdCatalogue(const Args &args)
{
    int code = 0;
    auto file = openForCommand(args, 2, { u"json"_s }, &code);
    if (!file)
        return code;
    const auto cat = CatalogueRepository(*file).load();
    if (!cat)
        return fail(cat.error());
    if (args.flag(u"json"_s)) {
        outJson(QJsonDocument(toJson(cat.value())));
        return ExitOk;
    }
    for (const DelegatedFunction &f : cat->functions)
        out(u"%1. %2 (%3 activities)"_s.arg(f.numeral, f.title).arg(f.activities.size()));
    return ExitOk;
}

int cmdPractices(const Args &args)
{
    int code = 0;
    const QString sub = args.word(1);
    if (sub == u"import"_s) {
        if (!checkArgs(args, 4, { u"json"_s }, &code))
            return code;
        auto file = openOffice(args.word(2), &code);
        if (!file)
            return code;
        QElapsedTimer timer;
        timer.start();
        const auto sum = PracticeRepository(*file).importFile(args.word(3));
        if (!sum)
            return fail(sum.error());
        const QJsonObject o { { u"format"_s, sum->format }, { u"rowsRead"_s, sum->rowsRead },
            { u"rowsSkipped"_s, sum->rowsSkipped }, { u"inserted"_s, sum->inserted }, { u"updated"_s, sum->updated },
            { u"unchanged"_s, sum->unchanged }, { u"milliseconds"_s, timer.elapsed() } };
        if (args.flag(u"json"_s))
            outJson(QJsonDocument(o));
        else
            out(u"Imported %1 (%2 format): %3 rows read, %4 new, %5 updated, %6 unchanged, %7 skipped in %8 ms."_s
                    .arg(args.word(3), sum->format)
                    .arg(sum->rowsRead)
                    .arg(sum->inserted)
                    .arg(sum->updated)
                    .arg(sum->unchanged)
                    .arg(sum->rowsSkipped)
                    .arg(timer.elapsed()));
        return ExitOk;
    }
    if (sub == u"list"_s) {
        auto file = openForCommand(args, 3, { u"json"_s, u"ccg"_s }, &code);
        if (!file)
            return code;
        const auto list = PracticeRepository(*file).list(args.option(u"ccg"_s).toUpper());
        if (!list)
            return fail(list.error());
        QJsonArray arr;
        for (const StoredPractice &p : list.value()) {
            arr.append(toJson(p));
            if (!args.flag(u"json"_s))
                out(u"%1  %2  %3  %4"_s.arg(p.practice.odsCode, p.practice.ccgCode,
                    contractTypeCode(p.practice.contractType), p.practice.name));
        }
        if (args.flag(u"json"_s))
            outJson(QJsonDocument(arr));
        return ExitOk;
    }
    return usage(u"practices needs 'import' or 'list'"_s);
}

} // namespace hubcli
