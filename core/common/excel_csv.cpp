#include "core/common/excel_csv.h"

namespace hub
{

QString csvField(const CsvCell &cell)
{
    QString t = cell.text;
    if (!cell.number && !t.isEmpty()) {
        const QChar c = t.at(0);
        // Tab and CR lead-ins are the other ways in, per OWASP's CSV injection advice.
        if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
            || c == QLatin1Char('\t') || c == QLatin1Char('\r'))
            t.prepend(QLatin1Char('\''));
    }
    if (t.contains(QLatin1Char(',')) || t.contains(QLatin1Char('"')) || t.contains(QLatin1Char('\n'))
        || t.contains(QLatin1Char('\r'))) {
        t.replace(QLatin1String("\""), QLatin1String("\"\""));
        t = QLatin1Char('"') + t + QLatin1Char('"');
    }
    return t;
}

QByteArray excelCsv(const QVector<CsvRow> &rows)
{
    QByteArray out("\xEF\xBB\xBF");
    for (const CsvRow &row : rows) {
        QStringList fields;
        for (const CsvCell &c : row)
            fields << csvField(c);
        out += fields.join(QLatin1Char(',')).toUtf8();
        out += "\r\n";
    }
    return out;
}

} // namespace hub
