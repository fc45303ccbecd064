#pragma once
// CSV that Excel opens correctly and safely: UTF-8 with a BOM (or Excel
// guesses the ANSI code page), CRLF line ends, RFC 4180 quoting, and a
// leading apostrophe on text that starts with = + - @ so a cell can never
// be read as a formula (CSV injection). Numbers are written bare.

#include <QByteArray>
#include <QString>
#include <QVector>

namespace hub
{

struct CsvCell {
    QString text;
    bool number = false; // numeric cells are not guarded (a negative number stays a number)

    CsvCell(const QString &t = {})
        : text(t)
    {
    }
    CsvCell(const char *t)
        : text(QString::fromUtf8(t))
    {
    }
    static CsvCell num(double v, int decimals = 0)
    {
        CsvCell c(QString::number(v, 'f', decimals));
        c.number = true;
        return c;
    }
};

using CsvRow = QVector<CsvCell>;

QString csvField(const CsvCell &cell); // guarded and quoted as needed
QByteArray excelCsv(const QVector<CsvRow> &rows);

} // namespace hub
