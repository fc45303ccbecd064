// due, case (add, event, edit, show, list, letter), query-log: the case commands (issue 4).
#include "cli_output.h"
#include "command_preamble.h"
#include "commands.h"
#include "commands_case_summary.h"

#include "core/cases/case_fields.h"
#include "core/cases/case_rules.h"
#include "core/cases/query_log_csv.h"
#include "core/common/format.h"
#include "database/cases/case_repository.h"
#include "database/cases/case_search.h"
#include "database/cases/closure_repository.h"
#include "database/cases/query_log_repository.h"
#include "database/cases/query_log_xlsx.h"
#include "database/cases/template_repository.h"
#include "database/office_file.h"
#include "print/letter_document.h"
#include "print/query_log_document.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextDocument>

namespace hubcli {

using namespace hub;
using namespace hub::db;
using namespace Qt::StringLiterals;
#define S QStringLiteral

namespace {


QJsonValue jsonDate(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// --as-of / --from style dates: dd/mm/yyyy or ISO; `ok` false on a bad one.
QDate dateOption(const Args &args, const QString &name, bool *ok)
{
    *ok = true;
    if (!args.has(name))
        return {};
    const QDate d = parseDate(args.option(name));
    *ok = d.isValid();
    return d;
}

QJsonArray explanationJson(const QVector<ExplainedDay> &days)
{
    QJsonArray arr;
    for (const ExplainedDay &d : days)
        arr.append(QJsonObject{{S("date"), jsonDate(d.date)}, {S("counted"), d.counted}, {S("dayNumber"), d.dayNumber},
                               {S("reason"), d.status.reason}, {S("text"), d.text()}});
    return arr;
}

QJsonObject clockJson(const ClockResult &c)
{
    QJsonObject o{{S("state"), clockStateCode(c.state)}, {S("workingDays"), c.workingDays}, {S("start"), jsonDate(c.start)},
                  {S("due"), jsonDate(c.due)}, {S("metOn"), jsonDate(c.metOn)}, {S("daysLeft"), c.daysLeft},
                  {S("explanation"), QJsonArray::fromStringList(c.explanation)}};
    QJsonArray periods;
    for (const ClockPeriod &p : c.periods)
        periods.append(QJsonObject{{S("start"), jsonDate(p.start)}, {S("due"), jsonDate(p.due)}, {S("endedOn"), jsonDate(p.endedOn)},
                                   {S("endedBy"), p.endedBy}, {S("late"), p.late}});
    o.insert(S("periods"), periods);
    return o;
}

QJsonObject rowJson(const CaseRow &r)
{
    return {{S("ref"), r.ref}, {S("id"), r.id}, {S("version"), qint64(r.version)}, {S("type"), r.typeCode},
            {S("ccg"), r.ccgCode}, {S("practice"), r.practiceOds}, {S("practiceName"), r.practiceName},
            {S("owner"), r.owner}, {S("officer"), r.officer}, {S("priority"), r.priority}, {S("status"), r.status},
            {S("title"), r.title}, {S("received"), jsonDate(r.received)}, {S("acknowledgeDue"), jsonDate(r.acknowledgeDue)},
            {S("acknowledgedOn"), jsonDate(r.acknowledgedOn)}, {S("acknowledgeState"), clockStateCode(r.acknowledgeState)},
            {S("responseDue"), jsonDate(r.responseDue)}, {S("respondedOn"), jsonDate(r.respondedOn)},
            {S("responseState"), clockStateCode(r.responseState)}, {S("paused"), r.paused}, {S("closedOn"), jsonDate(r.closedOn)},
            {S("overdue"), r.overdue()}, {S("updatedBy"), r.updatedBy}, {S("updatedAt"), r.updatedAt}};
}

// `case add --requester-name TEXT`: the option of a requester field (core/cases/case_fields.h).
QString fieldOption(const CaseFieldInfo &f)
{
    return QString::fromLatin1(f.code).replace(u'_', u'-');
}

// Every editable field by its code, from the field table, so a field added there is listed at once.
QJsonObject fieldsJson(const CaseDetail &d)
{
    QJsonObject o;
    for (const CaseFieldInfo &f : caseFields()) {
        const QString code = QString::fromLatin1(f.code);
        const QVariant v = d.fields.value(code);
        o.insert(code, f.kind == CaseFieldKind::Integer ? QJsonValue(v.toInt()) : QJsonValue(v.toString()));
    }
    return o;
}

QJsonValue fullResponseJson(const std::optional<bool> &full)
{
    return full.has_value() ? QJsonValue(*full) : QJsonValue(QJsonValue::Null);
}

QJsonValue closureJson(const CaseDetail &d)
{
    for (const CaseEvent &e : d.timeline) {
        if (e.kind == CaseEventKind::Closed)
            return QJsonObject{{u"date"_s, jsonDate(e.on)}, {u"outcome"_s, e.outcome},
                               {u"fullResponse"_s, fullResponseJson(e.fullResponse)}};
    }
    return QJsonValue(QJsonValue::Null);
}

QJsonObject detailJson(const CaseDetail &d)
{
    QJsonObject o = rowJson(d.row);
    o.insert(u"fields"_s, fieldsJson(d));
    o.insert(u"closure"_s, closureJson(d));
    o.insert(S("typeName"), caseTypeLabel(d.row.typeCode));
    o.insert(S("ccgName"), d.ccgName);
    o.insert(S("activity"), d.activityKey);
    o.insert(S("activityText"), d.activityText);
    o.insert(S("stage"), d.stage);
    o.insert(S("description"), d.description);
    o.insert(S("asOf"), jsonDate(d.asOf));
    QJsonArray exclusions;
    for (const Exclusion &x : d.standard.exclusions)
        exclusions.append(QJsonObject{{S("code"), x.code}, {S("text"), x.text}});
    o.insert(S("standard"), QJsonObject{{S("key"), d.standard.key}, {S("name"), d.standard.name},
                                        {S("acknowledgeWorkingDays"), d.standard.acknowledgeWorkingDays},
                                        {S("responseWorkingDays"), d.standard.responseWorkingDays},
                                        {S("updateRestartsClock"), updateRestartsClock(d.standard)},
                                        {S("exclusions"), exclusions}});
    o.insert(S("paused"), d.clocks.paused);
    o.insert(S("pausedWorkingDays"), d.clocks.pausedWorkingDays);
    o.insert(S("clocks"), QJsonObject{{S("acknowledge"), clockJson(d.clocks.acknowledge)},
                                      {S("response"), clockJson(d.clocks.response)}});
    // The row's states are the exact ones from the clock engine here.
    o.insert(S("acknowledgeState"), clockStateCode(d.clocks.acknowledge.state));
    o.insert(S("responseState"), clockStateCode(d.clocks.response.state));
    o.insert(S("overdue"), isOverdue(d.clocks.acknowledge.state) || isOverdue(d.clocks.response.state));
    QJsonArray pauses;
    for (const ClockPause &p : d.clocks.pauses)
        pauses.append(QJsonObject{{S("pausedOn"), jsonDate(p.pausedOn)}, {S("resumedOn"), jsonDate(p.resumedOn)},
                                  {S("exclusion"), p.exclusionCode}, {S("exclusionText"), p.exclusionText}, {S("note"), p.note}});
    o.insert(S("pauses"), pauses);
    QJsonArray timeline;
    for (const CaseEvent &e : d.timeline)
        timeline.append(QJsonObject{{S("id"), e.meta.id}, {S("kind"), caseEventLabel(e)}, {S("date"), jsonDate(e.on)},
                                    {S("exclusion"), e.exclusionCode}, {S("note"), e.note}, {S("detail"), e.detail},
                                    {S("actor"), e.actor}, {u"outcome"_s, e.outcome},
                                    {u"fullResponse"_s, fullResponseJson(e.fullResponse)}});
    o.insert(S("timeline"), timeline);
    QJsonArray attachments;
    for (const AttachmentInfo &a : d.attachments)
        attachments.append(QJsonObject{{S("id"), a.id}, {S("fileName"), a.fileName}, {S("mime"), a.mime},
                                       {S("size"), qint64(a.size)}, {S("sha256"), a.sha256}});
    o.insert(S("attachments"), attachments);
    return o;
}

// The stored status code, or "Unknown (code)" for one a newer Hubcase may add.
QString statusShown(const QString &code)
{
    CaseStatus s;
    return caseStatusFromCode(code, &s) ? code : unknownCodeLabel(code);
}

void printDetail(const CaseDetail &d)
{
    out(S("%1  %2  [%3]  %4 / %5  owner %6, officer %7, version %8")
            .arg(d.row.ref, d.row.title, statusShown(d.row.status), d.row.ccgCode, d.row.practiceOds, d.row.owner, d.row.officer)
            .arg(d.row.version));
    out(S("  received %1; acknowledgement %2 (due %3); response %4 (due %5)")
            .arg(formatDate(d.row.received), clockStateName(d.clocks.acknowledge.state), formatDate(d.clocks.acknowledge.due),
                 clockStateName(d.clocks.response.state), formatDate(d.clocks.response.due)));
}

int caseAdd(const Args &args)
{
    int code = 0;
    QStringList options{S("type"), S("ccg"), S("practice"), S("received"), S("title"), S("description"), S("officer"),
                        S("priority"), S("activity"), S("stage"), S("json")};
    for (const CaseFieldInfo *f : caseFieldsIn(CaseFieldGroup::Requester))
        options << fieldOption(*f);
    if (!checkArgs(args, 3, options, &code))
        return code;
    NewCase c;
    if (!caseTypeFromCode(args.option(S("type")), &c.type))
        return usage(S("--type must be one of %1").arg(caseTypeCodes().join(S(", "))));
    if (args.option(S("ccg")).isEmpty() || args.option(S("title")).isEmpty())
        return usage(S("case add needs --ccg CODE and --title TEXT"));
    bool ok = true;
    c.received = dateOption(args, S("received"), &ok);
    if (!ok || !c.received.isValid())
        return usage(S("case add needs --received DATE (dd/mm/yyyy or yyyy-mm-dd)"));
    if (args.has(S("priority")) && !casePriorityFromCode(args.option(S("priority")), &c.priority))
        return usage(S("--priority is low, normal, high or urgent"));
    c.ccgCode = args.option(S("ccg"));
    c.practiceOds = args.option(S("practice"));
    c.title = args.option(S("title"));
    c.description = args.option(S("description"));
    c.officer = args.option(S("officer"));
    c.activityKey = args.option(S("activity"));
    c.stage = args.option(S("stage")).toInt();
    for (const CaseFieldInfo *f : caseFieldsIn(CaseFieldGroup::Requester)) {
        if (args.has(fieldOption(*f)))
            c.fields.insert(QString::fromLatin1(f->code), args.option(fieldOption(*f)));
    }
    auto file = openOffice(args.word(2), &code);
    if (!file)
        return code;
    const auto added = CaseRepository(*file).add(c);
    if (!added)
        return fail(added.error());
    if (args.flag(S("json")))
        outJson(QJsonDocument(detailJson(added.value())));
    else
        out(added->row.ref);
    return ExitOk;
}

int caseEvent(const Args &args)
{
    int code = 0;
    if (!checkArgs(args, 5, {S("date"), S("exclusion"), S("note"), S("outcome"), S("full-response"), S("json")}, &code))
        return code;
    CaseEvent e;
    if (!caseEventFromCode(args.word(4), &e.kind) || !isUserClockEvent(e.kind))
        return usage(S("EVENT is acknowledged, updated, responded, paused, resumed, closed or note"));
    bool ok = true;
    e.on = dateOption(args, S("date"), &ok);
    if (!ok || !e.on.isValid())
        return usage(S("case event needs --date DATE"));
    e.exclusionCode = args.option(S("exclusion"));
    e.note = args.option(S("note"));
    e.outcome = args.option(u"outcome"_s);
    if (args.has(u"full-response"_s)) {
        const QString full = args.option(u"full-response"_s).toLower();
        if (full != u"yes"_s && full != u"no"_s)
            return usage(u"--full-response is yes or no"_s);
        e.fullResponse = full == u"yes"_s;
    }
    auto file = openOffice(args.word(2), &code);
    if (!file)
        return code;
    CaseRepository cases(*file);
    if (e.kind == CaseEventKind::Closed) {
        // Closing asks what came of the case (core/cases/case_rules.h).
        const auto current = cases.get(args.word(3));
        if (!current)
            return fail(current.error());
        if (const Status asked = checkClosure(current->row.typeCode, e); !asked)
            return fail(asked.error());
    }
    const auto d = cases.addEvent(args.word(3), e);
    if (!d)
        return fail(d.error());
    if (args.flag(S("json")))
        outJson(QJsonDocument(detailJson(d.value())));
    else
        printDetail(d.value());
    return ExitOk;
}

int caseEdit(const Args &args)
{
    int code = 0;
    if (!checkArgs(args, 5, {S("expect-version"), S("json")}, &code))
        return code;
    bool ok = false;
    const qint64 expected = args.option(S("expect-version")).toLongLong(&ok);
    if (!ok)
        return usage(S("case edit needs --expect-version N (the version you read, from case show)"));
    QVariantMap changes;
    for (int i = 4; i < args.positional().size(); ++i) {
        const QString w = args.word(i);
        const auto eq = w.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return usage(S("'%1' is not FIELD=VALUE").arg(w));
        changes.insert(w.left(eq), w.mid(eq + 1));
    }
    auto file = openOffice(args.word(2), &code);
    if (!file)
        return code;
    const auto d = CaseRepository(*file).edit(args.word(3), expected, changes);
    if (!d)
        return fail(d.error());
    if (args.flag(S("json")))
        outJson(QJsonDocument(detailJson(d.value())));
    else
        out(S("%1 updated: now version %2").arg(d->row.ref).arg(d->row.version));
    return ExitOk;
}

int caseShow(const Args &args)
{
    int code = 0;
    if (!checkArgs(args, 4, {S("json"), S("as-of")}, &code))
        return code;
    bool ok = true;
    const QDate asOf = dateOption(args, S("as-of"), &ok);
    if (!ok)
        return usage(S("--as-of needs a date"));
    auto file = openOffice(args.word(2), &code);
    if (!file)
        return code;
    const auto d = CaseRepository(*file).get(args.word(3), asOf);
    if (!d)
        return fail(d.error());
    if (args.flag(S("json"))) {
        outJson(QJsonDocument(detailJson(d.value())));
        return ExitOk;
    }
    printDetail(d.value());
    for (const CaseEvent &e : d->timeline)
        out(S("  %1  %2 %3 %4 %5 %6").arg(formatDate(e.on), caseEventLabel(e), e.exclusionCode, e.note, e.detail, e.outcome).trimmed());
    out(S("Why the acknowledgement date:"));
    for (const QString &l : d->clocks.acknowledge.explanation)
        out(S("  ") + l);
    out(S("Why the response date:"));
    for (const QString &l : d->clocks.response.explanation)
        out(S("  ") + l);
    return ExitOk;
}

int caseList(const Args &args)
{
    int code = 0;
    if (!checkArgs(args, 3, {S("json"), S("ccg"), S("practice"), S("type"), S("owner"), S("officer"), S("status"), S("open"),
                             S("overdue"), S("search"), S("as-of"), S("limit")}, &code))
        return code;
    CaseFilter f;
    f.ccgCode = args.option(S("ccg"));
    f.practiceOds = args.option(S("practice"));
    f.typeCode = args.option(S("type"));
    f.owner = args.option(S("owner"));
    f.officer = args.option(S("officer"));
    f.status = args.option(S("status"));
    f.openOnly = args.flag(S("open"));
    f.overdueOnly = args.flag(S("overdue"));
    f.search = args.option(S("search"));
    f.limit = args.has(S("limit")) ? args.option(S("limit")).toInt() : 0;
    bool ok = true;
    f.asOf = dateOption(args, S("as-of"), &ok);
    if (!ok)
        return usage(S("--as-of needs a date"));
    auto file = openOffice(args.word(2), &code);
    if (!file)
        return code;
    const auto rows = CaseListQuery(*file).list(f);
    if (!rows)
        return fail(rows.error());
    if (args.flag(S("json"))) {
        QJsonArray arr;
        for (const CaseRow &r : rows.value())
            arr.append(rowJson(r));
        outJson(QJsonDocument(arr));
        return ExitOk;
    }
    for (const CaseRow &r : rows.value())
        out(S("%1  %2  %3  %4  %5  %6").arg(r.ref, formatDate(r.received), r.ccgCode, statusShown(r.status),
                                            r.overdue() ? S("OVERDUE") : S("-"), r.title));
    return ExitOk;
}

int caseLetter(const Args &args)
{
    int code = 0;
    if (!checkArgs(args, 4, {S("template"), S("pdf"), S("as-of"), S("json")}, &code))
        return code;
    if (args.option(S("pdf")).isEmpty())
        return usage(S("case letter needs --pdf OUT"));
    bool ok = true;
    const QDate asOf = dateOption(args, S("as-of"), &ok);
    auto file = openOffice(args.word(2), &code);
    if (!file)
        return code;
    TemplateRepository templates(*file);
    if (!file->isReadOnly()) {
        const Status seeded = templates.ensureDefaults();
        if (!seeded)
            return fail(seeded.error());
    }
    const QString key = args.option(S("template")).isEmpty() ? S("acknowledgement") : args.option(S("template"));
    const auto letter = templates.merge(key, args.word(3), asOf);
    if (!letter)
        return fail(letter.error());
    QTextDocument doc;
    hub::print::buildLetterDocument(doc, letter.value(), file->officeName());
    const Status written = hub::print::writePdf(doc, args.option(S("pdf")), hub::print::letterDecoration(letter.value(), file->officeName()),
                                             letter->subject);
    if (!written)
        return fail(written.error());
    if (args.flag(S("json")))
        outJson(QJsonDocument(QJsonObject{{S("ref"), letter->ref}, {S("template"), key}, {S("pdf"), args.option(S("pdf"))},
                                          {S("unknownFields"), QJsonArray::fromStringList(letter->unknownFields)}}));
    else
        out(S("Wrote %1").arg(args.option(S("pdf"))));
    return ExitOk;
}

} // namespace

int cmdDue(const Args &args)
{
    int code = 0;
    if (!checkArgs(args, 1, {S("from"), S("working-days"), S("explain"), S("json"), S("file")}, &code))
        return code;
    bool ok = true;
    const QDate from = dateOption(args, S("from"), &ok);
    bool nOk = false;
    const int n = args.option(S("working-days")).toInt(&nOk);
    if (!ok || !from.isValid() || !nOk || n < 0)
        return usage(S("due needs --from DATE --working-days N (N >= 0)"));
    // With an office file, its closure days count too.
    Result<WorkingCalendar> cal = WorkingCalendar::englandAndWales();
    const QString path = args.word(1).isEmpty() ? args.option(S("file")) : args.word(1);
    if (!path.isEmpty()) {
        auto file = openOffice(path, &code);
        if (!file)
            return code;
        cal = ClosureRepository(*file).calendar();
    }
    if (!cal)
        return fail(cal.error());
    const QDate due = cal->addWorkingDays(from, n);
    const QVector<ExplainedDay> days = args.flag(S("explain")) || args.flag(S("json")) ? cal->explain(from, n) : QVector<ExplainedDay>();
    if (args.flag(S("json"))) {
        outJson(QJsonDocument(QJsonObject{{S("from"), jsonDate(from)}, {S("workingDays"), n}, {S("due"), jsonDate(due)},
                                          {S("explanation"), explanationJson(days)}}));
        return ExitOk;
    }
    if (args.flag(S("explain"))) {
        out(S("From %1 (not counted), %2 working days:").arg(formatDate(from)).arg(n));
        for (const ExplainedDay &d : days)
            out(S("  ") + d.text());
    }
    out(S("%1 %2").arg(QLocale(QLocale::English, QLocale::UnitedKingdom).dayName(due.dayOfWeek(), QLocale::ShortFormat), formatDate(due)));
    return ExitOk;
}

int cmdCase(const Args &args)
{
    const QString sub = args.word(1);
    if (sub == S("add"))
        return caseAdd(args);
    if (sub == S("event"))
        return caseEvent(args);
    if (sub == S("edit"))
        return caseEdit(args);
    if (sub == S("show"))
        return caseShow(args);
    if (sub == S("list"))
        return caseList(args);
    if (sub == S("letter"))
        return caseLetter(args);
    if (sub == S("summary"))
        return caseSummary(args);
    return usage(S("case needs add, event, edit, show, list, letter or summary"));
}

int cmdQueryLog(const Args &args)
{
    int code = 0;
    if (!checkArgs(args, 2, {S("ccg"), S("month"), S("csv"), S("xlsx"), S("pdf"), S("as-of"), S("json")}, &code))
        return code;
    static const QRegularExpression monthRe(S("^(\\d{4})-(\\d{2})$"));
    const auto m = monthRe.match(args.option(S("month")));
    if (args.option(S("ccg")).isEmpty() || !m.hasMatch() || m.captured(2).toInt() < 1 || m.captured(2).toInt() > 12)
        return usage(S("query-log needs --ccg CODE --month YYYY-MM"));
    if (!args.has(S("csv")) && !args.has(S("xlsx")) && !args.has(S("pdf")) && !args.flag(S("json")))
        return usage(S("query-log needs --csv OUT, --xlsx OUT or --pdf OUT"));
    bool ok = true;
    const QDate asOf = dateOption(args, S("as-of"), &ok);
    if (!ok)
        return usage(S("--as-of needs a date"));
    auto file = openOffice(args.word(1), &code);
    if (!file)
        return code;
    const auto log = QueryLogRepository(*file).build(args.option(S("ccg")), m.captured(1).toInt(), m.captured(2).toInt(), asOf);
    if (!log)
        return fail(log.error());
    QStringList written;
    if (args.has(S("csv"))) {
        QFile f(args.option(S("csv")));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(queryLogCsv(log.value())) < 0 || !f.flush())
            return fail(makeError(ErrorCode::Io, S("Cannot write %1: %2").arg(f.fileName(), f.errorString())));
        written << f.fileName();
    }
    if (args.has(S("xlsx"))) {
        const Status s = writeQueryLogXlsx(log.value(), args.option(S("xlsx")));
        if (!s)
            return fail(s.error());
        written << args.option(S("xlsx"));
    }
    if (args.has(S("pdf"))) {
        QTextDocument doc;
        hub::print::buildQueryLogDocument(doc, log.value());
        const Status s = hub::print::writePdf(doc, args.option(S("pdf")), hub::print::queryLogDecoration(log.value(), file->user()),
                                           S("Query log %1 %2").arg(log->ccgCode, log->monthName()));
        if (!s)
            return fail(s.error());
        written << args.option(S("pdf"));
    }
    const QueryLogTotals &t = log->totals;
    if (args.flag(S("json"))) {
        const auto pct = [](double v) { return v < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(v); };
        outJson(QJsonDocument(QJsonObject{
            {S("ccg"), log->ccgCode}, {S("month"), args.option(S("month"))}, {S("asOf"), jsonDate(log->asOf)},
            {S("received"), t.received}, {S("acknowledged"), t.acknowledged}, {S("responded"), t.responded},
            {S("open"), t.open}, {S("overdue"), t.overdue}, {S("excluded"), t.excluded},
            {S("acknowledgeMeasured"), t.acknowledgeMeasured}, {S("acknowledgeInTime"), t.acknowledgeInTime},
            {S("acknowledgeCompliance"), pct(t.acknowledgeCompliance())},
            {S("responseMeasured"), t.responseMeasured}, {S("responseInTime"), t.responseInTime},
            {S("responseCompliance"), pct(t.responseCompliance())}, {S("written"), QJsonArray::fromStringList(written)}}));
    } else {
        out(S("%1 %2: %3 received, %4 acknowledged, %5 responded, %6 open, %7 overdue, %8 excluded; "
              "acknowledged in time %9, responded in time %10")
                .arg(log->ccgCode, log->monthName()).arg(t.received).arg(t.acknowledged).arg(t.responded).arg(t.open)
                .arg(t.overdue).arg(t.excluded).arg(formatPercent(t.acknowledgeCompliance()), formatPercent(t.responseCompliance())));
        for (const QString &w : written)
            out(S("Wrote %1").arg(w));
    }
    return ExitOk;
}

#undef S

} // namespace hubcli
