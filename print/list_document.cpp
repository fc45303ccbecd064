#include "print/list_document.h"

#include "core/common/format.h"

#include <QLocale>
#include <QTextDocument>
#include <algorithm>

namespace hub::print
{

using namespace Qt::StringLiterals;

namespace
{

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// Column widths as percentages, from the longest cell (capped, so one long
// title column cannot squeeze the rest to nothing).
QVector<int> columnPercents(const ListTable &table)
{
    QVector<double> weight;
    for (int c = 0; c < table.columnCount(); ++c) {
        qsizetype longest = table.columns.at(c).title.size();
        for (const QStringList &row : table.rows)
            longest = std::max(longest, row.value(c).size());
        weight << double(std::clamp<qsizetype>(longest, 4, 40));
    }
    double total = 0;
    for (double w : weight)
        total += w;
    QVector<int> out;
    for (double w : weight)
        out << std::max(1, int(100.0 * w / std::max(total, 1.0)));
    return out;
}

} // namespace

QPageLayout::Orientation listOrientation(const ListTable &table)
{
    return table.columnCount() > 6 ? QPageLayout::Landscape : QPageLayout::Portrait;
}

PageDecoration listDecoration(const ListTable &table, const QString &officeName, const QString &user)
{
    return { officeName.isEmpty() ? table.title : u"%1 — %2"_s.arg(officeName, table.title),
        u"Printed %1 by %2 · Hubcase"_s.arg(formatDate(QDate::currentDate()), user) };
}

void buildListDocument(QTextDocument &doc, const ListTable &table)
{
    QString h;
    h += u"<h2 style='color:#005EB8'>%1</h2>"_s.arg(esc(table.title));
    QStringList about;
    if (!table.subtitle.isEmpty())
        about << esc(table.subtitle);
    about << (table.rowCount() == 1
            ? u"1 row"_s
            : u"%1 rows"_s.arg(QLocale(QLocale::English, QLocale::UnitedKingdom).toString(table.rowCount())));
    h += u"<p>%1</p>"_s.arg(about.join(u" · "_s));

    const QVector<int> widths = columnPercents(table);
    h += u"<table border='1' cellspacing='0' cellpadding='3' width='100%' style='border-collapse:collapse; font-size:8pt'>"_s;
    // <thead>: QTextDocument repeats it at the top of every page.
    h += u"<thead><tr style='background:#E8EDEE'>"_s;
    for (int c = 0; c < table.columnCount(); ++c)
        h += u"<th width='%1%' align='%2'>%3</th>"_s.arg(widths.at(c))
                 .arg(table.columns.at(c).alignRight ? u"right"_s : u"left"_s, esc(table.columns.at(c).title));
    h += u"</tr></thead>"_s;
    for (int r = 0; r < table.rowCount(); ++r) {
        h += u"<tr>"_s;
        for (int c = 0; c < table.columnCount(); ++c) {
            QString cell = esc(table.rows.at(r).value(c));
            if (c == 0 && table.depth.value(r) > 0)
                cell.prepend(QString(u"&nbsp;"_s).repeated(4 * table.depth.value(r)));
            const bool strong = c == 0 && table.depth.value(r) == 0 && !table.depth.isEmpty()
                && r + 1 < table.rowCount() && table.depth.value(r + 1) > 0; // a tree's group row
            h += u"<td align='%1'>%2</td>"_s.arg(
                table.columns.at(c).alignRight ? u"right"_s : u"left"_s, strong ? u"<b>%1</b>"_s.arg(cell) : cell);
        }
        h += u"</tr>"_s;
    }
    if (table.rowCount() == 0)
        h += u"<tr><td colspan='%1'><i>The list is empty.</i></td></tr>"_s.arg(std::max(1, table.columnCount()));
    h += u"</table>"_s;
    doc.setHtml(h);
}

Result<int> writeListPdf(const ListTable &table, const QString &path, const QString &officeName, const QString &user)
{
    QTextDocument doc;
    buildListDocument(doc, table);
    return writePdfPages(doc, path, listDecoration(table, officeName, user), table.title, listOrientation(table));
}

} // namespace hub::print
