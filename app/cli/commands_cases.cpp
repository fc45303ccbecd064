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

namespace hubcli
{

using namespace hub;
using namespace hub::db;
using namespace Qt::StringLiterals;
using namespace Qt::StringLiterals;

namespace
{

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
        arr.append(QJsonObject { { u"date"_s, jsonDate(d.date) }, { u"counted"_s, d.counted },
            { u"dayNumber"_s, d.dayNumber }, { u"reason"_s, d.status.reason }, { u"text"_s, d.text() } });
    return arr;
}

QJsonObject clockJson(const ClockResult &c)
{
    QJsonObject o { { u"state"_s, clockStateCode(c.state) }, { u"workingDays"_s, c.workingDays },
        { u"start"_s, jsonDate(c.start) }, { u"due"_s, jsonDate(c.due) }, { u"metOn"_s, jsonDate(c.metOn) },
        { u"daysLeft"_s, c.daysLeft }, { u"explanation"_s, QJsonArray::fromStringList(c.explanation) } };
    QJsonArray periods;
    for (const ClockPeriod &p : c.periods)
        periods.append(QJsonObject { { u"start"_s, jsonDate(p.start) }, { u"due"_s, jsonDate(p.due) },
            { u"endedOn"_s, jsonDate(p.endedOn) }, { u"endedBy"_s, p.endedBy }, { u"late"_s, p.late } });
    o.insert(u"periods"_s, periods);
    return o;
}

QJsonObject rowJson(const CaseRow &r)
{
    return { { u"ref"_s, r.ref }, { u"id"_s, r.id }, { u"version"_s, qint64(r.version) }, { u"type"_s, r.typeCode },
        { u"ccg"_s, r.ccgCode }, { u"practice"_s, r.practiceOds }, { u"practiceName"_s, r.practiceName },
        { u"owner"_s, r.owner }, { u"officer"_s, r.officer }, { u"priority"_s, r.priority }, { u"status"_s, r.status },
        { u"title"_s, r.title }, { u"received"_s, jsonDate(r.received) },
        { u"acknowledgeDue"_s, jsonDate(r.acknowledgeDue) }, { u"acknowledgedOn"_s, jsonDate(r.acknowledgedOn) },
        { u"acknowledgeState"_s, clockStateCode(r.acknowledgeState) }, { u"responseDue"_s, jsonDate(r.responseDue) },
        { u"respondedOn"_s, jsonDate(r.respondedOn) }, { u"responseState"_s, clockStateCode(r.responseState) },
        { u"paused"_s, r.paused }, { u"closedOn"_s, jsonDate(r.closedOn) }, { u"overdue"_s, r.overdue() },
        { u"updatedBy"_s, r.updatedBy }, { u"updatedAt"_s, r.updatedAt } };
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
            return QJsonObject { { u"date"_s, jsonDate(e.on) }, { u"outcome"_s, e.outcome },
                { u"fullResponse"_s, fullResponseJson(e.fullResponse) } };
    }
    return QJsonValue(QJsonValue::Null);
}

