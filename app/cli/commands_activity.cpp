// activity show | mark: one MoU activity's matrix markers (the CCG ☒, the Hub's
// CORE/TBC/SUPPORT and its qualifier) and their history, through the
// CatalogueRepository calls the Functions page makes (issue 11).
#include "cli_output.h"
#include "command_preamble.h"
#include "commands.h"

#include "core/catalogue/catalogue_json.h"
#include "database/catalogue/catalogue_repository.h"
#include "database/office_file.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace hubcli
{

using namespace hub;
using namespace hub::db;
using namespace Qt::StringLiterals;

namespace
{

struct Found {
    Activity activity;
    QString functionNumeral;
    QString functionTitle;
};

// The activity as stored; null (with the failure reported) when the register has no such key.
std::optional<Found> findActivity(OfficeFile &file, const QString &key, int *exitCode)
{
    const auto cat = CatalogueRepository(file).load();
    if (!cat) {
        *exitCode = fail(cat.error());
        return std::nullopt;
    }
    for (const DelegatedFunction &f : cat->functions) {
        for (const Activity &a : f.activities) {
            if (a.key == key)
                return Found { a, f.numeral, f.title };
        }
    }
    *exitCode = fail(makeError(ErrorCode::NotFound, u"No activity '%1' in the MoU register."_s.arg(key)));
    return std::nullopt;
}

QString hubShown(const QString &code)
{
    return code.isEmpty() ? u"none"_s : code;
}

// One history entry in words, as the Functions page's history panel words it.
QString describe(const ActivityChange &c)
{
    const auto quoted = [](const QString &v) { return v.isEmpty() ? u"(empty)"_s : u"\u201C%1\u201D"_s.arg(v); };
    QString what;
    if (c.field == u"text"_s)
        what = u"changed the wording from %1 to %2"_s.arg(quoted(c.oldValue), quoted(c.newValue));
    else if (c.field == u"subgroup"_s)
        what = u"changed the subgroup from %1 to %2"_s.arg(quoted(c.oldValue), quoted(c.newValue));
    else if (c.field == u"ccg_role"_s)
        what = c.newValue == u"1"_s ? u"marked it \u2612 a CCG function"_s : u"took off the CCG \u2612"_s;
    else if (c.field == u"hub_role"_s)
        what = u"changed the Hub marker from %1 to %2"_s.arg(hubShown(c.oldValue), hubShown(c.newValue));
    else if (c.field == u"hub_qualifier"_s)
        what = u"changed the Hub marker's qualifier from %1 to %2"_s.arg(quoted(c.oldValue), quoted(c.newValue));
    else
        what = u"changed %1"_s.arg(c.field);
    const QDateTime at = QDateTime::fromString(c.atUtc, Qt::ISODate);
    const QString when = at.isValid() ? at.toLocalTime().toString(u"dd/MM/yyyy HH:mm"_s) : c.atUtc;
    return u"%1 \u00B7 %2 %3"_s.arg(when, c.by.isEmpty() ? u"someone"_s : c.by, what);
}

int showActivity(OfficeFile &file, const QString &key, bool json)
{
    int code = 0;
    const std::optional<Found> found = findActivity(file, key, &code);
    if (!found)
        return code;
    const auto history = CatalogueRepository(file).activityHistory(key);
    if (!history)
        return fail(history.error());
    const Activity &a = found->activity;
    if (json) {
        QJsonObject o = toJson(a);
        o.insert(u"function"_s, found->functionNumeral);
        o.insert(u"functionTitle"_s, found->functionTitle);
        o.insert(u"version"_s, static_cast<qint64>(a.meta.version));
        o.insert(u"updatedBy"_s, a.meta.updatedBy);
        o.insert(u"updatedAt"_s, a.meta.updatedAt);
        QJsonArray changes;
        for (const ActivityChange &c : history.value())
            changes.append(QJsonObject { { u"field"_s, c.field }, { u"oldValue"_s, c.oldValue },
                { u"newValue"_s, c.newValue }, { u"by"_s, c.by }, { u"at"_s, c.atUtc } });
        o.insert(u"history"_s, changes);
        outJson(QJsonDocument(o));
        return ExitOk;
    }
    out(u"%1  (function %2, %3)"_s.arg(a.key, found->functionNumeral, found->functionTitle));
    if (!a.subgroup.isEmpty())
        out(u"  Subgroup: %1"_s.arg(a.subgroup));
    out(u"  %1"_s.arg(a.text));
    out(u"  CCG: %1   Hub: %2   %3 (version %4)"_s
            .arg(a.ccgRole ? u"\u2612"_s : u"-"_s, a.hubMarker().isEmpty() ? u"none"_s : a.hubMarker(),
                a.needsDetermination() ? u"each CCG determines it"_s : u"not for determination"_s)
            .arg(a.meta.version));
    out(u"History:"_s);
    if (history->isEmpty())
        out(u"  No change recorded: the wording and markers are as the MoU was agreed."_s);
    for (const ActivityChange &c : history.value())
        out(u"  "_s + describe(c));
    return ExitOk;
}

int activityShow(const Args &args)
{
    int code = 0;
    auto file = openForCommand(args, 3, { u"json"_s }, &code);
    if (!file)
        return code;
    return showActivity(*file, args.word(3).trimmed().toUpper(), args.flag(u"json"_s));
}

int activityMark(const Args &args)
{
    int code = 0;
    if (!checkArgs(args, 4, { u"ccg"_s, u"hub"_s, u"qualifier"_s, u"expect-version"_s, u"json"_s }, &code))
        return code;
    QVariantMap wanted;
    if (args.has(u"ccg"_s)) {
        const QString v = args.option(u"ccg"_s).trimmed().toLower();
        if (v != u"yes"_s && v != u"no"_s) {
            Error e = makeError(ErrorCode::Invalid, u"'%1' is not yes or no."_s.arg(args.option(u"ccg"_s)));
            e.field = u"ccg"_s;
            return fail(e);
        }
        wanted.insert(u"ccg_role"_s, v == u"yes"_s);
    }
    if (args.has(u"hub"_s)) {
        const QString v = args.option(u"hub"_s).trimmed().toUpper();
        if (v != u"CORE"_s && v != u"TBC"_s && v != u"SUPPORT"_s && v != u"NONE"_s) {
            Error e = makeError(ErrorCode::Invalid,
                u"'%1' is not a Hub marker: give CORE, TBC, SUPPORT or none."_s.arg(args.option(u"hub"_s)));
            e.field = u"hub"_s;
            return fail(e);
        }
        wanted.insert(u"hub_role"_s, v == u"NONE"_s ? QString() : v);
    }
    if (args.has(u"qualifier"_s))
        wanted.insert(u"hub_qualifier"_s, args.option(u"qualifier"_s).trimmed());
    if (wanted.isEmpty())
        return usage(u"activity mark needs --ccg yes|no, --hub CORE|TBC|SUPPORT|none or --qualifier TEXT"_s);
    std::int64_t expected = -1;
    if (!readExpectedVersion(args, u"activity show --json"_s, &expected, &code))
        return code;
    auto file = openOffice(args.word(2), &code);
    if (!file)
        return code;
    const QString key = args.word(3).trimmed().toUpper();
    const std::optional<Found> found = findActivity(*file, key, &code);
    if (!found)
        return code;
    const Activity &a = found->activity;
    // Only the markers that change are written, as the Functions page's Edit activity dialog does
    // (it saves nothing when nothing changed); each is kept in the activity's history.
    QVariantMap changes;
    if (wanted.contains(u"ccg_role"_s) && wanted.value(u"ccg_role"_s).toBool() != a.ccgRole)
        changes.insert(u"ccg_role"_s, wanted.value(u"ccg_role"_s));
    if (wanted.contains(u"hub_role"_s) && wanted.value(u"hub_role"_s).toString() != hubRoleCode(a.hubRole))
        changes.insert(u"hub_role"_s, wanted.value(u"hub_role"_s));
    if (wanted.contains(u"hub_qualifier"_s) && wanted.value(u"hub_qualifier"_s).toString() != a.hubQualifier)
        changes.insert(u"hub_qualifier"_s, wanted.value(u"hub_qualifier"_s));
    if (changes.isEmpty() && (expected < 0 || expected == a.meta.version)) {
        if (!args.flag(u"json"_s))
            out(u"Activity %1 already has those markers; nothing changed."_s.arg(key));
        return args.flag(u"json"_s) ? showActivity(*file, key, true) : ExitOk;
    }
    // A stale --expect-version is refused by the repository ("Changed by ..."), whatever it would change.
    const Status done = CatalogueRepository(*file).updateActivity(
        a.meta.id, expected < 0 ? a.meta.version : expected, changes.isEmpty() ? wanted : changes);
    if (!done)
        return fail(done.error());
    if (args.flag(u"json"_s))
        return showActivity(*file, key, true);
    const std::optional<Found> after = findActivity(*file, key, &code);
    if (!after)
        return code;
    out(u"Activity %1: CCG %2, Hub %3 (now version %4). Every CCG's specification now %5."_s
            .arg(key, after->activity.ccgRole ? u"\u2612"_s : u"-"_s,
                after->activity.hubMarker().isEmpty() ? u"none"_s : after->activity.hubMarker())
            .arg(after->activity.meta.version)
            .arg(after->activity.needsDetermination() ? u"determines it"_s : u"leaves it out"_s));
    return ExitOk;
}

} // namespace

int cmdActivity(const Args &args)
{
    const QString sub = args.word(1);
    if (sub == u"show"_s)
        return activityShow(args);
    if (sub == u"mark"_s)
        return activityMark(args);
    return usage(u"activity needs show or mark"_s);
}

} // namespace hubcli
