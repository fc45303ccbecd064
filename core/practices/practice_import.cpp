// Format detection for practice lists; the parsers do the row work.
#include "core/practices/practice_import.h"

#include "core/practices/csv_reader.h"
#include "core/practices/payments_parser.h"

#include <QFile>
#include <QFileInfo>

namespace hub
{

Result<PracticeImport> parsePracticeBytes(
    const QByteArray &bytes, const QString &sourceName, const PracticeImportOptions &options)
{
    // Only the first line is needed to tell the formats apart; decoding it alone keeps detection cheap.
    const qsizetype eol = bytes.indexOf('\n');
    const QByteArray firstLine = eol < 0 ? bytes : bytes.left(eol + 1);
    CsvReader reader(firstLine);
    CsvRecord first;
    reader.readRecord(&first);
    const bool quoted = firstLine.startsWith('"') || firstLine.startsWith("\xEF\xBB\xBF\"");
    // A bad first record (a NUL, an over-long field) is reported by the parser of the format it looks
    // like, naming its row and field, rather than as "not a practice list". An unclosed quote is
    // ignored here: the first line may end inside a quoted field that continues on the next.
    if (reader.hasError() && !reader.errorIsUnclosedQuote())
        return quoted ? parseEpraccur(bytes, sourceName, options) : parsePayments(bytes, sourceName);
    if (looksLikeEpraccur(first.fields, quoted))
        return parseEpraccur(bytes, sourceName, options);
    if (looksLikePaymentsHeader(first.fields))
        return parsePayments(bytes, sourceName);
    Error e = makeError(ErrorCode::Invalid,
        QStringLiteral(
            "not a practice list: expected an ODS epraccur extract or an NHS Payments to General Practice CSV"));
    e.file = sourceName;
    e.row = first.line;
    return e;
}

Result<PracticeImport> parsePracticeFile(const QString &path, const PracticeImportOptions &options)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        Error e = makeError(file.exists() ? ErrorCode::Io : ErrorCode::NotFound,
            QStringLiteral("cannot open: %1").arg(file.errorString()));
        e.file = name;
        return e;
    }
    if (file.size() > kMaxPracticeFileBytes) {
        Error e = makeError(ErrorCode::Invalid,
            QStringLiteral("the file is larger than %1 MB, the most a practice list may be")
                .arg(kMaxPracticeFileBytes / (1024 * 1024)));
        e.file = name;
        return e;
    }
    return parsePracticeBytes(file.readAll(), name, options);
}

} // namespace hub
