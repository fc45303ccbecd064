#pragma once
// One GP practice as read from an NHS file, whatever the source format.

#include <QDate>
#include <QString>
#include <QVector>
#include <optional>

namespace hub
{

enum class ContractType { GMS, PMS, APMS, Unknown };

QString contractTypeCode(ContractType type); // "GMS", "PMS", "APMS", "UNKNOWN"
QString contractTypeName(ContractType type); // "General Medical Services", ...
// Case-insensitive; the payments files spell the unknown value both "UNKNOWN" and "Unknown".
std::optional<ContractType> contractTypeFromCode(const QString &code);

struct PracticeRecord {
    QString odsCode;
    QString name;
    QString ccgCode; // CCG, or sub-ICB location in files from July 2022 on
    QString ccgName; // empty when the source has no names (epraccur)
    ContractType contractType = ContractType::Unknown;
    int registeredPatients = 0; // 0 if unknown
    QString address; // one line, comma-separated
    QString postcode;
    QDate openDate;
    QDate closeDate;
    QString status; // epraccur A/C/D/P; empty when the source does not say
    int prescribingSetting = -1;
    bool isDispensing = false;
};

struct PracticeImport {
    QVector<PracticeRecord> records;
    QString format; // "epraccur" | "payments"
    int rowsRead = 0; // data rows, header excluded
    int rowsSkipped = 0; // read and valid, but filtered out by the options
};

// ODS practice codes are six characters starting with a letter: A81001, Y02345, ALD200 (Channel Islands).
bool isValidPracticeCode(const QString &code);

// Postcodes arrive as "SK116JL", "B1  1AA", "TS18 1HU"; keep one space before the inward part.
QString normalisePostcode(const QString &raw);

} // namespace hub
