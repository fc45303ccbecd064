#include "core/common/list_table.h"

#include "core/common/excel_csv.h"
#include "core/common/format.h"

#include <QRegularExpression>

namespace hub
{

using namespace Qt::StringLiterals;

namespace
{

// Digits with optional thousands separators and decimals: "1,234", "12.50", "-3".
const QRegularExpression &numberPattern()
{
    static const QRegularExpression re(u"^[-\u2212]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?$"_s);
    return re;
}

bool readNumber(QString text, double *out)
{
    text = text.trimmed();
    if (!numberPattern().match(text).hasMatch())
        return false;
    text.replace(QChar(0x2212), u'-');
    text.remove(u',');
    bool ok = false;
    *out = text.toDouble(&ok);
    return ok;
}

} // namespace

bool readListValue(const QString &shown, ListValueKind kind, QVariant *value)
{
    const QString text = shown.trimmed();
    double n = 0;
    switch (kind) {
    case ListValueKind::Text:
        *value = shown;
        return true;
    case ListValueKind::Integer:
        if (!readNumber(text, &n) || text.contains(u'.'))
            return false;
        *value = n;
        return true;
    case ListValueKind::Number:
        if (!readNumber(text, &n))
            return false;
        *value = n;
        return true;
    case ListValueKind::Money: {
        // £1,234.56, -£12.50, −£12.50, (the sign before or after the pound sign)
        QString t = text;
        const bool negative = t.startsWith(u'-') || t.startsWith(QChar(0x2212));
        if (negative)
            t.remove(0, 1);
        if (!t.startsWith(u'£'))
            return false;
        t.remove(0, 1);
        if (!readNumber(t, &n) || n < 0)
            return false;
        *value = negative ? -n : n;
        return true;
    }
    case ListValueKind::Percent: {
        if (!text.endsWith(u'%') || !readNumber(text.chopped(1), &n))
            return false;
        *value = n / 100.0;
        return true;
    }
    case ListValueKind::Date: {
        static const QRegularExpression dmy(u"^\\d{2}/\\d{2}/\\d{4}$"_s);
        if (!dmy.match(text).hasMatch())
            return false;
        const QDate d = parseDate(text);
        if (!d.isValid())
            return false;
        *value = d;
        return true;
    }
    }
    return false;
}

QVariant ListTable::value(int row, int column) const
{
    const QString text = rows.value(row).value(column);
    if (text.trimmed().isEmpty())
        return {};
    QVariant v;
    if (readListValue(text, columns.value(column).kind, &v))
        return v;
    return text;
}

void detectColumnKinds(ListTable &table)
{
    // Most specific first: a column of whole numbers is Integer, not Number.
    const ListValueKind order[] = { ListValueKind::Money, ListValueKind::Percent, ListValueKind::Date,
        ListValueKind::Integer, ListValueKind::Number };
    for (int c = 0; c < table.columnCount(); ++c) {
        ListColumn &column = table.columns[c];
        column.kind = ListValueKind::Text;
        for (ListValueKind kind : order) {
            bool any = false;
            bool all = true;
            for (const QStringList &row : table.rows) {
                const QString cell = row.value(c);
                if (cell.trimmed().isEmpty())
                    continue;
                QVariant v;
                any = true;
                if (!readListValue(cell, kind, &v)) {
                    all = false;
                    break;
                }
            }
            if (any && all) {
                column.kind = kind;
                break;
            }
        }
        if (column.kind != ListValueKind::Text && column.kind != ListValueKind::Date)
            column.alignRight = true;
    }
}

QByteArray listTableCsv(const ListTable &table)
{
    QVector<CsvRow> rows;
    CsvRow header;
    for (const ListColumn &c : table.columns)
        header << CsvCell(c.title);
    rows << header;
    for (int r = 0; r < table.rowCount(); ++r) {
        CsvRow row;
        for (int c = 0; c < table.columnCount(); ++c) {
            const ListValueKind kind = table.columns.at(c).kind;
            const QVariant v = table.value(r, c);
            if (v.typeId() == QMetaType::Double && kind == ListValueKind::Money) {
                row << CsvCell::num(v.toDouble(), 2); // a bare amount Excel reads as a number
            } else if (v.typeId() == QMetaType::Double
                && (kind == ListValueKind::Integer || kind == ListValueKind::Number)) {
                const QString shown = table.rows.at(r).value(c).trimmed();
                const int decimals = shown.contains(u'.') ? int(shown.size() - shown.indexOf(u'.') - 1) : 0;
                row << CsvCell::num(v.toDouble(), decimals);
            } else {
                QString text = table.rows.at(r).value(c);
                if (c == 0 && r < table.depth.size() && table.depth.at(r) > 0)
                    text.prepend(QString(2 * table.depth.at(r), u' '));
                row << CsvCell(text);
            }
        }
        rows << row;
    }
    return excelCsv(rows);
}

QString listFileStem(const QString &title)
{
    QString stem = title.toLower();
    stem.replace(QRegularExpression(u"[^a-z0-9]+"_s), u"-"_s);
    while (stem.startsWith(u'-'))
        stem.remove(0, 1);
    while (stem.endsWith(u'-'))
        stem.chop(1);
    return stem.isEmpty() ? u"list"_s : stem;
}

} // namespace hub
