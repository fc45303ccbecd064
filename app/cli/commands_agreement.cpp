// agreement show | extend | notice | confirm (docs/cli.md, "The MoU register").
#include "commands_agreement.h"

#include "cli_output.h"
#include "command_preamble.h"

#include "core/catalogue/agreement_dates.h"
#include "core/catalogue/agreement_lifecycle.h"
#include "core/catalogue/catalogue_json.h"
#include "core/common/format.h"
#include "database/catalogue/agreement_lifecycle_repository.h"
#include "database/demo/demo_as_of.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hubcli
{

using namespace hub;
using namespace hub::db;
using namespace Qt::StringLiterals;

namespace
{

// A required date option; an error naming the option when missing or not a date.
std::optional<QDate> requiredDate(const Args &args, const QString &name, int *code)
{
    const QDate d = parseDate(args.option(name));
    if (!args.has(name) || !d.isValid()) {
        *code = usage(u"field '--%1': give a date (dd/mm/yyyy or yyyy-mm-dd)"_s.arg(name));
        return std::nullopt;
    }
    return d;
}

std::int64_t expectedVersion(const Args &args)
{
    bool ok = false;
    const qint64 v = args.option(u"expect-version"_s).toLongLong(&ok);
    return ok ? v : -1;
}

QJsonObject agreementJson(const Agreement &a, const QDate &asOf)
{
    // The register's shape (catalogue --json), with the key dates as of the office's day.
    Catalogue one;
    one.agreements.append(a);
    QJsonObject o = toJson(one).value(u"agreements"_s).toArray().first().toObject();
    QJsonArray dates;
    for (const KeyDate &k : keyDates(a, asOf))
        dates.append(QJsonObject {
            { u"key"_s, k.key }, { u"label"_s, k.label }, { u"date"_s, isoDate(k.date) }, { u"status"_s, k.status } });
    o.insert(u"keyDates"_s, dates);
    o.insert(u"recordVersion"_s, QJsonValue(qint64(a.meta.version))); // "version" is the agreement's own ("1.4")
    o.insert(u"asOf"_s, isoDate(asOf));
    return o;
}

void printAgreement(const Agreement &a, const QDate &asOf)
{
    out(u"%1 (%2)"_s.arg(a.title, a.key));
    out(u"  In force until %1"_s.arg(formatDate(effectiveEnd(a))));
    for (const KeyDate &k : keyDates(a, asOf))
        out(u"  %1: %2  %3"_s.arg(k.label, formatDate(k.date), k.status));
    for (const AgreementEvent &e : a.history)
        out(u"  %1"_s.arg(describeEvent(a, e)));
    for (const AgreementConfirmation &c : a.confirmations)
        out(u"  Confirmed in writing by %1 on %2%3%4"_s.arg(c.party, formatDate(c.confirmedOn),
            c.confirmedBy.isEmpty() ? QString() : u" (%1)"_s.arg(c.confirmedBy),
            c.document.isEmpty() ? QString() : u": %1"_s.arg(c.document)));
}

// After a write: the agreement as it now stands.
int showAfter(const Args &args, OfficeFile &file, const QString &key)
{
    const auto a = AgreementLifecycleRepository(file).agreement(key);
    if (!a)
        return fail(a.error());
    if (args.flag(u"json"_s))
        outJson(QJsonDocument(agreementJson(a.value(), officeAsOf(file))));
    else
        printAgreement(a.value(), officeAsOf(file));
    return ExitOk;
}

} // namespace

QString agreementHelp()
{
    return u"  agreement show FILE KEY [--json]          an agreement's key dates, extensions, notices, confirmations\n"
           "  agreement extend FILE KEY --agreed-on DATE --new-end DATE --by TEXT [--note TEXT]\n"
           "  agreement notice FILE KEY --party NAME --given-on DATE [--by TEXT] [--note TEXT]\n"
           "  agreement confirm FILE KEY --party NAME --date DATE [--by TEXT] [--document TEXT]"_s;
}

int cmdAgreement(const Args &args)
{
    const QString sub = args.word(1);
    int code = 0;
    const QStringList common { u"json"_s, u"expect-version"_s, u"note"_s, u"by"_s };
    if (sub == u"show"_s) {
        auto file = openForCommand(args, 4, { u"json"_s }, &code);
        return file ? showAfter(args, *file, args.word(3)) : code;
    }
    if (sub == u"extend"_s) {
        if (!checkArgs(args, 4, common + QStringList { u"agreed-on"_s, u"new-end"_s }, &code))
            return code;
        const auto on = requiredDate(args, u"agreed-on"_s, &code);
        const auto end = on ? requiredDate(args, u"new-end"_s, &code) : std::nullopt;
        if (!on || !end)
            return code;
        auto file = openOffice(args.word(2), &code);
        if (!file)
            return code;
        const auto id = AgreementLifecycleRepository(*file).recordExtension(
            args.word(3), *on, *end, args.option(u"by"_s), args.option(u"note"_s), expectedVersion(args));
        return id ? showAfter(args, *file, args.word(3)) : fail(id.error());
    }
    if (sub == u"notice"_s) {
        if (!checkArgs(args, 4, common + QStringList { u"party"_s, u"given-on"_s }, &code))
            return code;
        const auto on = requiredDate(args, u"given-on"_s, &code);
        if (!on)
            return code;
        auto file = openOffice(args.word(2), &code);
        if (!file)
            return code;
        const auto id = AgreementLifecycleRepository(*file).recordNotice(args.word(3), args.option(u"party"_s), *on,
            args.option(u"by"_s), args.option(u"note"_s), expectedVersion(args));
        return id ? showAfter(args, *file, args.word(3)) : fail(id.error());
    }
    if (sub == u"confirm"_s) {
        if (!checkArgs(args, 4, common + QStringList { u"party"_s, u"date"_s, u"document"_s }, &code))
            return code;
        const auto on = requiredDate(args, u"date"_s, &code);
        if (!on)
            return code;
        auto file = openOffice(args.word(2), &code);
        if (!file)
            return code;
        AgreementConfirmation c;
        c.party = args.option(u"party"_s);
        c.confirmedOn = *on;
        c.confirmedBy = args.option(u"by"_s);
        c.document = args.option(u"document"_s);
        const auto id = AgreementLifecycleRepository(*file).addConfirmation(args.word(3), c, expectedVersion(args));
        return id ? showAfter(args, *file, args.word(3)) : fail(id.error());
    }
    return usage(u"agreement show | extend | notice | confirm FILE KEY ..."_s);
}

} // namespace hubcli
