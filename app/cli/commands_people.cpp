// whoami, link-account.
#include "commands_people.h"

#include "cli_output.h"
#include "command_preamble.h"

#include "database/accounts/account_link_repository.h"
#include "database/office_file.h"

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

QJsonObject linkJson(const QString &account, const std::optional<AccountLink> &link, const QString &user)
{
    return { { u"account"_s, account },
        { u"officer"_s, link && link->linked() ? QJsonValue(link->officer) : QJsonValue(QJsonValue::Null) },
        { u"linked"_s, link && link->linked() }, { u"answered"_s, link.has_value() }, { u"user"_s, user },
        { u"linkedBy"_s, link ? QJsonValue(link->meta.updatedBy) : QJsonValue(QJsonValue::Null) },
        { u"linkedAt"_s, link ? QJsonValue(link->meta.updatedAt) : QJsonValue(QJsonValue::Null) } };
}

QString linkText(const QString &account, const std::optional<AccountLink> &link)
{
    if (!link)
        return u"Account %1 is not linked to an officer in this file."_s.arg(account);
    if (!link->linked())
        return u"Account %1 is none of this file's officers (answered \"None of these\")."_s.arg(account);
    return u"Account %1 is %2."_s.arg(account, link->officer);
}

} // namespace

QString peopleHelp()
{
    return u"  whoami FILE [--json]                      this account and the officer it is linked to\n"
           "  link-account FILE (--officer NAME | --none) [--account NAME]   say which officer an account is"_s;
}

int cmdWhoami(const Args &args)
{
    int code = 0;
    auto file = openForCommand(args, 2, { u"json"_s }, &code);
    if (!file)
        return code;
    AccountLinkRepository links(*file);
    const auto link = links.find(file->account());
    if (!link)
        return fail(link.error());
    const auto officers = links.knownOfficers();
    if (!officers)
        return fail(officers.error());
    if (args.flag(u"json"_s)) {
        QJsonObject o = linkJson(file->account(), link.value(), file->user());
        o.insert(u"knownOfficers"_s, QJsonArray::fromStringList(officers.value()));
        outJson(QJsonDocument(o));
        return ExitOk;
    }
    out(linkText(file->account(), link.value()));
    out(u"Records you save are marked as saved by %1."_s.arg(file->user()));
    if (!link->has_value() && !officers->isEmpty())
        out(u"Link it with: hubcase-cli link-account FILE --officer NAME (one of: %1), or --none."_s.arg(
            officers->join(u", "_s)));
    return ExitOk;
}

int cmdLinkAccount(const Args &args)
{
    int code = 0;
    if (!checkArgs(args, 2, { u"officer"_s, u"none"_s, u"account"_s, u"json"_s }, &code))
        return code;
    const bool none = args.flag(u"none"_s);
    QString officer = args.option(u"officer"_s).simplified();
    if (none == !officer.isEmpty())
        return usage(u"link-account needs --officer NAME or --none"_s);
    if (args.has(u"account"_s) && args.option(u"account"_s).trimmed().isEmpty())
        return usage(u"--account needs an account name"_s);
    auto file = openOffice(args.word(1), &code);
    if (!file)
        return code;
    const QString account = args.has(u"account"_s) ? args.option(u"account"_s).trimmed() : file->account();
    AccountLinkRepository links(*file);
    const auto officers = links.knownOfficers();
    if (!officers)
        return fail(officers.error());
    // The file's spelling of a known officer, so "Me" matches the cases' officer names.
    bool known = officer.isEmpty();
    for (const QString &o : officers.value()) {
        if (!officer.isEmpty() && o.compare(officer, Qt::CaseInsensitive) == 0) {
            officer = o;
            known = true;
        }
    }
    const Status linked = links.link(account, officer);
    if (!linked)
        return fail(linked.error());
    const auto link = links.find(account);
    if (!link)
        return fail(link.error());
    if (args.flag(u"json"_s)) {
        QJsonObject o = linkJson(
            account, link.value(), account == file->account() ? file->user() : (officer.isEmpty() ? account : officer));
        o.insert(u"knownOfficer"_s, known);
        outJson(QJsonDocument(o));
        return ExitOk;
    }
    out(linkText(account, link.value()));
    if (!known)
        out(u"Note: %1 is not yet the officer of any case or a Hub lead of any CCG in this file."_s.arg(officer));
    return ExitOk;
}

} // namespace hubcli
