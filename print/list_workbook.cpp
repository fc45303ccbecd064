#include "print/list_workbook.h"

#include <QFile>
#include <algorithm>

#include <xlsxwriter.h>

namespace hub::print
{

using namespace Qt::StringLiterals;

namespace
{

// Excel's serial date: days since 1899-12-30.
double excelSerial(const QDate &d)
{
    return double(d.toJulianDay() - QDate(1899, 12, 30).toJulianDay());
}

// Sheet names: at most 31 characters, none of []:*?/\ .
QByteArray sheetName(const QString &title)
{
    QString name = title;
    for (const QChar bad : { u'[', u']', u':', u'*', u'?', u'/', u'\\' })
        name.replace(bad, u' ');
    name = name.simplified().left(31);
    return (name.isEmpty() ? u"List"_s : name).toUtf8();
}

} // namespace

Status writeListWorkbook(const ListTable &table, const QString &path)
{
    const QByteArray file = QFile::encodeName(path);
    lxw_workbook *wb = workbook_new(file.constData());
    if (!wb)
        return makeError(ErrorCode::Io, u"Cannot create %1."_s.arg(path));
    const QByteArray name = sheetName(table.title);
    lxw_worksheet *ws = workbook_add_worksheet(wb, name.constData());

    lxw_format *title = workbook_add_format(wb);
    format_set_bold(title);
    format_set_font_size(title, 13);
    lxw_format *header = workbook_add_format(wb);
    format_set_bold(header);
    format_set_bottom(header, LXW_BORDER_THIN);
    format_set_bg_color(header, 0xE8EDEE);
    lxw_format *date = workbook_add_format(wb);
    format_set_num_format(date, "dd/mm/yyyy");
    lxw_format *money = workbook_add_format(wb);
    format_set_num_format(money, "\xC2\xA3#,##0.00;-\xC2\xA3#,##0.00"); // £1,234.56
    lxw_format *integer = workbook_add_format(wb);
    format_set_num_format(integer, "#,##0");
    lxw_format *number = workbook_add_format(wb);
    format_set_num_format(number, "#,##0.##");
    lxw_format *percent = workbook_add_format(wb);
    format_set_num_format(percent, "0.0%");
    QVector<lxw_format *> indents; // tree levels 1..
    const auto indent = [&](int depth) {
        while (indents.size() < depth) {
            lxw_format *f = workbook_add_format(wb);
            format_set_indent(f, uint8_t(indents.size() + 1));
            indents << f;
        }
        return indents.at(depth - 1);
    };

    const auto text = [&](int row, int col, const QString &t, lxw_format *f = nullptr) {
        if (!t.isEmpty())
            worksheet_write_string(ws, lxw_row_t(row), lxw_col_t(col), t.toUtf8().constData(), f);
    };
    text(0, 0, table.title, title);
    text(1, 0, table.subtitle);
    QVector<int> widths;
    for (int c = 0; c < table.columnCount(); ++c) {
        text(kListWorkbookHeaderRow, c, table.columns.at(c).title, header);
        widths << int(table.columns.at(c).title.size()) + 2;
    }
    for (int r = 0; r < table.rowCount(); ++r) {
        const int row = kListWorkbookHeaderRow + 1 + r;
        for (int c = 0; c < table.columnCount(); ++c) {
            const QVariant v = table.value(r, c);
            const QString shown = table.rows.at(r).value(c);
            widths[c] = std::max(widths[c], int(shown.size()) + 2);
            if (!v.isValid())
                continue;
            if (v.typeId() == QMetaType::QDate) {
                worksheet_write_number(ws, lxw_row_t(row), lxw_col_t(c), excelSerial(v.toDate()), date);
                continue;
            }
            if (v.typeId() == QMetaType::Double) {
                lxw_format *f = number;
                switch (table.columns.at(c).kind) {
                case ListValueKind::Money:
                    f = money;
                    break;
                case ListValueKind::Integer:
                    f = integer;
                    break;
                case ListValueKind::Percent:
                    f = percent;
                    break;
                default:
                    break;
                }
                worksheet_write_number(ws, lxw_row_t(row), lxw_col_t(c), v.toDouble(), f);
                continue;
            }
            const int depth = c == 0 ? table.depth.value(r) : 0;
            text(row, c, shown, depth > 0 ? indent(depth) : nullptr);
        }
    }
    for (int c = 0; c < table.columnCount(); ++c)
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), std::min(widths.at(c), 60), nullptr);
    worksheet_freeze_panes(ws, lxw_row_t(kListWorkbookHeaderRow + 1), 0);
    if (table.columnCount() > 0)
        worksheet_autofilter(ws, lxw_row_t(kListWorkbookHeaderRow), 0,
            lxw_row_t(kListWorkbookHeaderRow + std::max(table.rowCount(), 1)), lxw_col_t(table.columnCount() - 1));

    const lxw_error err = workbook_close(wb);
    if (err != LXW_NO_ERROR)
        return makeError(ErrorCode::Io, u"Cannot write %1: %2"_s.arg(path, QString::fromUtf8(lxw_strerror(err))));
    return {};
}

} // namespace hub::print
