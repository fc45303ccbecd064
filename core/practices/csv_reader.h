#pragma once
// RFC 4180 CSV over whole-file bytes, keeping physical line numbers so import errors can point at the line to fix.

#include "core/common/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace hub {

struct CsvRecord {
    int line = 0;          // physical 1-based line the record starts on
    QStringList fields;
};

// UTF-8 (BOM optional) when the bytes are valid UTF-8, otherwise Windows-1252:
// NHS Digital's older CSVs carry a raw 0xA3 for '£'.
QString decodeCsvText(const QByteArray &bytes, QString *encoding = nullptr);

class CsvReader {
public:
    explicit CsvReader(const QByteArray &bytes);

    // False at the end of input or on malformed input; hasError() tells which.
    // Blank lines are skipped but still counted.
    bool readRecord(CsvRecord *out);

    bool hasError() const { return !m_errorMessage.isEmpty(); }
    QString errorMessage() const { return m_errorMessage; }
    int errorLine() const { return m_errorLine; }
    int errorColumn() const { return m_errorColumn; }   // 0-based field index
    QString encoding() const { return m_encoding; }

private:
    bool fail(int line, int column, const QString &message);
    bool readQuoted(QString *value, int column);

    QString m_text;
    QString m_encoding;
    qsizetype m_pos = 0;
    int m_line = 1;
    QString m_errorMessage;
    int m_errorLine = 0;
    int m_errorColumn = 0;
};

// Whole-file convenience; the error names the line and "column N".
Result<QVector<CsvRecord>> readCsv(const QByteArray &bytes, const QString &sourceName);

} // namespace hub
