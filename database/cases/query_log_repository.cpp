#include "database/cases/query_log_repository.h"

#include "core/cases/case_type.h"
#include "database/cases/case_context.h"
#include "database/cases/closure_repository.h"
#include "database/office_file.h"
#include "database/sqlite/sql_error.h"
#include "database/sqlite/transaction.h"

namespace hub::db
{

using namespace Qt::StringLiterals;

Result<QueryLog> QueryLogRepository::build(const QString &ccgCodeIn, int year, int month, const QDate &asOf)
{
    const QString ccgCode = ccgCodeIn.trimmed().toUpper();
    const QDate first(year, month, 1);
    if (!first.isValid())
        return makeError(ErrorCode::Invalid, u"%1-%2 is not a month."_s.arg(year).arg(month));
    const auto calendar = ClosureRepository(m_file).calendar();
    if (!calendar)
        return calendar.error();
    return guarded([&]() -> Result<QueryLog> {
        const Connection &db = m_file.connection();
        ReadTransaction tx(db); // cases and events from one snapshot
        Statement ccg = db.prepare(u"SELECT name FROM ccg WHERE code = ?1 AND deleted_at IS NULL"_s);
        ccg.bind(1, ccgCode);
        if (!ccg.step())
            return makeError(ErrorCode::NotFound, u"No CCG with code '%1'."_s.arg(ccgCode));
        const QString ccgName = ccg.text(0);
        const QHash<QString, ServiceStandard> standards = readStandards(db);
        if (!standards.contains(u"queries"_s))
            return makeError(ErrorCode::Corrupt, u"The office file has no Queries standard."_s);
        QStringList types;
        for (const CaseTypeInfo &t : caseTypes()) {
            if (QLatin1String(t.standardKey) == QLatin1String("queries"))
                types << u"'%1'"_s.arg(QLatin1String(t.code));
        }
        Statement st = db.prepare(
            u"SELECT c.id, c.ref, c.type, c.practice_ods, COALESCE(p.name, ''), c.title, c.officer, c.received_on "
            "FROM case_record c LEFT JOIN practice p ON p.ods_code = c.practice_ods AND p.deleted_at IS NULL "
            "WHERE c.deleted_at IS NULL AND c.ccg_code = ?1 AND c.received_on BETWEEN ?2 AND ?3 AND c.type IN (%1) "
            "ORDER BY c.received_on, c.ref"_s.arg(types.join(QLatin1Char(','))));
        st.bind(1, ccgCode).bind(2, first).bind(3, first.addMonths(1).addDays(-1));
        QVector<QueryLogInput> inputs;
        QHash<QString, int> byId;
        while (st.step()) {
            QueryLogInput in;
            in.ref = st.text(1);
            in.typeCode = st.text(2);
            in.practiceOds = st.text(3);
            in.practiceName = st.text(4);
            in.title = st.text(5);
            in.officer = st.text(6);
            in.received = st.date(7);
            byId.insert(st.text(0), int(inputs.size()));
            inputs.append(in);
        }
        Statement ev = db.prepare(u"SELECT e.case_id, e.kind, e.on_date, e.exclusion_code, e.note FROM case_event e "
                                  u"JOIN case_record c ON c.id = e.case_id "
                                  "WHERE e.deleted_at IS NULL AND c.deleted_at IS NULL AND c.ccg_code = ?1 AND "
                                  "c.received_on BETWEEN ?2 AND ?3 "
                                  "ORDER BY e.on_date, e.created_at, e.rowid"_s);
        ev.bind(1, ccgCode).bind(2, first).bind(3, first.addMonths(1).addDays(-1));
        while (ev.step()) {
            const auto it = byId.constFind(ev.text(0));
            if (it == byId.cend())
                continue;
            CaseEvent e;
            if (!caseEventFromCode(ev.text(1), &e.kind))
                e.unknownKind = ev.text(1);
            e.on = ev.date(2);
            e.exclusionCode = ev.text(3);
            e.note = ev.text(4);
            inputs[it.value()].events.append(e);
        }
        return buildQueryLog(
            ccgCode, ccgName, year, month, inputs, standards.value(u"queries"_s), calendar.value(), asOf);
    });
}

} // namespace hub::db
