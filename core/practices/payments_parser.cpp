// Payments rows to PracticeRecords; the payment columns are not read here.
#include "core/practices/payments_parser.h"

#include "core/practices/csv_reader.h"

#include <QHash>
#include <algorithm>
#include <cmath>
#include <initializer_list>

namespace hub
{

namespace
{

struct Columns {
    int code = -1, name = -1, address = -1, postcode = -1, ccgCode = -1, ccgName = -1;
    int contract = -1, dispensing = -1, open = -1, close = -1, patients = -1;
};

int findColumn(const QStringList &normalised, std::initializer_list<const char *> candidates)
{
    for (const char *c : candidates) {
        const qsizetype i = normalised.indexOf(QLatin1String(c));
        if (i >= 0)
            return int(i);
    }
    return -1;
}

Columns locateColumns(const QStringList &header)
{
    QStringList n;
    for (const QString &h : header)
        n.append(normalisePaymentsHeader(h));
    Columns c;
    c.code = findColumn(n, { "practicecode" });
    c.name = findColumn(n, { "practicename" });
    c.address = findColumn(n, { "practiceaddress" });
    c.postcode = findColumn(n, { "practicepostcode" });
    c.ccgCode = findColumn(n, { "ccgcode" });
    // HEEC's 2022-23 copy labels the sub-ICB name "Sub ICB NAME" and puts the PCN name under "CCG NAME".
    c.ccgName = findColumn(n, { "subicbname", "ccgname" });
    c.contract = findColumn(n, { "contracttype" });
    c.dispensing = findColumn(n, { "dispensingpractice" });
    c.open = findColumn(n, { "practiceopendate" });
    c.close = findColumn(n, { "practiceclosedate" });
    // 2018-19 publishes a yearly average instead of the last known figure.
    c.patients = findColumn(n, { "numberofregisteredpatientslastknownfigure", "averagenumberofregisteredpatients" });
    return c;
}

Error fieldError(const QString &file, int row, const QString &field, const QString &message)
{
    Error e = makeError(ErrorCode::Invalid, message);
    e.file = file;
    e.row = row;
    e.field = field;
    return e;
}

bool allDigits(QStringView s)
{
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return !s.isEmpty();
}

// Up to nine digits, so the value always fits an int.
bool parseSmallInt(QStringView s, int *out)
{
    if (s.size() > 9 || !allDigits(s))
        return false;
    int v = 0;
    for (QChar c : s)
        v = v * 10 + (c.unicode() - '0');
    *out = v;
    return true;
}

// dd/mm/yyyy, or an Excel serial day number (2017-18 and 2018-19 files); '-' or blank is no date.
bool parsePaymentsDate(const QString &raw, QDate *out)
{
    *out = QDate();
    const QString text = raw.trimmed();
    if (text.isEmpty() || text == QLatin1String("-"))
        return true;
    int serial = 0;
    if (text.size() <= 5 && parseSmallInt(text, &serial)) {
        if (serial < 1)
            return false;
        *out = QDate(1899, 12, 30).addDays(serial);
        return true;
    }
    const auto parts = QStringView(text).split(QLatin1Char('/'));
    int d = 0, m = 0, y = 0;
    if (parts.size() != 3 || parts[0].size() > 2 || parts[1].size() > 2 || parts[2].size() != 4
        || !parseSmallInt(parts[0], &d) || !parseSmallInt(parts[1], &m) || !parseSmallInt(parts[2], &y))
        return false;
    *out = QDate(y, m, d);
    return out->isValid();
}

// Whole numbers until 2017-18, averages such as "5707.33" from 2018-19; "1,234" is tolerated.
bool parsePatients(const QString &raw, int *out)
{
    QString text = raw.trimmed();
    *out = 0;
    if (text.isEmpty() || text == QLatin1String("-"))
        return true;
    text.remove(QLatin1Char(','));
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    const QStringView whole = QStringView(text).left(dot < 0 ? text.size() : dot);
    int value = 0;
    if (!parseSmallInt(whole, &value) || (dot >= 0 && !allDigits(QStringView(text).mid(dot + 1))))
        return false;
    *out = int(std::lround(text.toDouble()));
    return true;
}

} // namespace

QString normalisePaymentsHeader(const QString &name)
{
    QString lower = name.toLower();
    lower.remove(QStringLiteral("_\u00a3"));
    QString out;
    out.reserve(lower.size());
    for (QChar c : lower) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            out.append(c);
    }
    return out;
}

bool looksLikePaymentsHeader(const QStringList &header)
{
    return locateColumns(header).code >= 0;
}

