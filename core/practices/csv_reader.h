#pragma once
// RFC 4180 CSV over whole-file bytes, keeping physical line numbers so import errors can point at the line to fix.

#include "core/common/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace hub
{

// Limits every imported CSV is held to (docs/cli.md "Limits on imported files"). The longest value
// in any real NHS file we hold is 127 characters (a payments header); 75 columns is the widest.
inline constexpr int kCsvMaxFieldChars = 500;
inline constexpr int kCsvMaxFields = 200;

// A control character no field may hold: U+0000-U+001F except a line break inside a quoted field,
// U+007F and the C1 block U+0080-U+009F (cp1252's five undefined bytes decode there).
bool isForbiddenCsvControl(QChar c);

struct CsvRecord {
    int line = 0; // physical 1-based line the record starts on
    QStringList fields;
};

// UTF-8 (BOM optional) when the bytes are valid UTF-8, otherwise Windows-1252:
// NHS Digital's older CSVs carry a raw 0xA3 for '£'.
QString decodeCsvText(const QByteArray &bytes, QString *encoding = nullptr);

class CsvReader
{
public:
    explicit CsvReader(const QByteArray &bytes);

    // False at the end of input or on malformed input; hasError() tells which.
    // Blank lines are skipped but still counted. A field longer than kCsvMaxFieldChars, a record of more
    // than kCsvMaxFields fields or a forbidden control character is malformed input, reported on the
    // record's first line and the field's column.
    bool readRecord(CsvRecord *out);

    bool hasError() const { return !m_errorMessage.isEmpty(); }
    QString errorMessage() const { return m_errorMessage; }
    int errorLine() const { return m_errorLine; }
    int errorColumn() const { return m_errorColumn; } // 0-based field index
    QString encoding() const { return m_encoding; }
    // The input ended inside a quoted field (a first line cut short looks like this too).
    bool errorIsUnclosedQuote() const { return m_unclosedQuote; }

private:
    bool fail(int line, int column, const QString &message);
    bool readQuoted(QString *value, int column);
    bool checkField(const QString &value, int line, int column);
    int lineBreakAt(qsizetype pos) const; // 0, or the length of the line break starting there

    QString m_text;
    QString m_encoding;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_recordLine = 1;
    bool m_crIsLineBreak = false;
    bool m_unclosedQuote = false;
    QString m_errorMessage;
    int m_errorLine = 0;
    int m_errorColumn = 0;
};

// Whole-file convenience; the error names the line and "column N".
Result<QVector<CsvRecord>> readCsv(const QByteArray &bytes, const QString &sourceName);

} // namespace hub