QJsonObject detailJson(const CaseDetail &d)
{
    QJsonObject o = rowJson(d.row);
    o.insert(u"fields"_s, fieldsJson(d));
    o.insert(u"closure"_s, closureJson(d));
    o.insert(u"typeName"_s, caseTypeLabel(d.row.typeCode));
    o.insert(u"ccgName"_s, d.ccgName);
    o.insert(u"activity"_s, d.activityKey);
    o.insert(u"activityText"_s, d.activityText);
    o.insert(u"stage"_s, d.stage);
    o.insert(u"description"_s, d.description);
    o.insert(u"asOf"_s, jsonDate(d.asOf));
    QJsonArray exclusions;
    for (const Exclusion &x : d.standard.exclusions)
        exclusions.append(QJsonObject { { u"code"_s, x.code }, { u"text"_s, x.text } });
    o.insert(u"standard"_s,
        QJsonObject { { u"key"_s, d.standard.key }, { u"name"_s, d.standard.name },
            { u"acknowledgeWorkingDays"_s, d.standard.acknowledgeWorkingDays },
            { u"responseWorkingDays"_s, d.standard.responseWorkingDays },
            { u"updateRestartsClock"_s, updateRestartsClock(d.standard) }, { u"exclusions"_s, exclusions } });
    // Standard 2: the day the acknowledgement said the information will be available.
    o.insert(u"available_by"_s, jsonDate(informationAvailableBy(d.timeline)));
    o.insert(u"paused"_s, d.clocks.paused);
    o.insert(u"pausedWorkingDays"_s, d.clocks.pausedWorkingDays);
    o.insert(u"clocks"_s,
        QJsonObject {
            { u"acknowledge"_s, clockJson(d.clocks.acknowledge) }, { u"response"_s, clockJson(d.clocks.response) } });
    // The row's states are the exact ones from the clock engine here.
    o.insert(u"acknowledgeState"_s, clockStateCode(d.clocks.acknowledge.state));
    o.insert(u"responseState"_s, clockStateCode(d.clocks.response.state));
    o.insert(u"overdue"_s, isOverdue(d.clocks.acknowledge.state) || isOverdue(d.clocks.response.state));
    QJsonArray pauses;
    for (const ClockPause &p : d.clocks.pauses)
        pauses.append(QJsonObject { { u"pausedOn"_s, jsonDate(p.pausedOn) }, { u"resumedOn"_s, jsonDate(p.resumedOn) },
            { u"exclusion"_s, p.exclusionCode }, { u"exclusionText"_s, p.exclusionText }, { u"note"_s, p.note } });
    o.insert(u"pauses"_s, pauses);
    QJsonArray timeline;
    for (const CaseEvent &e : d.timeline)
        timeline.append(QJsonObject { { u"id"_s, e.meta.id }, { u"kind"_s, caseEventLabel(e) },
            { u"date"_s, jsonDate(e.on) }, { u"exclusion"_s, e.exclusionCode }, { u"note"_s, e.note },
            { u"detail"_s, e.detail }, { u"actor"_s, e.actor }, { u"outcome"_s, e.outcome },
            { u"fullResponse"_s, fullResponseJson(e.fullResponse) }, { u"availableBy"_s, jsonDate(e.availableBy) } });
    o.insert(u"timeline"_s, timeline);
    QJsonArray attachments;
    for (const AttachmentInfo &a : d.attachments)
        attachments.append(QJsonObject { { u"id"_s, a.id }, { u"fileName"_s, a.fileName }, { u"mime"_s, a.mime },
            { u"size"_s, qint64(a.size) }, { u"sha256"_s, a.sha256 } });
    o.insert(u"attachments"_s, attachments);
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
    out(u"%1  %2  [%3]  %4 / %5  owner %6, officer %7, version %8"_s
            .arg(d.row.ref, d.row.title, statusShown(d.row.status), d.row.ccgCode, d.row.practiceOds, d.row.owner,
                d.row.officer)
            .arg(d.row.version));
    out(u"  received %1; acknowledgement %2 (due %3); response %4 (due %5)"_s.arg(formatDate(d.row.received),
        clockStateName(d.clocks.acknowledge.state), formatDate(d.clocks.acknowledge.due),
        clockStateName(d.clocks.response.state), formatDate(d.clocks.response.due)));
    if (const QDate available = informationAvailableBy(d.timeline); available.isValid())
        out(u"  information to be made available by %1"_s.arg(formatDate(available)));
}

