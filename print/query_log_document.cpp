#include "print/query_log_document.h"

#include "core/common/format.h"

#include <QTextDocument>

namespace hub::print {

#define S QStringLiteral

namespace {

QString esc(const QString &s) { return s.toHtmlEscaped(); }

QString stateCell(ClockState s)
{
    // Colour is a help, not the message: the words say it too.
    const char *colour = "#000";
    if (s == ClockState::Breached || s == ClockState::MetLate)
        colour = "#B00020";
    else if (s == ClockState::Met)
        colour = "#006435";
    return S("<span style='color:%1'>%2</span>").arg(QLatin1String(colour), esc(clockStateName(s)));
}

QString table(const QVector<QueryLogLine> &lines, bool excluded)
{
    QString h = S("<table border='1' cellspacing='0' cellpadding='3' width='100%' style='border-collapse:collapse; font-size:7.5pt'>"
                  "<tr style='background:#E8EDEE'><th>Reference</th><th>Practice</th><th>Title</th><th>Received</th>"
                  "<th>Ack. due</th><th>Acknowledged</th><th>Response due</th><th>Responded / updated</th><th>Closed</th>");
    h += excluded ? S("<th>Exclusion</th><th>Paused days</th></tr>") : S("<th>Overdue</th></tr>");
    for (const QueryLogLine &l : lines) {
        h += S("<tr><td nowrap>%1</td><td>%2<br/><i>%3</i></td><td>%4</td><td>%5</td><td>%6</td><td>%7<br/>%8</td><td>%9</td>")
                 .arg(esc(l.ref), esc(l.practiceOds), esc(l.practiceName), esc(l.title), formatDate(l.received),
                      formatDate(l.acknowledgeDue), formatDate(l.acknowledgedOn), stateCell(l.acknowledgeState),
                      formatDate(l.responseDue));
        h += S("<td>%1<br/>%2</td><td>%3</td>").arg(formatDate(l.respondedOn), stateCell(l.responseState), formatDate(l.closedOn));
        if (excluded)
            h += S("<td>%1</td><td align='right'>%2</td></tr>").arg(esc(l.exclusions)).arg(l.pausedWorkingDays);
        else
            h += S("<td>%1</td></tr>").arg(l.overdue ? S("<b>yes</b>") : S("no"));
    }
    if (lines.isEmpty())
        h += S("<tr><td colspan='11'><i>None.</i></td></tr>");
    h += S("</table>");
    return h;
}

} // namespace

PageDecoration queryLogDecoration(const QueryLog &log, const QString &user)
{
    return {S("%1 — monthly summary log of queries, %2").arg(log.ccgName, log.monthName()),
            S("Printed %1 by %2 · Hubcase").arg(formatDate(QDate::currentDate()), user)};
}

void buildQueryLogDocument(QTextDocument &doc, const QueryLog &log)
{
    const QueryLogTotals &t = log.totals;
    QString h;
    h += S("<h2 style='color:#005EB8'>Monthly summary log of queries</h2>");
    h += S("<h3>%1 (%2) — %3</h3>").arg(esc(log.ccgName), esc(log.ccgCode), esc(log.monthName()));
    h += S("<p>Queries received %1 to %2, clocks as of %3. Working days exclude weekends, England and Wales bank holidays "
           "and office closures; the day of receipt is not counted.</p>")
             .arg(formatDate(log.firstDay()), formatDate(log.lastDay()), formatDate(log.asOf));
    h += S("<table border='1' cellspacing='0' cellpadding='4' style='border-collapse:collapse'>");
    const auto row = [&](const QString &label, const QString &value) {
        h += S("<tr><td>%1</td><td align='right'><b>%2</b></td></tr>").arg(esc(label), value);
    };
    row(S("Received"), QString::number(t.received));
    row(S("Acknowledged"), QString::number(t.acknowledged));
    row(S("Responded or updated"), QString::number(t.responded));
    row(S("Open"), QString::number(t.open));
    row(S("Overdue"), QString::number(t.overdue));
    row(S("Excluded (clock stopped under an exclusion)"), QString::number(t.excluded));
    row(S("Acknowledged within %1 working days").arg(log.acknowledgeDays),
        S("%1 (%2 of %3)").arg(formatPercent(t.acknowledgeCompliance())).arg(t.acknowledgeInTime).arg(t.acknowledgeMeasured));
    row(S("Response or update within %1 working days").arg(log.responseDays),
        S("%1 (%2 of %3)").arg(formatPercent(t.responseCompliance())).arg(t.responseInTime).arg(t.responseMeasured));
    h += S("</table>");
    h += S("<p style='font-size:8pt'>Compliance counts clocks that were met, met late or breached by the log date, leaving out "
           "queries whose clock was stopped under one of the standard's exclusions; those are listed separately below.</p>");
    h += S("<h3>Queries within the standard</h3>") + table(log.lines, false);
    h += S("<h3>Excluded queries (clock stopped)</h3>") + table(log.excludedLines, true);
    doc.setHtml(h);
}

#undef S

} // namespace hub::print
