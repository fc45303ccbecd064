#include "print/query_log_document.h"

#include "core/common/format.h"

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

QString stateCell(ClockState s)
{
    // Colour is a help, not the message: the words say it too.
    const char *colour = "#000";
    if (s == ClockState::Breached || s == ClockState::MetLate)
        colour = "#B00020";
    else if (s == ClockState::Met)
        colour = "#006435";
    return u"<span style='color:%1'>%2</span>"_s.arg(QLatin1String(colour), esc(clockStateName(s)));
}

QString table(const QVector<QueryLogLine> &lines, bool excluded)
{
    QString h
        = u"<table border='1' cellspacing='0' cellpadding='3' width='100%' style='border-collapse:collapse; "
          u"font-size:7.5pt'>"
          "<tr style='background:#E8EDEE'><th>Reference</th><th>Practice</th><th>Title</th><th>Received</th>"
          "<th>Ack. due</th><th>Acknowledged</th><th>Response due</th><th>Responded / updated</th><th>Closed</th>"_s;
    h += excluded ? u"<th>Exclusion</th><th>Paused working days</th></tr>"_s : u"<th>Overdue</th></tr>"_s;
    for (const QueryLogLine &l : lines) {
        h += u"<tr><td nowrap>%1</td><td>%2<br/><i>%3</i></td><td>%4</td><td>%5</td><td>%6</td><td>%7<br/>%8</td><td>%9</td>"_s
                 .arg(esc(l.ref), esc(l.practiceOds), esc(l.practiceName), esc(l.title), formatDate(l.received),
                     formatDate(l.acknowledgeDue), formatDate(l.acknowledgedOn), stateCell(l.acknowledgeState),
                     formatDate(l.responseDue));
        h += u"<td>%1<br/>%2</td><td>%3</td>"_s.arg(
            formatDate(l.respondedOn), stateCell(l.responseState), formatDate(l.closedOn));
        if (excluded)
            h += u"<td>%1</td><td align='right'>%2</td></tr>"_s.arg(esc(l.exclusions)).arg(l.pausedWorkingDays);
        else
            h += u"<td>%1</td></tr>"_s.arg(l.overdue ? u"<b>yes</b>"_s : u"no"_s);
    }
    if (lines.isEmpty())
        h += u"<tr><td colspan='11'><i>None.</i></td></tr>"_s;
    h += u"</table>"_s;
    return h;
}

} // namespace

PageDecoration queryLogDecoration(const QueryLog &log, const QString &user)
{
    return { u"%1 — monthly summary log of queries, %2"_s.arg(log.ccgName, log.monthName()),
        u"Printed %1 by %2 · Hubcase"_s.arg(formatDate(QDate::currentDate()), user) };
}

void buildQueryLogDocument(QTextDocument &doc, const QueryLog &log)
{
    const QueryLogTotals &t = log.totals;
    QString h;
    h += u"<h2 style='color:#005EB8'>Monthly summary log of queries</h2>"_s;
    h += u"<h3>%1 (%2) — %3</h3>"_s.arg(esc(log.ccgName), esc(log.ccgCode), esc(log.monthName()));
    h += u"<p>Queries received %1 to %2, clocks as of %3. Working days exclude weekends, England and Wales bank "
         u"holidays "
         "and office closures; the day of receipt is not counted.</p>"_s.arg(
             formatDate(log.firstDay()), formatDate(log.lastDay()), formatDate(log.asOf));
    h += u"<table border='1' cellspacing='0' cellpadding='4' style='border-collapse:collapse'>"_s;
    const auto row = [&](const QString &label, const QString &value) {
        h += u"<tr><td>%1</td><td align='right'><b>%2</b></td></tr>"_s.arg(esc(label), value);
    };
    row(u"Received"_s, QString::number(t.received));
    row(u"Acknowledged"_s, QString::number(t.acknowledged));
    row(u"Responded or updated"_s, QString::number(t.responded));
    row(u"Open"_s, QString::number(t.open));
    row(u"Overdue"_s, QString::number(t.overdue));
    row(u"Excluded (clock stopped under an exclusion)"_s, QString::number(t.excluded));
    row(u"Acknowledged within %1 working days"_s.arg(log.acknowledgeDays),
        u"%1 (%2 of %3)"_s.arg(formatPercent(t.acknowledgeCompliance()))
            .arg(t.acknowledgeInTime)
            .arg(t.acknowledgeMeasured));
    row(u"Response or update within %1 working days"_s.arg(log.responseDays),
        u"%1 (%2 of %3)"_s.arg(formatPercent(t.responseCompliance())).arg(t.responseInTime).arg(t.responseMeasured));
    h += u"</table>"_s;
    h += u"<p style='font-size:8pt'>Compliance counts clocks that were met, met late or breached by the log date, "
         u"leaving out "
         "queries whose clock was stopped under one of the standard's exclusions; those are listed separately below.</p>"_s;
    h += u"<h3>Queries within the standard</h3>"_s + table(log.lines, false);
    h += u"<h3>Excluded queries (clock stopped)</h3>"_s + table(log.excludedLines, true);
    doc.setHtml(h);
}

} // namespace hub::print