int caseAdd(const Args &args)
{
    int code = 0;
    QStringList options { u"type"_s, u"ccg"_s, u"practice"_s, u"received"_s, u"title"_s, u"description"_s, u"officer"_s,
        u"priority"_s, u"activity"_s, u"stage"_s, u"json"_s };
    for (const CaseFieldInfo *f : caseFieldsIn(CaseFieldGroup::Requester))
        options << fieldOption(*f);
    if (!checkArgs(args, 3, options, &code))
        return code;
    NewCase c;
    if (!caseTypeFromCode(args.option(u"type"_s), &c.type))
        return usage(u"--type must be one of %1"_s.arg(caseTypeCodes().join(u", "_s)));
    if (args.option(u"ccg"_s).isEmpty() || args.option(u"title"_s).isEmpty())
        return usage(u"case add needs --ccg CODE and --title TEXT"_s);
    bool ok = true;
    c.received = dateOption(args, u"received"_s, &ok);
    if (!ok || !c.received.isValid())
        return usage(u"case add needs --received DATE (dd/mm/yyyy or yyyy-mm-dd)"_s);
    if (args.has(u"priority"_s) && !casePriorityFromCode(args.option(u"priority"_s), &c.priority))
        return usage(u"--priority is low, normal, high or urgent"_s);
    c.ccgCode = args.option(u"ccg"_s);
    c.practiceOds = args.option(u"practice"_s);
    c.title = args.option(u"title"_s);
    c.description = args.option(u"description"_s);
    c.officer = args.option(u"officer"_s);
    c.activityKey = args.option(u"activity"_s);
    c.stage = args.option(u"stage"_s).toInt();
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
    if (args.flag(u"json"_s))
        outJson(QJsonDocument(detailJson(added.value())));
    else
        out(added->row.ref);
    return ExitOk;
}

int caseEvent(const Args &args)
{
    int code = 0;
    if (!checkArgs(args, 5,
            { u"date"_s, u"exclusion"_s, u"note"_s, u"outcome"_s, u"full-response"_s, u"available-by"_s, u"json"_s },
            &code))
        return code;
    CaseEvent e;
    if (!caseEventFromCode(args.word(4), &e.kind) || !isUserClockEvent(e.kind))
        return usage(u"EVENT is acknowledged, updated, responded, paused, resumed, closed or note"_s);
    bool ok = true;
    e.on = dateOption(args, u"date"_s, &ok);
    if (!ok || !e.on.isValid())
        return usage(u"case event needs --date DATE"_s);
    e.availableBy = dateOption(args, u"available-by"_s, &ok);
    if (!ok)
        return usage(u"field '--available-by': give a date (dd/mm/yyyy or yyyy-mm-dd)"_s);
    e.exclusionCode = args.option(u"exclusion"_s);
    e.note = args.option(u"note"_s);
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
    if (args.flag(u"json"_s))
        outJson(QJsonDocument(detailJson(d.value())));
    else
        printDetail(d.value());
    return ExitOk;
}

int caseEdit(const Args &args)
{
    int code = 0;
    if (!checkArgs(args, 5, { u"expect-version"_s, u"json"_s }, &code))
        return code;
    bool ok = false;
    const qint64 expected = args.option(u"expect-version"_s).toLongLong(&ok);
    if (!ok)
        return usage(u"case edit needs --expect-version N (the version you read, from case show)"_s);
    QVariantMap changes;
    for (int i = 4; i < args.positional().size(); ++i) {
        const QString w = args.word(i);
        const auto eq = w.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return usage(u"'%1' is not FIELD=VALUE"_s.arg(w));
        changes.insert(w.left(eq), w.mid(eq + 1));
    }
    auto file = openOffice(args.word(2), &code);
    if (!file)
        return code;
    const auto d = CaseRepository(*file).edit(args.word(3), expected, changes);
    if (!d)
        return fail(d.error());
    if (args.flag(u"json"_s))
        outJson(QJsonDocument(detailJson(d.value())));
    else
        out(u"%1 updated: now version %2"_s.arg(d->row.ref).arg(d->row.version));
    return ExitOk;
}

