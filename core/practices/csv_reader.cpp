// RFC 4180 CSV reading with encoding fallback and physical line tracking.
#include "core/practices/csv_reader.h"

#include "core/common/control_characters.h"

#include <QStringDecoder>

namespace hub
{

namespace
{

// Windows-1252 differs from Latin-1 only in 0x80-0x9F; the five undefined bytes keep their C1 value.
constexpr char16_t kCp1252High[32] = {
    0x20AC,
    0x0081,
    0x201A,
    0x0192,
    0x201E,
    0x2026,
    0x2020,
    0x2021,
    0x02C6,
    0x2030,
    0x0160,
    0x2039,
    0x0152,
    0x008D,
    0x017D,
    0x008F,
    0x0090,
    0x2018,
    0x2019,
    0x201C,
    0x201D,
    0x2022,
    0x2013,
    0x2014,
    0x02DC,
    0x2122,
    0x0161,
    0x203A,
    0x0153,
    0x009D,
    0x017E,
    0x0178,
};

QString decodeCp1252(const QByteArray &bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *dst = out.data();
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        *dst++ = (b >= 0x80 && b < 0xA0) ? QChar(kCp1252High[b - 0x80]) : QChar(char16_t(b));
    }
    return out;
}

// Embedded CRLF becomes a plain newline so values do not depend on the file's line endings. A bare CR
// is a line break only in a CR-only (classic Mac) file; elsewhere it stays, for checkField to refuse.
int appendNormalisingCr(QStringView segment, bool crIsLineBreak, QString *value)
{
    int lines = 0;
    for (qsizetype i = 0; i < segment.size(); ++i) {
        const QChar c = segment.at(i);
        const bool crlf = c == QLatin1Char('\r') && i + 1 < segment.size() && segment.at(i + 1) == QLatin1Char('\n');
        if (c == QLatin1Char('\n') || crlf || (c == QLatin1Char('\r') && crIsLineBreak)) {
            ++lines;
            if (c == QLatin1Char('\r') && i + 1 < segment.size() && segment.at(i + 1) == QLatin1Char('\n'))
                ++i;
            value->append(QLatin1Char('\n'));
        } else {
            value->append(c);
        }
    }
    return lines;
}

// "U+0000, a NUL byte": the code point is what a user can search for in an editor.
QString controlName(QChar c)
{
    const QString code = codePointText(c);
    switch (c.unicode()) {
    case 0x00:
        return code + QStringLiteral(", a NUL byte");
    case 0x09:
        return code + QStringLiteral(", a tab");
    case 0x0D:
        return code + QStringLiteral(", a carriage return that does not end a line");
    default:
        return code;
    }
}

} // namespace

bool isForbiddenCsvControl(QChar c)
{
    return isControlCharacter(c) && c != QLatin1Char('\n');
}

QString decodeCsvText(const QByteArray &bytes, QString *encoding)
{
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    const QByteArray body = bom ? bytes.mid(3) : bytes;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(body);
    if (!utf8.hasError()) {
        if (encoding)
            *encoding = QStringLiteral("UTF-8");
        return text;
    }
    if (encoding)
        *encoding = QStringLiteral("Windows-1252");
    return decodeCp1252(body);
}

CsvReader::CsvReader(const QByteArray &bytes)
{
    m_text = decodeCsvText(bytes, &m_encoding);
    // A stray CR in a CRLF or LF file is not a line break: treating it as one split a row in two and
    // blamed the next line ("row 11 ... found 2" for a 10-row file).
    m_crIsLineBreak = !m_text.contains(QLatin1Char('\n'));
}

int CsvReader::lineBreakAt(qsizetype pos) const
{
    if (pos >= m_text.size())
        return 0;
    const QChar c = m_text.at(pos);
    if (c == QLatin1Char('\n'))
        return 1;
    if (c != QLatin1Char('\r'))
        return 0;
    if (pos + 1 < m_text.size() && m_text.at(pos + 1) == QLatin1Char('\n'))
        return 2;
    return m_crIsLineBreak ? 1 : 0;
}

