#include "database/cases/closure_repository.h"

#include "core/common/format.h"
#include "core/common/uuid.h"
#include "database/cases/case_repository.h"
#include "database/office_file.h"
#include "database/records/record_store.h"
#include "database/sqlite/sql_error.h"
#include "database/sqlite/transaction.h"

namespace hub::db
{

using namespace Qt::StringLiterals;

QString closureId(const QDate &date)
{
    return stableUuid(u"office_closure:"_s + date.toString(Qt::ISODate));
}

Result<QVector<StoredClosure>> ClosureRepository::list() const
{
    return guarded([&]() -> Result<QVector<StoredClosure>> {
        Statement st = m_file.connection().prepare(
            u"SELECT id, on_date, reason, row_version, updated_by, updated_at FROM office_closure "
            "WHERE deleted_at IS NULL ORDER BY on_date"_s);
        QVector<StoredClosure> out;
        while (st.step()) {
            StoredClosure c;
            c.meta.id = st.text(0);
            c.closure.date = st.date(1);
            c.closure.reason = st.text(2);
            c.meta.version = st.int64(3);
            c.meta.updatedBy = st.text(4);
            c.meta.updatedAt = st.text(5);
            out.append(c);
        }
        return out;
    });
}

Result<WorkingCalendar> ClosureRepository::calendar() const
{
    const auto closures = list();
    if (!closures)
        return closures.error();
    QVector<OfficeClosure> days;
    for (const StoredClosure &c : closures.value())
        days.append(c.closure);
    return WorkingCalendar::englandAndWales(days);
}

Status ClosureRepository::add(const QDate &date, const QString &reason)
{
    if (!date.isValid())
        return makeError(ErrorCode::Invalid, u"A closure needs a date."_s);
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, u"Say why the office is closed (it is shown in every explanation)."_s);
    const auto cal = calendar();
    if (!cal)
        return cal.error();
    if (!cal->isWorkingDay(date))
        return makeError(ErrorCode::Invalid,
            u"%1 is not a working day already (%2)."_s.arg(formatDate(date), cal->reasonNotWorking(date)));
    return guarded([&]() -> Status {
        WriteTransaction tx(m_file.connection());
        RecordStore store(m_file);
        const QString id = closureId(date);
        const QVariantMap now = store.current(u"office_closure"_s, id);
        const QVariantMap values { { u"on_date"_s, date.toString(Qt::ISODate) }, { u"reason"_s, reason.trimmed() } };
        if (now.isEmpty())
            store.insert(u"office_closure"_s, values, id);
        else
            store.upsert(u"office_closure"_s, id, values); // revives a removed one
        CaseRepository(m_file).refreshOpenClocksInTransaction();
        tx.commit();
        return {};
    });
}

Status ClosureRepository::updateReason(const QDate &date, std::int64_t expectedVersion, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, u"Say why the office is closed."_s);
    return guarded([&]() -> Status {
        WriteTransaction tx(m_file.connection());
        RecordStore(m_file).update(
            u"office_closure"_s, closureId(date), expectedVersion, { { u"reason"_s, reason.trimmed() } });
        tx.commit();
        return {};
    });
}

Status ClosureRepository::remove(const QDate &date, std::int64_t expectedVersion)
{
    return guarded([&]() -> Status {
        WriteTransaction tx(m_file.connection());
        RecordStore store(m_file);
        const QVariantMap now = store.current(u"office_closure"_s, closureId(date));
        if (now.isEmpty() || !now.value(u"deleted_at"_s).isNull())
            return makeError(ErrorCode::NotFound, u"No office closure on %1."_s.arg(formatDate(date)));
        store.tombstone(u"office_closure"_s, closureId(date), expectedVersion);
        CaseRepository(m_file).refreshOpenClocksInTransaction();
        tx.commit();
        return {};
    });
}

} // namespace hub::db