int caseShow(const Args &args)
{
    int code = 0;
    if (!checkArgs(args, 4, { u"json"_s, u"as-of"_s }, &code))
        return code;
    bool ok = true;
    const QDate asOf = dateOption(args, u"as-of"_s, &ok);
    if (!ok)
        return usage(u"--as-of needs a date"_s);
    auto file = openOffice(args.word(2), &code);
    if (!file)
        return code;
    const auto d = CaseRepository(*file).get(args.word(3), asOf);
    if (!d)
        return fail(d.error());
    if (args.flag(u"json"_s)) {
        outJson(QJsonDocument(detailJson(d.value())));
        return ExitOk;
    }
    printDetail(d.value());
    for (const CaseEvent &e : d->timeline)
        out(u"  %1  %2 %3 %4 %5 %6"_s
                .arg(formatDate(e.on), caseEventLabel(e), e.exclusionCode, e.note, e.detail, e.outcome)
                .trimmed());
    out(u"Why the acknowledgement date:"_s);
    for (const QString &l : d->clocks.acknowledge.explanation)
        out(u"  "_s + l);
    out(u"Why the response date:"_s);
    for (const QString &l : d->clocks.response.explanation)
        out(u"  "_s + l);
    return ExitOk;
}

int caseList(const Args &args)
{
    int code = 0;
    if (!checkArgs(args, 3,
            { u"json"_s, u"ccg"_s, u"practice"_s, u"type"_s, u"owner"_s, u"officer"_s, u"status"_s, u"open"_s,
                u"overdue"_s, u"search"_s, u"as-of"_s, u"limit"_s },
            &code))
        return code;
    CaseFilter f;
    f.ccgCode = args.option(u"ccg"_s);
    f.practiceOds = args.option(u"practice"_s);
    f.typeCode = args.option(u"type"_s);
    f.owner = args.option(u"owner"_s);
    f.officer = args.option(u"officer"_s);
    f.status = args.option(u"status"_s);
    f.openOnly = args.flag(u"open"_s);
    f.overdueOnly = args.flag(u"overdue"_s);
    f.search = args.option(u"search"_s);
    f.limit = args.has(u"limit"_s) ? args.option(u"limit"_s).toInt() : 0;
    bool ok = true;
    f.asOf = dateOption(args, u"as-of"_s, &ok);
    if (!ok)
        return usage(u"--as-of needs a date"_s);
    auto file = openOffice(args.word(2), &code);
    if (!file)
        return code;
    const auto rows = CaseListQuery(*file).list(f);
    if (!rows)
        return fail(rows.error());
    if (args.flag(u"json"_s)) {
        QJsonArray arr;
        for (const CaseRow &r : rows.value())
            arr.append(rowJson(r));
        outJson(QJsonDocument(arr));
        return ExitOk;
    }
    for (const CaseRow &r : rows.value())
        out(u"%1  %2  %3  %4  %5  %6"_s.arg(r.ref, formatDate(r.received), r.ccgCode, statusShown(r.status),
            r.overdue() ? u"OVERDUE"_s : u"-"_s, r.title));
    return ExitOk;
}

