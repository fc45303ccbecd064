#include "database/cases/closure_repository.h"

#include "core/common/format.h"
#include "core/common/uuid.h"
#include "database/cases/case_repository.h"
#include "database/office_file.h"
#include "database/records/record_store.h"
#include "database/sqlite/sql_error.h"
#include "database/sqlite/transaction.h"

namespace hub::db {

#define S QStringLiteral

QString closureId(const QDate &date)
{
    return stableUuid(S("office_closure:") + date.toString(Qt::ISODate));
}

Result<QVector<StoredClosure>> ClosureRepository::list() const
{
    return guarded([&]() -> Result<QVector<StoredClosure>> {
        Statement st = m_file.connection().prepare(
            S("SELECT id, on_date, reason, row_version, updated_by, updated_at FROM office_closure "
              "WHERE deleted_at IS NULL ORDER BY on_date"));
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
        return makeError(ErrorCode::Invalid, S("A closure needs a date."));
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, S("Say why the office is closed (it is shown in every explanation)."));
    const auto cal = calendar();
    if (!cal)
        return cal.error();
    if (!cal->isWorkingDay(date))
        return makeError(ErrorCode::Invalid, S("%1 is not a working day already (%2).").arg(formatDate(date), cal->reasonNotWorking(date)));
    return guarded([&]() -> Status {
        WriteTransaction tx(m_file.connection());
        RecordStore store(m_file);
        const QString id = closureId(date);
        const QVariantMap now = store.current(S("office_closure"), id);
        const QVariantMap values{{S("on_date"), date.toString(Qt::ISODate)}, {S("reason"), reason.trimmed()}};
        if (now.isEmpty())
            store.insert(S("office_closure"), values, id);
        else
            store.upsert(S("office_closure"), id, values);   // revives a removed one
        CaseRepository(m_file).refreshOpenClocksInTransaction();
        tx.commit();
        return {};
    });
}

Status ClosureRepository::updateReason(const QDate &date, std::int64_t expectedVersion, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, S("Say why the office is closed."));
    return guarded([&]() -> Status {
        WriteTransaction tx(m_file.connection());
        RecordStore(m_file).update(S("office_closure"), closureId(date), expectedVersion, {{S("reason"), reason.trimmed()}});
        tx.commit();
        return {};
    });
}

Status ClosureRepository::remove(const QDate &date, std::int64_t expectedVersion)
{
    return guarded([&]() -> Status {
        WriteTransaction tx(m_file.connection());
        RecordStore store(m_file);
        const QVariantMap now = store.current(S("office_closure"), closureId(date));
        if (now.isEmpty() || !now.value(S("deleted_at")).isNull())
            return makeError(ErrorCode::NotFound, S("No office closure on %1.").arg(formatDate(date)));
        store.tombstone(S("office_closure"), closureId(date), expectedVersion);
        CaseRepository(m_file).refreshOpenClocksInTransaction();
        tx.commit();
        return {};
    });
}

#undef S

} // namespace hub::db