Result<PracticeImport> parsePayments(const QByteArray &bytes, const QString &sourceName)
{
    PracticeImport result;
    result.format = QStringLiteral("payments");
    CsvReader reader(bytes);
    CsvRecord header;
    if (!reader.readRecord(&header)) {
        if (reader.hasError())
            return fieldError(sourceName, reader.errorLine(), QStringLiteral("column %1").arg(reader.errorColumn() + 1),
                reader.errorMessage());
        return fieldError(sourceName, 0, QString(), QStringLiteral("the file is empty"));
    }
    const QStringList &names = header.fields;
    const Columns col = locateColumns(names);
    const std::pair<int, const char *> required[] = {
        { col.code, "Practice Code" },
        { col.name, "Practice Name" },
        { col.ccgCode, "CCG Code" },
        { col.contract, "Contract Type" },
        { col.patients, "Number of Registered Patients (Last Known Figure)" },
    };
    for (const auto &[index, label] : required) {
        if (index < 0)
            return fieldError(
                sourceName, header.line, QString::fromLatin1(label), QStringLiteral("the header has no such column"));
    }
    auto nameOf
        = [&names](int i) { return i < names.size() ? names.at(i).trimmed() : QStringLiteral("column %1").arg(i + 1); };
    auto optional = [](const QStringList &f, int i) { return i >= 0 ? f.at(i) : QString(); };

    QHash<QString, int> firstLineOfCode;
    CsvRecord rec;
    while (reader.readRecord(&rec)) {
        const QStringList &f = rec.fields;
        if (f.size() != names.size())
            return fieldError(sourceName, rec.line, nameOf(int(std::min(f.size(), names.size()))),
                QStringLiteral("expected %1 fields, found %2").arg(names.size()).arg(f.size()));
        ++result.rowsRead;
        PracticeRecord p;
        p.odsCode = f.at(col.code).trimmed();
        if (!isValidPracticeCode(p.odsCode))
            return fieldError(sourceName, rec.line, nameOf(col.code),
                QStringLiteral("'%1' is not an ODS practice code").arg(p.odsCode));
        const auto dup = firstLineOfCode.constFind(p.odsCode);
        if (dup != firstLineOfCode.constEnd())
            return fieldError(sourceName, rec.line, nameOf(col.code),
                QStringLiteral("practice %1 already appears on row %2").arg(p.odsCode).arg(*dup));
        firstLineOfCode.insert(p.odsCode, rec.line);

        p.name = f.at(col.name).simplified();
        p.address = optional(f, col.address).simplified();
        p.postcode = normalisePostcode(optional(f, col.postcode).trimmed());
        p.ccgCode = f.at(col.ccgCode).trimmed();
        p.ccgName = optional(f, col.ccgName).simplified();
        const auto contract = contractTypeFromCode(f.at(col.contract).trimmed());
        if (!contract)
            return fieldError(sourceName, rec.line, nameOf(col.contract),
                QStringLiteral("unknown contract type '%1' (expected GMS, PMS, APMS or UNKNOWN)")
                    .arg(f.at(col.contract)));
        p.contractType = *contract;
        if (!parsePatients(f.at(col.patients), &p.registeredPatients))
            return fieldError(sourceName, rec.line, nameOf(col.patients),
                QStringLiteral("'%1' is not a number of patients").arg(f.at(col.patients)));
        for (const auto &[index, date] :
            { std::pair { col.open, &p.openDate }, std::pair { col.close, &p.closeDate } }) {
            if (index >= 0 && !parsePaymentsDate(f.at(index), date))
                return fieldError(sourceName, rec.line, nameOf(index),
                    QStringLiteral("'%1' is not a dd/mm/yyyy date").arg(f.at(index)));
        }
        const QString dispensing = optional(f, col.dispensing).trimmed();
        if (dispensing.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0)
            p.isDispensing = true;
        else if (!dispensing.isEmpty() && dispensing.compare(QLatin1String("no"), Qt::CaseInsensitive) != 0
            && dispensing.compare(QLatin1String("unknown"), Qt::CaseInsensitive) != 0)
            return fieldError(sourceName, rec.line, nameOf(col.dispensing),
                QStringLiteral("'%1' is not Yes, No or Unknown").arg(dispensing));
        result.records.append(std::move(p));
    }
    if (reader.hasError())
        return fieldError(sourceName, reader.errorLine(), nameOf(reader.errorColumn()), reader.errorMessage());
    return result;
}

} // namespace hub