int caseLetter(const Args &args)
{
    int code = 0;
    if (!checkArgs(args, 4, { u"template"_s, u"pdf"_s, u"as-of"_s, u"json"_s }, &code))
        return code;
    if (args.option(u"pdf"_s).isEmpty())
        return usage(u"case letter needs --pdf OUT"_s);
    bool ok = true;
    const QDate asOf = dateOption(args, u"as-of"_s, &ok);
    auto file = openOffice(args.word(2), &code);
    if (!file)
        return code;
    TemplateRepository templates(*file);
    if (!file->isReadOnly()) {
        const Status seeded = templates.ensureDefaults();
        if (!seeded)
            return fail(seeded.error());
    }
    const QString key = args.option(u"template"_s).isEmpty() ? u"acknowledgement"_s : args.option(u"template"_s);
    const auto letter = templates.merge(key, args.word(3), asOf);
    if (!letter)
        return fail(letter.error());
    QTextDocument doc;
    hub::print::buildLetterDocument(doc, letter.value(), file->officeName());
    const Status written = hub::print::writePdf(
        doc, args.option(u"pdf"_s), hub::print::letterDecoration(letter.value(), file->officeName()), letter->subject);
    if (!written)
        return fail(written.error());
    if (args.flag(u"json"_s))
        outJson(QJsonDocument(
            QJsonObject { { u"ref"_s, letter->ref }, { u"template"_s, key }, { u"pdf"_s, args.option(u"pdf"_s) },
                { u"unknownFields"_s, QJsonArray::fromStringList(letter->unknownFields) } }));
    else
        out(u"Wrote %1"_s.arg(args.option(u"pdf"_s)));
    return ExitOk;
}

} // namespace

int cmdDue(const Args &args)
{
    int code = 0;
    if (!checkArgs(args, 1, { u"from"_s, u"working-days"_s, u"explain"_s, u"json"_s, u"file"_s }, &code))
        return code;
    bool ok = true;
    const QDate from = dateOption(args, u"from"_s, &ok);
    bool nOk = false;
    const int n = args.option(u"working-days"_s).toInt(&nOk);
    if (!ok || !from.isValid() || !nOk || n < 0)
        return usage(u"due needs --from DATE --working-days N (N >= 0)"_s);
    // With an office file, its closure days count too.
    Result<WorkingCalendar> cal = WorkingCalendar::englandAndWales();
    const QString path = args.word(1).isEmpty() ? args.option(u"file"_s) : args.word(1);
    if (!path.isEmpty()) {
        auto file = openOffice(path, &code);
        if (!file)
            return code;
        cal = ClosureRepository(*file).calendar();
    }
    if (!cal)
        return fail(cal.error());
    const QDate due = cal->addWorkingDays(from, n);
    const QVector<ExplainedDay> days
        = args.flag(u"explain"_s) || args.flag(u"json"_s) ? cal->explain(from, n) : QVector<ExplainedDay>();
    if (args.flag(u"json"_s)) {
        outJson(QJsonDocument(QJsonObject { { u"from"_s, jsonDate(from) }, { u"workingDays"_s, n },
            { u"due"_s, jsonDate(due) }, { u"explanation"_s, explanationJson(days) } }));
        return ExitOk;
    }
    if (args.flag(u"explain"_s)) {
        out(u"From %1 (not counted), %2 working days:"_s.arg(formatDate(from)).arg(n));
        for (const ExplainedDay &d : days)
            out(u"  "_s + d.text());
    }
    out(u"%1 %2"_s.arg(QLocale(QLocale::English, QLocale::UnitedKingdom).dayName(due.dayOfWeek(), QLocale::ShortFormat),
        formatDate(due)));
    return ExitOk;
}

int cmdCase(const Args &args)
{
    const QString sub = args.word(1);
    if (sub == u"add"_s)
        return caseAdd(args);
    if (sub == u"event"_s)
        return caseEvent(args);
    if (sub == u"edit"_s)
        return caseEdit(args);
    if (sub == u"show"_s)
        return caseShow(args);
    if (sub == u"list"_s)
        return caseList(args);
    if (sub == u"letter"_s)
        return caseLetter(args);
    if (sub == u"summary"_s)
        return caseSummary(args);
    return usage(u"case needs add, event, edit, show, list, letter or summary"_s);
}

