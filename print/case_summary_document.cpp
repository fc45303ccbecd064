#include "print/case_summary_document.h"

#include "core/cases/case_status.h"
#include "core/cases/case_type.h"
#include "core/cases/clock_wording.h"
#include "core/cases/timeline_wording.h"
#include "core/common/format.h"

#include <QHash>
#include <QLocale>
#include <QTextDocument>

namespace hub::print
{

using namespace Qt::StringLiterals;

namespace
{

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString workingDays(int n)
{
    return n == 1 ? u"1 working day"_s : u"%1 working days"_s.arg(n);
}

// Due and left, in working days and with the weekday where a deadline is shown.
QString dueText(const ClockResult &c, const QDate &asOf)
{
    if (!c.applies())
        return u"—"_s;
    if (!c.due.isValid())
        return u"stopped"_s;
    const QString day
        = QLocale(QLocale::English, QLocale::UnitedKingdom).dayName(c.due.dayOfWeek(), QLocale::ShortFormat);
    QString text = u"%1 %2"_s.arg(day, formatDate(c.due));
    if (!c.metOn.isValid() && c.due >= asOf && c.daysLeft >= 0)
        text += u" (in %1)"_s.arg(workingDays(c.daysLeft));
    else if (!c.metOn.isValid() && c.daysLeft < 0)
        text += u" (overdue by %1)"_s.arg(workingDays(-c.daysLeft));
    return text;
}

QString clockRow(const QString &name, const ClockResult &c, const QDate &asOf)
{
    return u"<tr><td><b>%1</b></td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>"_s.arg(esc(name),
        c.applies() ? workingDays(c.workingDays) : u"none"_s, esc(dueText(c, asOf)),
        c.metOn.isValid() ? formatDate(c.metOn) : u"—"_s, esc(clockStateLabel(c.state)));
}

} // namespace

PageDecoration caseSummaryDecoration(const db::CaseDetail &d, const QString &user)
{
    const QString ccg = d.ccgName.isEmpty() ? d.row.ccgCode : d.ccgName;
    return { u"%1 — case summary (%2)"_s.arg(d.row.ref, ccg),
        u"Printed %1 by %2 · Hubcase"_s.arg(formatDate(QDate::currentDate()), user) };
}

QString caseSummaryFileName(const db::CaseDetail &d)
{
    return u"%1-summary.pdf"_s.arg(d.row.ref);
}

void buildCaseSummaryDocument(QTextDocument &doc, const db::CaseDetail &d)
{
    const db::CaseRow &r = d.row;
    QString h;
    h += u"<h2 style='color:#005EB8'>%1 — %2</h2>"_s.arg(esc(r.ref), esc(r.title));
    h += u"<table cellspacing='0' cellpadding='3' width='100%'>"_s;
    const auto field = [&](const QString &label, const QString &value) {
        h += u"<tr><td width='24%' style='color:#425563'>%1</td><td>%2</td></tr>"_s.arg(
            esc(label), value.isEmpty() ? u"—"_s : esc(value));
    };
    field(u"Type"_s, caseTypeLabel(r.typeCode));
    field(u"CCG"_s, d.ccgName.isEmpty() ? r.ccgCode : u"%1 (%2)"_s.arg(d.ccgName, r.ccgCode));
    field(u"Practice"_s, r.practiceOds.isEmpty() ? QString() : u"%1 %2"_s.arg(r.practiceOds, r.practiceName).trimmed());
    field(u"Activity"_s, d.activityKey.isEmpty() ? QString() : u"%1 %2"_s.arg(d.activityKey, d.activityText).trimmed());
    field(u"Owner"_s, r.owner);
    field(u"Officer"_s, r.officer);
    CasePriority priority;
    field(u"Priority"_s, casePriorityFromCode(r.priority, &priority) ? casePriorityName(priority) : r.priority);
    field(u"Status"_s, caseStatusLabel(r.status));
    field(u"Received"_s, formatDate(r.received));
    if (r.closedOn.isValid())
        field(u"Closed"_s, formatDate(r.closedOn));
    if (d.stage > 0)
        field(u"Stage"_s, QString::number(d.stage));
    field(u"Last saved by"_s, r.updatedBy);
    h += u"</table>"_s;
    if (!d.description.trimmed().isEmpty())
        h += u"<p>%1</p>"_s.arg(esc(d.description).replace(u"\n"_s, u"<br/>"_s));

    h += u"<h3>Service clocks as of %1</h3>"_s.arg(formatDate(d.asOf));
    h += u"<p>%1. Working days exclude weekends, England and Wales bank holidays and office closures; "
         "the day of receipt is not counted.</p>"_s.arg(
             esc(d.standard.name.isEmpty() ? u"No service standard"_s : d.standard.name));
    h += u"<table border='1' cellspacing='0' cellpadding='3' width='100%' style='border-collapse:collapse'>"
         "<thead><tr style='background:#E8EDEE'><th align='left'>Clock</th><th align='left'>Allowed</th><th "
         "align='left'>Due</th>"
         "<th align='left'>Met on</th><th align='left'>State</th></tr></thead>"_s;
    h += clockRow(u"Acknowledgement"_s, d.clocks.acknowledge, d.asOf);
    h += clockRow(u"Response or update"_s, d.clocks.response, d.asOf);
    h += u"</table>"_s;
    if (!d.clocks.pauses.isEmpty()) {
        h += u"<p>Clocks stopped for %1 in all:</p><ul>"_s.arg(workingDays(d.clocks.pausedWorkingDays));
        for (const ClockPause &p : d.clocks.pauses)
            h += u"<li>%1 to %2: %3%4</li>"_s.arg(formatDate(p.pausedOn),
                p.resumedOn.isValid() ? formatDate(p.resumedOn) : u"still paused"_s,
                esc(p.exclusionText.isEmpty() ? p.exclusionCode : p.exclusionText),
                p.note.isEmpty() ? QString() : u" — "_s + esc(p.note));
        h += u"</ul>"_s;
    }

    QHash<QString, QString> exclusionText;
    for (const Exclusion &e : d.standard.exclusions)
        exclusionText.insert(e.code, e.text);
    h += u"<h3>Timeline</h3>"_s;
    h += u"<table border='1' cellspacing='0' cellpadding='3' width='100%' style='border-collapse:collapse; "
         u"font-size:8.5pt'>"
         "<thead><tr style='background:#E8EDEE'><th align='left' width='12%'>Date</th><th align='left' "
         "width='16%'>Event</th>"
         "<th align='left' width='18%'>Exclusion</th><th align='left'>Note / detail</th>"
         "<th align='left' width='16%'>Recorded by</th></tr></thead>"_s;
    for (const CaseEvent &e : d.timeline) {
        const QString note = timelineNoteText(e);
        h += u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>"_s.arg(formatDate(e.on),
            esc(timelineEventText(e)), esc(exclusionText.value(e.exclusionCode, e.exclusionCode)), esc(note),
            esc(e.actor));
    }
    h += u"</table>"_s;
    doc.setHtml(h);
}

Result<int> writeCaseSummaryPdf(const db::CaseDetail &detail, const QString &path, const QString &user)
{
    QTextDocument doc;
    buildCaseSummaryDocument(doc, detail);
    return writePdfPages(doc, path, caseSummaryDecoration(detail, user), u"%1 — case summary"_s.arg(detail.row.ref));
}

} // namespace hub::print
