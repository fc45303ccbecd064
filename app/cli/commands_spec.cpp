// spec FILE, spec set | agree | sign: a CCG's functions specification, its
// determinations and its sign-off, through the SpecRepository calls the
// Specifications page makes (issue 11).
#include "cli_output.h"
#include "command_preamble.h"
#include "commands.h"

#include "core/catalogue/catalogue_json.h"
#include "core/common/format.h"
#include "core/specification/spec_wording.h"
#include "database/catalogue/catalogue_repository.h"
#include "database/demo/demo_as_of.h"
#include "database/office_file.h"
#include "database/specs/spec_repository.h"
#include "print/spec_document.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QTextDocument>
#include <functional>

namespace hubcli
{

using namespace hub;
using namespace hub::db;
using namespace Qt::StringLiterals;

namespace
{

const QString defaultAgreement = u"west-midlands-hub"_s;

QString agreementOf(const Args &args)
{
    return args.option(u"agreement"_s).isEmpty() ? defaultAgreement : args.option(u"agreement"_s);
}

QString ccgOf(const Args &args)
{
    return args.option(u"ccg"_s).trimmed().toUpper();
}

// The CCG's specification, created as a draft on first use; null with the failure reported.
std::optional<CcgSpecification> loadSpec(OfficeFile &file, const Args &args, int *exitCode)
{
    const auto spec = SpecRepository(file).loadOrCreate(ccgOf(args), agreementOf(args));
    if (!spec) {
        *exitCode = fail(spec.error());
        return std::nullopt;
    }
    return spec.value();
}

// After a change: the specification as stored, as `spec --json` shows it, or the line `text` makes of it.
int report(OfficeFile &file, const Args &args, const std::function<QString(const CcgSpecification &)> &text)
{
    const auto spec = SpecRepository(file).loadOrCreate(ccgOf(args), agreementOf(args));
    if (!spec)
        return fail(spec.error());
    if (args.flag(u"json"_s))
        outJson(QJsonDocument(toJson(spec.value())));
    else
        out(text(spec.value()));
    return ExitOk;
}

bool needsCcg(const Args &args, const QString &command, int *exitCode)
{
    if (!args.option(u"ccg"_s).trimmed().isEmpty())
        return true;
    *exitCode = usage(u"%1 needs --ccg CODE"_s.arg(command));
    return false;
}

// `spec set`'s DETERMINATION: a determination code, or `undetermined` for "To be determined".
std::optional<Determination> determinationArg(const QString &text)
{
    const QString code = text.trimmed().toLower();
    if (code == u"undetermined"_s)
        return Determination::Undetermined;
    for (Determination d : { Determination::HubDelivers, Determination::CcgDelivers, Determination::HubSupports }) {
        if (determinationCode(d) == code)
            return d;
    }
    return std::nullopt;
}

int specShow(const Args &args)
{
    int code = 0;
    if (!checkArgs(args, 2, { u"ccg"_s, u"pdf"_s, u"json"_s, u"agreement"_s }, &code)
        || !needsCcg(args, u"spec"_s, &code))
        return code;
    auto file = openOffice(args.word(1), &code);
    if (!file)
        return code;
    const QString ccgCode = ccgOf(args);
    const auto cat = CatalogueRepository(*file).load();
    if (!cat)
        return fail(cat.error());
    const Ccg *ccg = cat->ccg(ccgCode);
    if (!ccg)
        return fail(makeError(ErrorCode::NotFound, u"No CCG with code '%1'."_s.arg(ccgCode)));
    const auto spec = loadSpec(*file, args, &code);
    if (!spec)
        return code;
    if (args.has(u"pdf"_s)) {
        QTextDocument doc;
        hub::print::buildSpecDocument(doc, cat.value(), *ccg, *spec, officeAsOf(*file));
        const Status written = hub::print::writePdf(doc, args.option(u"pdf"_s),
            hub::print::specDecoration(*ccg, file->user()), u"%1 functions specification"_s.arg(ccg->name));
        if (!written)
            return fail(written.error());
        if (!args.flag(u"json"_s))
            out(u"Wrote %1"_s.arg(args.option(u"pdf"_s)));
    }
    if (args.flag(u"json"_s))
        outJson(QJsonDocument(toJson(*spec)));
    else if (!args.has(u"pdf"_s))
        out(u"%1 specification: %2, %3 activities, %4 undetermined"_s.arg(ccgCode, specStatusName(spec->status))
                .arg(spec->items.size())
                .arg(spec->undeterminedCount()));
    return ExitOk;
}

int specSet(const Args &args)
{
    int code = 0;
    if (!checkArgs(args, 5, { u"ccg"_s, u"note"_s, u"expect-version"_s, u"agreement"_s, u"json"_s }, &code)
        || !needsCcg(args, u"spec set"_s, &code))
        return code;
    const std::optional<Determination> determination = determinationArg(args.word(4));
    if (!determination)
        return fail(makeError(ErrorCode::Invalid,
            u"'%1' is not a determination: give hub-delivers, ccg-delivers, hub-supports or undetermined."_s.arg(
                args.word(4))));
    std::int64_t expected = -1;
    if (!readExpectedVersion(args, u"the activity's version in spec --json"_s, &expected, &code))
        return code;
    auto file = openOffice(args.word(2), &code);
    if (!file)
        return code;
    // Checked before the specification is read, which creates it on first use: a refusal writes nothing.
    const QString key = args.word(3).trimmed().toUpper();
    const auto cat = CatalogueRepository(*file).load();
    if (!cat)
        return fail(cat.error());
    if (!cat->ccg(ccgOf(args)))
        return fail(makeError(ErrorCode::NotFound, u"No CCG with code '%1'."_s.arg(ccgOf(args))));
    const Activity *activity = cat->activity(key);
    if (!activity)
        return fail(makeError(ErrorCode::NotFound, u"No activity '%1' in the MoU register."_s.arg(key)));
    if (!activity->needsDetermination())
        return fail(makeError(ErrorCode::Invalid,
            u"Activity %1 is not for each CCG to determine: only activities marked TBC, or marked both for the "
            "CCG and for the Hub (CORE or SUPPORT), are; it is marked %2."_s.arg(key,
                (activity->ccgRole ? u"CCG"_s : QString())
                    + (activity->ccgRole && activity->hubRole != HubRole::None ? u" and "_s : QString())
                    + (activity->hubRole != HubRole::None ? u"Hub "_s + activity->hubMarker() : QString()))));
    const auto spec = loadSpec(*file, args, &code);
    if (!spec)
        return code;
    const SpecItem *item = spec->item(key);
    if (!item)
        return fail(
            makeError(ErrorCode::NotFound, u"The %1 specification has no item for %2."_s.arg(spec->ccgCode, key)));
    if (expected < 0)
        expected = item->meta.version;
    const QString note = args.has(u"note"_s) ? args.option(u"note"_s) : item->note;
    const Status done = SpecRepository(*file).setDetermination(*spec, key, *determination, note, expected);
    if (!done)
        return fail(done.error());
    return report(*file, args, [&](const CcgSpecification &now) {
        const SpecItem *stored = now.item(key);
        return u"%1 %2: %3 (now version %4)"_s.arg(now.ccgCode, key, determinationName(*determination))
            .arg(stored ? stored->meta.version : 0);
    });
}

int specAgree(const Args &args)
{
    int code = 0;
    if (!checkArgs(args, 3, { u"ccg"_s, u"draft"_s, u"expect-version"_s, u"agreement"_s, u"json"_s }, &code)
        || !needsCcg(args, u"spec agree"_s, &code))
        return code;
    std::int64_t expected = -1;
    if (!readExpectedVersion(args, u"the specification's version in spec --json"_s, &expected, &code))
        return code;
    auto file = openOffice(args.word(2), &code);
    if (!file)
        return code;
    const auto spec = loadSpec(*file, args, &code);
    if (!spec)
        return code;
    const SpecStatus wanted = args.flag(u"draft"_s) ? SpecStatus::Draft : SpecStatus::Agreed;
    if (spec->status == wanted) {
        // Nothing to change (the Specifications page offers only the other status).
        if (args.flag(u"json"_s))
            outJson(QJsonDocument(toJson(*spec)));
        else
            out(u"The %1 specification is already %2; nothing changed."_s.arg(
                spec->ccgCode, wanted == SpecStatus::Draft ? u"a draft"_s : u"agreed"_s));
        return ExitOk;
    }
    if (expected < 0)
        expected = spec->meta.version;
    const Status done = SpecRepository(*file).setStatus(spec->ccgCode, wanted, expected, agreementOf(args));
    if (!done)
        return fail(done.error());
    return report(*file, args, [](const CcgSpecification &now) {
        if (now.status == SpecStatus::Draft)
            return u"The %1 specification is a draft again (version %2)."_s.arg(now.ccgCode).arg(now.meta.version);
        return u"The %1 specification is marked agreed: %2 (version %3)."_s.arg(now.ccgCode, specAgreedText(now))
            .arg(now.meta.version);
    });
}

// `spec sign` options and the header fields they set (SpecRepository::updateHeader).
struct SignOption {
    QString option;
    QString field;
    bool date;
};

const QList<SignOption> &signOptions()
{
    static const QList<SignOption> options {
        { u"ccg-lead-name"_s, u"ccg_lead_name"_s, false },
        { u"ccg-lead-designation"_s, u"ccg_lead_designation"_s, false },
        { u"ccg-lead-signed-on"_s, u"ccg_lead_signed_on"_s, true },
        { u"director-name"_s, u"director_name"_s, false },
        { u"director-designation"_s, u"director_designation"_s, false },
        { u"director-signed-on"_s, u"director_signed_on"_s, true },
        { u"notes"_s, u"notes"_s, false },
    };
    return options;
}

int specSign(const Args &args)
{
    int code = 0;
    QStringList known { u"ccg"_s, u"expect-version"_s, u"agreement"_s, u"json"_s };
    for (const SignOption &o : signOptions())
        known << o.option;
    if (!checkArgs(args, 3, known, &code) || !needsCcg(args, u"spec sign"_s, &code))
        return code;
    QVariantMap changes;
    for (const SignOption &o : signOptions()) {
        if (!args.has(o.option))
            continue;
        const QString value = args.option(o.option).trimmed();
        if (o.date && !value.isEmpty()) {
            const QDate d = parseDate(value);
            if (!d.isValid()) {
                Error e
                    = makeError(ErrorCode::Invalid, u"'%1' is not a date: give dd/mm/yyyy or yyyy-mm-dd."_s.arg(value));
                e.field = o.option;
                return fail(e);
            }
            changes.insert(o.field, d);
        } else {
            changes.insert(o.field, value);
        }
    }
    if (changes.isEmpty())
        return usage(u"spec sign needs at least one of --ccg-lead-name, --ccg-lead-designation, "
                     "--ccg-lead-signed-on, --director-name, --director-designation, --director-signed-on, --notes"_s);
    std::int64_t expected = -1;
    if (!readExpectedVersion(args, u"the specification's version in spec --json"_s, &expected, &code))
        return code;
    auto file = openOffice(args.word(2), &code);
    if (!file)
        return code;
    const auto spec = loadSpec(*file, args, &code);
    if (!spec)
        return code;
    if (expected < 0)
        expected = spec->meta.version;
    const Status done = SpecRepository(*file).updateHeader(spec->meta.id, expected, changes);
    if (!done)
        return fail(done.error());
    return report(*file, args, [](const CcgSpecification &now) {
        return u"The %1 specification's sign-off is saved (version %2)."_s.arg(now.ccgCode).arg(now.meta.version);
    });
}

} // namespace

int cmdSpec(const Args &args)
{
    // `spec FILE --ccg CODE` shows; `spec set|agree|sign FILE ...` change (a file named "set" is still shown).
    const QString sub = args.word(1);
    const bool subcommand = (sub == u"set"_s || sub == u"agree"_s || sub == u"sign"_s)
        && (args.positional().size() > 2 || !QFileInfo::exists(sub));
    if (!subcommand)
        return specShow(args);
    if (sub == u"set"_s)
        return specSet(args);
    if (sub == u"agree"_s)
        return specAgree(args);
    return specSign(args);
}

} // namespace hubcli