bool CsvReader::fail(int line, int column, const QString &message)
{
    m_errorLine = line;
    m_errorColumn = column;
    m_errorMessage = message;
    m_pos = m_text.size();
    return false;
}

bool CsvReader::checkField(const QString &value, int line, int column)
{
    if (value.size() > kCsvMaxFieldChars)
        return fail(line, column,
            QStringLiteral("the field is longer than %1 characters, the most a field may hold").arg(kCsvMaxFieldChars));
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (isForbiddenCsvControl(value.at(i)))
            return fail(line, column,
                QStringLiteral("character %1 of the field is a control character (%2), which no field may hold")
                    .arg(i + 1)
                    .arg(controlName(value.at(i))));
    }
    return true;
}

bool CsvReader::readQuoted(QString *value, int column)
{
    const int openLine = m_line;
    ++m_pos; // opening quote
    for (;;) {
        const qsizetype close = m_text.indexOf(QLatin1Char('"'), m_pos);
        if (close < 0) {
            m_unclosedQuote = true;
            return fail(openLine, column, QStringLiteral("quoted field is never closed"));
        }
        const QStringView segment = QStringView(m_text).mid(m_pos, close - m_pos);
        if (!segment.contains(QLatin1Char('\r'))) {
            m_line += int(segment.count(QLatin1Char('\n')));
            value->append(segment);
        } else {
            m_line += appendNormalisingCr(segment, m_crIsLineBreak, value);
        }
        m_pos = close + 1;
        if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('"')) {
            value->append(QLatin1Char('"'));
            ++m_pos;
            continue;
        }
        break;
    }
    if (m_pos < m_text.size() && m_text.at(m_pos) != QLatin1Char(',') && lineBreakAt(m_pos) == 0) {
        const QChar c = m_text.at(m_pos);
        if (isForbiddenCsvControl(c))
            return fail(m_recordLine, column,
                QStringLiteral("a control character (%1) follows the closing quote").arg(controlName(c)));
        return fail(m_line, column, QStringLiteral("unexpected text after a closing quote"));
    }
    return true;
}

bool CsvReader::readRecord(CsvRecord *out)
{
    const qsizetype n = m_text.size();
    for (int br = lineBreakAt(m_pos); br > 0; br = lineBreakAt(m_pos)) {
        m_pos += br;
        ++m_line;
    }
    if (m_pos >= n)
        return false;

    out->line = m_line;
    m_recordLine = m_line;
    out->fields.clear();
    for (;;) {
        const int column = int(out->fields.size());
        if (column >= kCsvMaxFields)
            return fail(out->line, column,
                QStringLiteral("the row has more than %1 fields, the most a row may hold").arg(kCsvMaxFields));
        QString value;
        if (m_text.at(m_pos) == QLatin1Char('"')) {
            if (!readQuoted(&value, column))
                return false;
        } else {
            const qsizetype start = m_pos;
            while (m_pos < n && m_text.at(m_pos) != QLatin1Char(',') && lineBreakAt(m_pos) == 0)
                ++m_pos;
            value = m_text.mid(start, m_pos - start);
        }
        if (!checkField(value, out->line, column))
            return false;
        out->fields.append(value);
        if (m_pos >= n)
            return true;
        if (m_text.at(m_pos) == QLatin1Char(',')) {
            if (++m_pos >= n) { // "a,b," at end of input still has an empty last field
                out->fields.append(QString());
                return true;
            }
            continue;
        }
        m_pos += lineBreakAt(m_pos);
        ++m_line;
        return true;
    }
}

Result<QVector<CsvRecord>> readCsv(const QByteArray &bytes, const QString &sourceName)
{
    CsvReader reader(bytes);
    QVector<CsvRecord> records;
    CsvRecord record;
    while (reader.readRecord(&record))
        records.append(record);
    if (reader.hasError()) {
        Error e = makeError(ErrorCode::Invalid, reader.errorMessage());
        e.file = sourceName;
        e.row = reader.errorLine();
        e.field = QStringLiteral("column %1").arg(reader.errorColumn() + 1);
        return e;
    }
    return records;
}

} // namespace hub
