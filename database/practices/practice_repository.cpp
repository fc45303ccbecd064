#include "database/practices/practice_repository.h"

#include "core/common/uuid.h"
#include "core/practices/practice_import.h"
#include "database/office_file.h"
#include "database/records/record_store.h"
#include "database/sqlite/sql_error.h"
#include "database/sqlite/transaction.h"

#include <QFileInfo>

namespace hub::db {

#define S QStringLiteral

QString practiceId(const QString &odsCode)
{
    return stableUuid(S("practice:") + odsCode.toUpper());
}

namespace {

// Each source only speaks for the fields it carries: epraccur has no contract
// type or list size, the payments files no ODS status; so an import never
// blanks what another source filled in.
QVariantMap fieldsFrom(const PracticeRecord &p, const QString &format, const QString &source)
{
    QVariantMap v{{S("ods_code"), p.odsCode}, {S("name"), p.name}, {S("ccg_code"), p.ccgCode},
                  {S("address"), p.address}, {S("postcode"), p.postcode},
                  {S("open_date"), p.openDate}, {S("close_date"), p.closeDate}, {S("source"), source}};
    if (format == S("epraccur")) {
        v.insert(S("status"), p.status);
        v.insert(S("prescribing_setting"), p.prescribingSetting);
    } else {
        v.insert(S("contract_type"), contractTypeCode(p.contractType));
        v.insert(S("registered_patients"), p.registeredPatients);
        v.insert(S("dispensing"), p.isDispensing);
    }
    return v;
}

} // namespace

Result<PracticeImportSummary> PracticeRepository::importFile(const QString &path)
{
    const Result<PracticeImport> parsed = parsePracticeFile(path);
    if (!parsed)
        return parsed.error();
    return importParsed(parsed.value(), QFileInfo(path).fileName());
}

Result<PracticeImportSummary> PracticeRepository::importParsed(const PracticeImport &parsed, const QString &sourceName)
{
    return guarded([&]() -> Result<PracticeImportSummary> {
        PracticeImportSummary sum;
        sum.format = parsed.format;
        sum.rowsRead = parsed.rowsRead;
        sum.rowsSkipped = parsed.rowsSkipped;
        WriteTransaction tx(m_file.connection());
        RecordStore store(m_file);
        for (const PracticeRecord &p : parsed.records) {
            switch (store.upsert(S("practice"), practiceId(p.odsCode), fieldsFrom(p, parsed.format, sourceName))) {
            case RecordStore::Upsert::Inserted:
                ++sum.inserted;
                break;
            case RecordStore::Upsert::Updated:
                ++sum.updated;
                break;
            case RecordStore::Upsert::Unchanged:
                ++sum.unchanged;
                break;
            }
        }
        tx.commit();
        return sum;
    });
}

Result<QVector<StoredPractice>> PracticeRepository::list(const QString &ccgCode) const
{
    return guarded([&]() -> Result<QVector<StoredPractice>> {
        Statement st = m_file.connection().prepare(
            S("SELECT p.id,p.row_version,p.updated_by,p.updated_at, p.ods_code,p.name,p.ccg_code,p.contract_type,"
              "p.registered_patients,p.address,p.postcode,p.open_date,p.close_date,p.status,p.prescribing_setting,"
              "p.dispensing, COALESCE(c.name,'') FROM practice p LEFT JOIN ccg c ON c.code=p.ccg_code AND c.deleted_at IS NULL "
              "WHERE p.deleted_at IS NULL AND (?1 = '' OR p.ccg_code = ?1) ORDER BY p.name, p.ods_code"));
        st.bind(1, ccgCode.isNull() ? S("") : ccgCode);
        QVector<StoredPractice> out;
        while (st.step()) {
            StoredPractice sp;
            sp.meta = {st.text(0), st.int64(1), st.text(2), st.text(3)};
            PracticeRecord &p = sp.practice;
            p.odsCode = st.text(4);
            p.name = st.text(5);
            p.ccgCode = st.text(6);
            p.contractType = contractTypeFromCode(st.text(7)).value_or(ContractType::Unknown);
            p.registeredPatients = st.integer(8);
            p.address = st.text(9);
            p.postcode = st.text(10);
            p.openDate = st.date(11);
            p.closeDate = st.date(12);
            p.status = st.text(13);
            p.prescribingSetting = st.integer(14);
            p.isDispensing = st.integer(15) != 0;
            p.ccgName = st.text(16);
            out.append(sp);
        }
        return out;
    });
}

Result<int> PracticeRepository::count(const QString &ccgCode) const
{
    return guarded([&]() -> Result<int> {
        Statement st = m_file.connection().prepare(
            S("SELECT count(*) FROM practice WHERE deleted_at IS NULL AND (?1 = '' OR ccg_code = ?1)"));
        st.bind(1, ccgCode.isNull() ? S("") : ccgCode);
        st.step();
        return st.integer(0);
    });
}

#undef S

} // namespace hub::db
