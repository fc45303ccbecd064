// epraccur rows to PracticeRecords; any malformed row fails the whole file so nothing half-imports.
#include "core/practices/epraccur_parser.h"

#include "core/practices/csv_reader.h"

#include <QHash>

namespace hub
{

namespace
{

enum Col {
    ColCode = 0,
    ColName = 1,
    ColAddress1 = 4,
    ColAddress5 = 8,
    ColPostcode = 9,
    ColOpenDate = 10,
    ColCloseDate = 11,
    ColStatus = 12,
    ColCommissioner = 14,
    ColPrescribingSetting = 25,
};

Error rowError(const QString &file, int row, int column, const QString &message)
{
    Error e = makeError(ErrorCode::Invalid, message);
    e.file = file;
    e.row = row;
    e.field = epraccurColumnName(column);
    return e;
}

// CCYYMMDD; blank is a valid "no date". Hand-rolled because QDate::fromString re-parses its format every call.
bool parseCompactDate(const QString &text, QDate *out)
{
    *out = QDate();
    if (text.isEmpty())
        return true;
    if (text.size() != 8)
        return false;
    int digits[8];
    for (int i = 0; i < 8; ++i) {
        const int d = text.at(i).unicode() - '0';
        if (d < 0 || d > 9)
            return false;
        digits[i] = d;
    }
    const int y = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3];
    *out = QDate(y, digits[4] * 10 + digits[5], digits[6] * 10 + digits[7]);
    return out->isValid();
}

} // namespace

QString epraccurColumnName(int index)
{
    static const char *const names[kEpraccurColumns] = {
        "Organisation Code",
        "Name",
        "National Grouping",
        "High Level Health Geography",
        "Address Line 1",
        "Address Line 2",
        "Address Line 3",
        "Address Line 4",
        "Address Line 5",
        "Postcode",
        "Open Date",
        "Close Date",
        "Status Code",
        "Organisation Sub-Type Code",
        "Commissioner",
        "Join Provider/Purchaser Date",
        "Left Provider/Purchaser Date",
        "Contact Telephone Number",
        "Null (19)",
        "Null (20)",
        "Null (21)",
        "Amended Record Indicator",
        "Null (23)",
        "Provider/Purchaser",
        "Null (25)",
        "Prescribing Setting",
        "Null (27)",
    };
    if (index < 0 || index >= kEpraccurColumns)
        return QStringLiteral("column %1").arg(index + 1);
    return QString::fromLatin1(names[index]);
}

bool looksLikeEpraccur(const QStringList &firstRecord, bool firstFieldQuoted)
{
    return firstFieldQuoted && firstRecord.size() == kEpraccurColumns
        && isValidPracticeCode(firstRecord.at(ColCode).trimmed());
}

Result<PracticeImport> parseEpraccur(const QByteArray &bytes, const QString &sourceName, const EpraccurOptions &options)
{
    PracticeImport result;
    result.format = QStringLiteral("epraccur");
    QHash<QString, int> firstLineOfCode;
    CsvReader reader(bytes);
    CsvRecord rec;
    while (reader.readRecord(&rec)) {
        const QStringList &f = rec.fields;
        if (f.size() != kEpraccurColumns) {
            const int column = f.size() < kEpraccurColumns ? int(f.size()) : kEpraccurColumns;
            return rowError(sourceName, rec.line, column,
                QStringLiteral("expected %1 fields, found %2").arg(kEpraccurColumns).arg(f.size()));
        }
        ++result.rowsRead;
        PracticeRecord p;
        p.odsCode = f.at(ColCode).trimmed();
        if (!isValidPracticeCode(p.odsCode))
            return rowError(
                sourceName, rec.line, ColCode, QStringLiteral("'%1' is not an ODS practice code").arg(p.odsCode));
        const auto dup = firstLineOfCode.constFind(p.odsCode);
        if (dup != firstLineOfCode.constEnd())
            return rowError(sourceName, rec.line, ColCode,
                QStringLiteral("practice %1 already appears on row %2").arg(p.odsCode).arg(*dup));
        firstLineOfCode.insert(p.odsCode, rec.line);

        p.name = f.at(ColName).simplified();
        QStringList lines;
        for (int c = ColAddress1; c <= ColAddress5; ++c) {
            const QString part = f.at(c).simplified();
            if (!part.isEmpty())
                lines.append(part);
        }
        p.address = lines.join(QStringLiteral(", "));
        p.postcode = normalisePostcode(f.at(ColPostcode).trimmed());
        if (!parseCompactDate(f.at(ColOpenDate).trimmed(), &p.openDate))
            return rowError(sourceName, rec.line, ColOpenDate,
                QStringLiteral("'%1' is not a CCYYMMDD date").arg(f.at(ColOpenDate)));
        if (!parseCompactDate(f.at(ColCloseDate).trimmed(), &p.closeDate))
            return rowError(sourceName, rec.line, ColCloseDate,
                QStringLiteral("'%1' is not a CCYYMMDD date").arg(f.at(ColCloseDate)));
        p.status = f.at(ColStatus).trimmed();
        if (p.status.size() != 1 || !QStringLiteral("ACDP").contains(p.status))
            return rowError(sourceName, rec.line, ColStatus,
                QStringLiteral("unknown status '%1' (expected A, C, D or P)").arg(p.status));
        p.ccgCode = f.at(ColCommissioner).trimmed();
        const QString setting = f.at(ColPrescribingSetting).trimmed();
        if (!setting.isEmpty()) {
            bool ok = false;
            p.prescribingSetting = setting.toInt(&ok);
            if (!ok || p.prescribingSetting < 0)
                return rowError(sourceName, rec.line, ColPrescribingSetting,
                    QStringLiteral("'%1' is not a setting number").arg(setting));
        }

        if ((options.gpPracticesOnly && p.prescribingSetting != 4)
            || (options.activeOnly && p.status != QStringLiteral("A"))) {
            ++result.rowsSkipped;
            continue;
        }
        result.records.append(std::move(p));
    }
    if (reader.hasError())
        return rowError(sourceName, reader.errorLine(), reader.errorColumn(), reader.errorMessage());
    return result;
}

} // namespace hub
