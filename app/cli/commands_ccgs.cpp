// ccg add | edit | list | leads | level: the CCGs an office serves (issues 10, 11). `ccgs FILE` is `ccg list FILE`.
#include "cli_output.h"
#include "command_preamble.h"
#include "commands.h"

#include "core/catalogue/catalogue_json.h"
#include "core/catalogue/ccg_fields.h"
#include "core/common/format.h"
#include "database/ccgs/ccg_repository.h"
#include "database/demo/demo_as_of.h"
#include "database/practices/practice_repository.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hubcli
{

using namespace hub;
using namespace hub::db;
using namespace Qt::StringLiterals;

namespace
{

// The CCG as `ccg list --json` shows it; null when it is not in the file.
std::optional<QJsonObject> ccgJson(OfficeFile &file, const QString &code)
{
    const auto ccgs = CcgRepository(file).list();
    if (!ccgs)
        return std::nullopt;
    for (const Ccg &g : ccgs.value()) {
        if (g.code == code) {
            const auto n = PracticeRepository(file).count(g.code);
            return toJson(g, n ? n.value() : 0, officeAsOf(file));
        }
    }
    return std::nullopt;
}

// `positional`: the words up to and including FILE.
int ccgList(const Args &args, int positional)
{
    int code = 0;
    auto file = openForCommand(args, positional, { u"json"_s }, &code);
    if (!file)
        return code;
    const auto ccgs = CcgRepository(*file).list();
    if (!ccgs)
        return fail(ccgs.error());
    QJsonArray arr;
    PracticeRepository practices(*file);
    const QDate asOf = officeAsOf(*file); // read once: every CCG's level is judged on the same day
    for (const Ccg &g : ccgs.value()) {
        const auto n = practices.count(g.code);
        arr.append(toJson(g, n ? n.value() : 0, asOf));
        if (!args.flag(u"json"_s))
            out(u"%1  %2  (%3 practices)"_s.arg(g.code, g.name).arg(n ? n.value() : 0));
    }
    if (args.flag(u"json"_s))
        outJson(QJsonDocument(arr));
    return ExitOk;
}

// Option name -> field code, for `ccg add`.
const QList<QPair<QString, QString>> &addOptions()
{
    static const QList<QPair<QString, QString>> options {
        { u"name"_s, u"name"_s },
        { u"short-name"_s, u"short_name"_s },
        { u"locality"_s, u"locality"_s },
        { u"contracting-lead"_s, u"hub_contracting_lead"_s },
        { u"lead"_s, u"hub_contracting_lead"_s },
        { u"finance-lead"_s, u"hub_finance_lead"_s },
        { u"ccg-lead"_s, u"ccg_lead"_s },
    };
    return options;
}

int ccgAdd(const Args &args)
{
    int code = 0;
    QStringList known { u"code"_s, u"level"_s, u"from"_s, u"json"_s };
    for (const auto &[option, field] : addOptions())
        known << option;
    if (!checkArgs(args, 3, known, &code))
        return code;
    if (args.has(u"lead"_s) && args.has(u"contracting-lead"_s))
        return usage(u"give --lead or --contracting-lead, not both (--lead is the Hub contracting lead)"_s);
    NewCcg ccg;
    ccg.code = args.option(u"code"_s);
    for (const auto &[option, field] : addOptions()) {
        if (args.has(option))
            ccg.fields.insert(field, args.option(option));
    }
    if (args.has(u"level"_s) && !commissioningLevelFromCode(args.option(u"level"_s), &ccg.level))
        return fail(invalidCcgField(u"level"_s,
            u"'%1' is not a co-commissioning level; levels are greater-collaboration, "
            "joint-commissioning, joint-delegation, fully-delegated."_s.arg(args.option(u"level"_s))));
    if (args.has(u"from"_s)) {
        ccg.levelFrom = parseDate(args.option(u"from"_s));
        if (!ccg.levelFrom.isValid())
            return fail(invalidCcgField(
                u"from"_s, u"'%1' is not a date: give dd/mm/yyyy or yyyy-mm-dd."_s.arg(args.option(u"from"_s))));
    }
    // Checked before the file is opened, so bad input never touches it.
    const Result<NewCcg> checked = validateNewCcg(ccg);
    if (!checked)
        return fail(checked.error());
    auto file = openOffice(args.word(2), &code);
    if (!file)
        return code;
    const Status added = CcgRepository(*file).add(checked.value());
    if (!added)
        return fail(added.error());
    const QString ccgCode = checked->code;
    if (args.flag(u"json"_s)) {
        outJson(QJsonDocument(ccgJson(*file, ccgCode).value_or(QJsonObject {})));
    } else {
        out(u"Added CCG %1 %2 (%3)."_s.arg(
            ccgCode, checked->fields.value(u"name"_s).toString(), commissioningLevelName(checked->level)));
    }
    return ExitOk;
}

int ccgEdit(const Args &args)
{
    int code = 0;
    if (!checkArgs(args, 5, { u"expect-version"_s, u"json"_s }, &code))
        return code;
    QVariantMap changes;
    for (int i = 4; i < args.positional().size(); ++i) {
        const QString w = args.word(i);
        const auto eq = w.indexOf(u'=');
        if (eq <= 0)
            return usage(u"'%1' is not FIELD=VALUE (fields: %2)"_s.arg(w, ccgFieldCodes().join(u", "_s)));
        changes.insert(w.left(eq), w.mid(eq + 1));
    }
    const Result<QVariantMap> checked = validateCcgEdit(changes);
    if (!checked)
        return fail(checked.error());
    std::int64_t expected = -1;
    if (args.has(u"expect-version"_s)) {
        bool ok = false;
        expected = args.option(u"expect-version"_s).toLongLong(&ok);
        if (!ok)
            return usage(u"--expect-version needs the version number you read (ccg list --json)"_s);
    }
    auto file = openOffice(args.word(2), &code);
    if (!file)
        return code;
    const QString ccgCode = args.word(3).trimmed().toUpper();
    const std::optional<QJsonObject> before = ccgJson(*file, ccgCode);
    if (!before)
        return fail(makeError(ErrorCode::NotFound, u"No CCG with code '%1'."_s.arg(ccgCode)));
    if (expected < 0)
        expected = before->value(u"version"_s).toInteger();
    const Status done = CcgRepository(*file).update(ccgCode, expected, checked.value());
    if (!done)
        return fail(done.error());
    const QJsonObject after = ccgJson(*file, ccgCode).value_or(QJsonObject {});
    if (args.flag(u"json"_s))
        outJson(QJsonDocument(after));
    else
        out(u"%1 updated: now version %2"_s.arg(ccgCode).arg(after.value(u"version"_s).toInteger()));
    return ExitOk;
}

// The CCG as stored, null (with the failure reported) when it is not in the file.
std::optional<Ccg> findCcg(OfficeFile &file, const QString &code, int *exitCode)
{
    const auto ccgs = CcgRepository(file).list();
    if (!ccgs) {
        *exitCode = fail(ccgs.error());
        return std::nullopt;
    }
    for (const Ccg &g : ccgs.value()) {
        if (g.code == code)
            return g;
    }
    *exitCode = fail(makeError(ErrorCode::NotFound, u"No CCG with code '%1'."_s.arg(code)));
    return std::nullopt;
}

// Option name -> field code, for `ccg leads`.
const QList<QPair<QString, QString>> &leadOptions()
{
    static const QList<QPair<QString, QString>> options {
        { u"contracting-lead"_s, u"hub_contracting_lead"_s },
        { u"finance-lead"_s, u"hub_finance_lead"_s },
        { u"ccg-lead"_s, u"ccg_lead"_s },
    };
    return options;
}

int ccgLeads(const Args &args)
{
    int code = 0;
    QStringList known { u"expect-version"_s, u"json"_s };
    QVariantMap changes;
    for (const auto &[option, field] : leadOptions()) {
        known << option;
        if (args.has(option))
            changes.insert(field, args.option(option));
    }
    if (!checkArgs(args, 4, known, &code))
        return code;
    // With no option the leads are shown, nothing written.
    const Result<QVariantMap> checked = changes.isEmpty() ? Result<QVariantMap>(changes) : validateCcgEdit(changes);
    if (!checked)
        return fail(checked.error());
    std::int64_t expected = -1;
    if (!readExpectedVersion(args, u"ccg leads --json"_s, &expected, &code))
        return code;
    auto file = openOffice(args.word(2), &code);
    if (!file)
        return code;
    const QString ccgCode = args.word(3).trimmed().toUpper();
    std::optional<Ccg> ccg = findCcg(*file, ccgCode, &code);
    if (!ccg)
        return code;
    if (!changes.isEmpty()) {
        // The same write as the CCGs page's lead cells and Edit CCG dialog.
        const Status done
            = CcgRepository(*file).update(ccgCode, expected < 0 ? ccg->meta.version : expected, checked.value());
        if (!done)
            return fail(done.error());
        ccg = findCcg(*file, ccgCode, &code);
        if (!ccg)
            return code;
    }
    if (args.flag(u"json"_s)) {
        outJson(QJsonDocument(QJsonObject { { u"code"_s, ccg->code }, { u"name"_s, ccg->name },
            { u"hubContractingLead"_s, ccg->hubContractingLead }, { u"hubFinanceLead"_s, ccg->hubFinanceLead },
            { u"ccgLead"_s, ccg->ccgLead }, { u"version"_s, static_cast<qint64>(ccg->meta.version) } }));
        return ExitOk;
    }
    const auto shown = [](const QString &name) { return name.isEmpty() ? u"(none)"_s : name; };
    if (!changes.isEmpty())
        out(u"%1 updated: now version %2"_s.arg(ccgCode).arg(ccg->meta.version));
    out(u"%1  %2\n  Hub contracting lead: %3\n  Hub finance lead:     %4\n  CCG lead:             %5"_s.arg(
        ccg->code, ccg->name, shown(ccg->hubContractingLead), shown(ccg->hubFinanceLead), shown(ccg->ccgLead)));
    return ExitOk;
}

int ccgLevel(const Args &args)
{
    int code = 0;
    if (!checkArgs(args, 5, { u"from"_s, u"note"_s, u"json"_s }, &code))
        return code;
    CommissioningLevel level {};
    if (!commissioningLevelFromCode(args.word(4).trimmed().toLower(), &level))
        return fail(invalidCcgField(u"level"_s,
            u"'%1' is not a co-commissioning level; levels are greater-collaboration, "
            "joint-commissioning, joint-delegation, fully-delegated."_s.arg(args.word(4))));
    if (args.option(u"from"_s).trimmed().isEmpty())
        return usage(u"ccg level needs --from DATE, the day the new level takes effect"_s);
    const QDate from = parseDate(args.option(u"from"_s).trimmed());
    if (!from.isValid())
        return fail(invalidCcgField(
            u"from"_s, u"'%1' is not a date: give dd/mm/yyyy or yyyy-mm-dd."_s.arg(args.option(u"from"_s))));
    auto file = openOffice(args.word(2), &code);
    if (!file)
        return code;
    const QString ccgCode = args.word(3).trimmed().toUpper();
    // As the CCGs page's Change level…: the open period ends the day before.
    const Status done = CcgRepository(*file).changeLevel(ccgCode, level, from, args.option(u"note"_s));
    if (!done)
        return fail(done.error());
    if (args.flag(u"json"_s))
        outJson(QJsonDocument(ccgJson(*file, ccgCode).value_or(QJsonObject {})));
    else
        out(u"%1 moves to %2 from %3"_s.arg(ccgCode, commissioningLevelName(level), formatDate(from)));
    return ExitOk;
}

} // namespace

int cmdCcgs(const Args &args)
{
    return ccgList(args, 2);
}

int cmdCcg(const Args &args)
{
    const QString sub = args.word(1);
    if (sub == u"list"_s)
        return ccgList(args, 3);
    if (sub == u"add"_s)
        return ccgAdd(args);
    if (sub == u"edit"_s)
        return ccgEdit(args);
    if (sub == u"leads"_s)
        return ccgLeads(args);
    if (sub == u"level"_s)
        return ccgLevel(args);
    return usage(u"ccg needs add, edit, leads, level or list"_s);
}

} // namespace hubcli
