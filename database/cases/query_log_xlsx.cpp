#include "database/cases/query_log_xlsx.h"

#include <QFile>

#include <xlsxwriter.h>

namespace hub::db
{

namespace
{

// Excel's serial date: days since 1899-12-30 (the 1900 leap-year quirk
// makes that the zero for every date after February 1900).
double excelSerial(const QDate &d)
{
    return double(d.toJulianDay() - QDate(1899, 12, 30).toJulianDay());
}

struct Sheet {
    lxw_worksheet *ws;
    lxw_format *date;
    lxw_format *header;
    lxw_format *pct;
    lxw_format *bold;

    void text(int row, int col, const QString &t, lxw_format *f = nullptr)
    {
        // worksheet_write_string would write "" as an empty string cell; leave blanks blank.
        if (!t.isEmpty())
            worksheet_write_string(ws, lxw_row_t(row), lxw_col_t(col), t.toUtf8().constData(), f);
    }
    void number(int row, int col, double v, lxw_format *f = nullptr)
    {
        worksheet_write_number(ws, lxw_row_t(row), lxw_col_t(col), v, f);
    }
    void dateCell(int row, int col, const QDate &d)
    {
        if (d.isValid())
            worksheet_write_number(ws, lxw_row_t(row), lxw_col_t(col), excelSerial(d), date);
    }
};

void writeLines(Sheet &s, int &row, const QVector<QueryLogLine> &lines, const char *section)
{
    for (const QueryLogLine &l : lines) {
        int c = 0;
        s.text(row, c++, QString::fromLatin1(section));
        s.text(row, c++, l.ref);
        s.text(row, c++, l.typeCode);
        s.text(row, c++, l.practiceOds);
        s.text(row, c++, l.practiceName);
        s.text(row, c++, l.title);
        s.text(row, c++, l.officer);
        s.dateCell(row, c++, l.received);
        s.dateCell(row, c++, l.acknowledgeDue);
        s.dateCell(row, c++, l.acknowledgedOn);
        s.text(row, c++, clockStateName(l.acknowledgeState));
        s.dateCell(row, c++, l.responseDue);
        s.dateCell(row, c++, l.respondedOn);
        s.text(row, c++, clockStateName(l.responseState));
        s.dateCell(row, c++, l.closedOn);
        s.text(row, c++, l.open ? QStringLiteral("yes") : QStringLiteral("no"));
        s.text(row, c++, l.overdue ? QStringLiteral("yes") : QStringLiteral("no"));
        s.text(row, c++, l.exclusions);
        s.number(row, c++, l.pausedWorkingDays);
        ++row;
    }
}

} // namespace

Status writeQueryLogXlsx(const QueryLog &log, const QString &path)
{
    const QByteArray file = QFile::encodeName(path);
    lxw_workbook *wb = workbook_new(file.constData());
    if (!wb)
        return makeError(ErrorCode::Io, QStringLiteral("Cannot create %1.").arg(path));
    Sheet s;
    s.ws = workbook_add_worksheet(wb, "Query log");
    s.date = workbook_add_format(wb);
    format_set_num_format(s.date, "dd/mm/yyyy");
    s.header = workbook_add_format(wb);
    format_set_bold(s.header);
    format_set_text_wrap(s.header);
    format_set_bottom(s.header, LXW_BORDER_THIN);
    s.pct = workbook_add_format(wb);
    format_set_num_format(s.pct, "0.0%");
    s.bold = workbook_add_format(wb);
    format_set_bold(s.bold);

    int row = 0;
    s.text(row, 0, QStringLiteral("Monthly summary log of queries"), s.bold);
    s.text(row, 1, log.ccgName, s.bold);
    s.text(row, 2, log.ccgCode);
    s.text(row++, 3, log.monthName());
    s.text(row, 0, QStringLiteral("Clocks as of"));
    s.dateCell(row++, 1, log.asOf);
    const QueryLogTotals &t = log.totals;
    const std::pair<const char *, int> counts[]
        = { { "Received", t.received }, { "Acknowledged", t.acknowledged }, { "Responded or updated", t.responded },
              { "Open", t.open }, { "Overdue", t.overdue }, { "Excluded (clock stopped)", t.excluded } };
    for (const auto &[label, n] : counts) {
        s.text(row, 0, QString::fromLatin1(label));
        s.number(row++, 1, n);
    }
    const auto pctRow = [&](const QString &label, double pct, int inTime, int measured) {
        s.text(row, 0, label);
        if (pct < 0)
            s.text(row, 1, QStringLiteral("n/a"));
        else
            s.number(row, 1, pct / 100.0, s.pct); // a real percentage: 0.941 shown as 94.1%
        s.number(row, 2, inTime);
        s.number(row, 3, measured);
        ++row;
    };
    pctRow(QStringLiteral("Acknowledged within %1 working days").arg(log.acknowledgeDays), t.acknowledgeCompliance(),
        t.acknowledgeInTime, t.acknowledgeMeasured);
    pctRow(QStringLiteral("Response or update within %1 working days").arg(log.responseDays), t.responseCompliance(),
        t.responseInTime, t.responseMeasured);
    ++row;
    const char *const headers[] = { "Section", "Reference", "Type", "Practice code", "Practice", "Title", "Officer",
        "Received", "Acknowledgement due", "Acknowledged", "Acknowledgement", "Response due", "Responded / updated",
        "Response", "Closed", "Open", "Overdue", "Exclusions", "Paused working days" };
    int c = 0;
    for (const char *h : headers)
        s.text(row, c++, QString::fromLatin1(h), s.header);
    worksheet_freeze_panes(s.ws, lxw_row_t(row + 1), 2);
    ++row;
    writeLines(s, row, log.lines, "within standard");
    writeLines(s, row, log.excludedLines, "excluded");
    worksheet_set_column(s.ws, 0, 0, 34, nullptr);
    worksheet_set_column(s.ws, 1, 1, 16, nullptr);
    worksheet_set_column(s.ws, 4, 5, 36, nullptr);
    worksheet_set_column(s.ws, 7, 14, 12, nullptr);

    const lxw_error err = workbook_close(wb);
    if (err != LXW_NO_ERROR)
        return makeError(
            ErrorCode::Io, QStringLiteral("Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(err))));
    return {};
}

} // namespace hub::db
