#include "core/cases/query_log_csv.h"

#include "core/common/excel_csv.h"
#include "core/common/format.h"

namespace hub
{

namespace
{

CsvRow lineRow(const QueryLogLine &l, bool excludedSection)
{
    return { excludedSection ? CsvCell("excluded") : CsvCell("within standard"), l.ref, l.typeCode, l.practiceOds,
        l.practiceName, l.title, l.officer, formatDate(l.received), formatDate(l.acknowledgeDue),
        formatDate(l.acknowledgedOn), clockStateName(l.acknowledgeState), formatDate(l.responseDue),
        formatDate(l.respondedOn), clockStateName(l.responseState), formatDate(l.closedOn),
        l.open ? CsvCell("yes") : CsvCell("no"), l.overdue ? CsvCell("yes") : CsvCell("no"), l.exclusions,
        CsvCell::num(l.pausedWorkingDays) };
}

CsvCell pct(double v)
{
    return v < 0 ? CsvCell("n/a") : CsvCell::num(v, 1);
}

} // namespace

QByteArray queryLogCsv(const QueryLog &log)
{
    QVector<CsvRow> rows;
    rows << CsvRow { "Monthly summary log of queries", log.ccgName, log.ccgCode, log.monthName() };
    rows << CsvRow { "Clocks as of", formatDate(log.asOf) };
    const QueryLogTotals &t = log.totals;
    rows << CsvRow { "Received", CsvCell::num(t.received) } << CsvRow { "Acknowledged", CsvCell::num(t.acknowledged) }
         << CsvRow { "Responded or updated", CsvCell::num(t.responded) } << CsvRow { "Open", CsvCell::num(t.open) }
         << CsvRow { "Overdue", CsvCell::num(t.overdue) }
         << CsvRow { "Excluded (clock stopped)", CsvCell::num(t.excluded) };
    rows << CsvRow { QStringLiteral("Acknowledged within %1 working days (%)").arg(log.acknowledgeDays),
        pct(t.acknowledgeCompliance()), CsvCell::num(t.acknowledgeInTime), CsvCell::num(t.acknowledgeMeasured) };
    rows << CsvRow { QStringLiteral("Response or update within %1 working days (%)").arg(log.responseDays),
        pct(t.responseCompliance()), CsvCell::num(t.responseInTime), CsvCell::num(t.responseMeasured) };
    rows << CsvRow {};
    rows << CsvRow { "Section", "Reference", "Type", "Practice code", "Practice", "Title", "Officer", "Received",
        "Acknowledgement due", "Acknowledged", "Acknowledgement", "Response due", "Responded / updated", "Response",
        "Closed", "Open", "Overdue", "Exclusions", "Paused working days" };
    for (const QueryLogLine &l : log.lines)
        rows << lineRow(l, false);
    for (const QueryLogLine &l : log.excludedLines)
        rows << lineRow(l, true);
    return excelCsv(rows);
}

} // namespace hub
