#include "database/practices/practice_repository.h"

#include "core/common/uuid.h"
#include "core/practices/practice_import.h"
#include "database/office_file.h"
#include "database/records/record_store.h"
#include "database/sqlite/sql_error.h"
#include "database/sqlite/transaction.h"

#include <QFileInfo>

namespace hub::db
{

using namespace Qt::StringLiterals;

QString practiceId(const QString &odsCode)
{
    return stableUuid(u"practice:"_s + odsCode.toUpper());
}

namespace
{

// Each source only speaks for the fields it carries: epraccur has no contract
// type or list size, the payments files no ODS status; so an import never
// blanks what another source filled in.
QVariantMap fieldsFrom(const PracticeRecord &p, const QString &format, const QString &source)
{
    QVariantMap v { { u"ods_code"_s, p.odsCode }, { u"name"_s, p.name }, { u"ccg_code"_s, p.ccgCode },
        { u"address"_s, p.address }, { u"postcode"_s, p.postcode }, { u"open_date"_s, p.openDate },
        { u"close_date"_s, p.closeDate }, { u"source"_s, source } };
    if (format == u"epraccur"_s) {
        v.insert(u"status"_s, p.status);
        v.insert(u"prescribing_setting"_s, p.prescribingSetting);
    } else {
        v.insert(u"contract_type"_s, contractTypeCode(p.contractType));
        v.insert(u"registered_patients"_s, p.registeredPatients);
        v.insert(u"dispensing"_s, p.isDispensing);
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
            switch (store.upsert(u"practice"_s, practiceId(p.odsCode), fieldsFrom(p, parsed.format, sourceName))) {
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
            u"SELECT p.id,p.row_version,p.updated_by,p.updated_at, p.ods_code,p.name,p.ccg_code,p.contract_type,"
            "p.registered_patients,p.address,p.postcode,p.open_date,p.close_date,p.status,p.prescribing_setting,"
            "p.dispensing, COALESCE(c.name,'') FROM practice p LEFT JOIN ccg c ON c.code=p.ccg_code AND c.deleted_at "
            "IS NULL "
            "WHERE p.deleted_at IS NULL AND (?1 = '' OR p.ccg_code = ?1) ORDER BY p.name, p.ods_code"_s);
        st.bind(1, ccgCode.isNull() ? u""_s : ccgCode);
        QVector<StoredPractice> out;
        while (st.step()) {
            StoredPractice sp;
            sp.meta = { st.text(0), st.int64(1), st.text(2), st.text(3) };
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
            u"SELECT count(*) FROM practice WHERE deleted_at IS NULL AND (?1 = '' OR ccg_code = ?1)"_s);
        st.bind(1, ccgCode.isNull() ? u""_s : ccgCode);
        st.step();
        return st.integer(0);
    });
}

} // namespace hub::db
