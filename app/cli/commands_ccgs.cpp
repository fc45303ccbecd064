// ccg add | edit | list: the CCGs an office serves (issue 10). `ccgs FILE` is `ccg list FILE`.
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
    return usage(u"ccg needs add, edit or list"_s);
}

} // namespace hubcli