int cmdQueryLog(const Args &args)
{
    int code = 0;
    if (!checkArgs(args, 2, { u"ccg"_s, u"month"_s, u"csv"_s, u"xlsx"_s, u"pdf"_s, u"as-of"_s, u"json"_s }, &code))
        return code;
    static const QRegularExpression monthRe(u"^(\\d{4})-(\\d{2})$"_s);
    const auto m = monthRe.match(args.option(u"month"_s));
    if (args.option(u"ccg"_s).isEmpty() || !m.hasMatch() || m.captured(2).toInt() < 1 || m.captured(2).toInt() > 12)
        return usage(u"query-log needs --ccg CODE --month YYYY-MM"_s);
    if (!args.has(u"csv"_s) && !args.has(u"xlsx"_s) && !args.has(u"pdf"_s) && !args.flag(u"json"_s))
        return usage(u"query-log needs --csv OUT, --xlsx OUT or --pdf OUT"_s);
    bool ok = true;
    const QDate asOf = dateOption(args, u"as-of"_s, &ok);
    if (!ok)
        return usage(u"--as-of needs a date"_s);
    auto file = openOffice(args.word(1), &code);
    if (!file)
        return code;
    const auto log
        = QueryLogRepository(*file).build(args.option(u"ccg"_s), m.captured(1).toInt(), m.captured(2).toInt(), asOf);
    if (!log)
        return fail(log.error());
    QStringList written;
    if (args.has(u"csv"_s)) {
        QFile f(args.option(u"csv"_s));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(queryLogCsv(log.value())) < 0 || !f.flush())
            return fail(makeError(ErrorCode::Io, u"Cannot write %1: %2"_s.arg(f.fileName(), f.errorString())));
        written << f.fileName();
    }
    if (args.has(u"xlsx"_s)) {
        const Status s = writeQueryLogXlsx(log.value(), args.option(u"xlsx"_s));
        if (!s)
            return fail(s.error());
        written << args.option(u"xlsx"_s);
    }
    if (args.has(u"pdf"_s)) {
        QTextDocument doc;
        hub::print::buildQueryLogDocument(doc, log.value());
        const Status s = hub::print::writePdf(doc, args.option(u"pdf"_s),
            hub::print::queryLogDecoration(log.value(), file->user()),
            u"Query log %1 %2"_s.arg(log->ccgCode, log->monthName()));
        if (!s)
            return fail(s.error());
        written << args.option(u"pdf"_s);
    }
    const QueryLogTotals &t = log->totals;
    if (args.flag(u"json"_s)) {
        const auto pct = [](double v) { return v < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(v); };
        outJson(QJsonDocument(QJsonObject { { u"ccg"_s, log->ccgCode }, { u"month"_s, args.option(u"month"_s) },
            { u"asOf"_s, jsonDate(log->asOf) }, { u"received"_s, t.received }, { u"acknowledged"_s, t.acknowledged },
            { u"responded"_s, t.responded }, { u"open"_s, t.open }, { u"overdue"_s, t.overdue },
            { u"excluded"_s, t.excluded }, { u"acknowledgeMeasured"_s, t.acknowledgeMeasured },
            { u"acknowledgeInTime"_s, t.acknowledgeInTime },
            { u"acknowledgeCompliance"_s, pct(t.acknowledgeCompliance()) },
            { u"responseMeasured"_s, t.responseMeasured }, { u"responseInTime"_s, t.responseInTime },
            { u"responseCompliance"_s, pct(t.responseCompliance()) },
            { u"written"_s, QJsonArray::fromStringList(written) } }));
    } else {
        out(u"%1 %2: %3 received, %4 acknowledged, %5 responded, %6 open, %7 overdue, %8 excluded; "
            "acknowledged in time %9, responded in time %10"_s.arg(log->ccgCode, log->monthName())
                .arg(t.received)
                .arg(t.acknowledged)
                .arg(t.responded)
                .arg(t.open)
                .arg(t.overdue)
                .arg(t.excluded)
                .arg(formatPercent(t.acknowledgeCompliance()), formatPercent(t.responseCompliance())));
        for (const QString &w : written)
            out(u"Wrote %1"_s.arg(w));
    }
    return ExitOk;
}

} // namespace hubcli
