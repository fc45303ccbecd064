#pragma once
// A list as the user sees it (columns in view order, rows in view order,
// cells as shown), handed from a screen to the printers and exporters: the
// PDF table (print/list_document.h), the workbook (print/list_workbook.h) and
// Excel-safe CSV (listTableCsv). Each column also knows what its cells are,
// read back from the shown text, so a workbook gets real numbers, money and
// dates rather than text that looks like them.

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

namespace hub
{

enum class ListValueKind {
    Text,
    Integer, // 1,234
    Number, // 12.5
    Money, // £1,234.56, −£12.50 (value in pounds)
    Percent, // 94.1% (value as a fraction: 0.941)
    Date, // 23/11/2026
};

struct ListColumn {
    QString title;
    ListValueKind kind = ListValueKind::Text;
    bool alignRight = false; // numbers and money, as on screen
};

struct ListTable {
    QString title; // "Cases", "Practices of NHS Dudley CCG"
    QString subtitle; // what the list is limited to ("Search: rent review · 12 cases")
    QVector<ListColumn> columns;
    QVector<QStringList> rows; // cells as shown, one string per column
    QVector<int> depth; // per row: 0, or the level in a tree (indented when printed)

    int rowCount() const { return int(rows.size()); }
    int columnCount() const { return int(columns.size()); }
    // The typed value of a cell by its column's kind: double (numbers, money
    // in pounds, percent as a fraction), QDate, or the text.
    QVariant value(int row, int column) const;
};

// Decides each column's kind from its cells: a column is Money, Percent,
// Date, Integer or Number when every non-empty cell reads as one (and at
// least one cell is not empty); Text otherwise.
void detectColumnKinds(ListTable &table);

// Reading one shown cell as a kind; false when it does not read as one.
bool readListValue(const QString &text, ListValueKind kind, QVariant *value);

// The list as CSV that Excel opens safely (core/common/excel_csv.h): the
// header row, then the rows; numbers bare, text guarded against formulas.
QByteArray listTableCsv(const ListTable &table);

// A file name from the title: "Practices of NHS Dudley CCG" -> "practices-of-nhs-dudley-ccg".
QString listFileStem(const QString &title);

} // namespace hub
