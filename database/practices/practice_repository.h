#pragma once
// GP practices in the office file: all-or-nothing imports (idempotent upsert
// by ODS code) and listing.

#include "core/common/record_meta.h"
#include "core/common/result.h"
#include "core/practices/practice.h"

namespace hub::db
{

class OfficeFile;

struct StoredPractice {
    PracticeRecord practice;
    RecordMeta meta;
};

struct PracticeImportSummary {
    QString format;
    int rowsRead = 0;
    int rowsSkipped = 0;
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
};

class PracticeRepository
{
public:
    explicit PracticeRepository(OfficeFile &file)
        : m_file(file)
    {
    }

    // Parses and stores a file in one transaction: a bad row changes nothing.
    Result<PracticeImportSummary> importFile(const QString &path);
    Result<PracticeImportSummary> importParsed(const PracticeImport &parsed, const QString &sourceName);

    // Live practices, optionally of one CCG, ordered by name.
    Result<QVector<StoredPractice>> list(const QString &ccgCode = {}) const;
    Result<int> count(const QString &ccgCode = {}) const;

private:
    OfficeFile &m_file;
};

QString practiceId(const QString &odsCode);

} // namespace hub::db
