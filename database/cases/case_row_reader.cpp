#include "database/cases/case_row_reader.h"

#include "core/calendar/working_calendar.h"
#include "core/cases/case_fields.h"
#include "database/sqlite/statement.h"

namespace hub::db
{

using namespace Qt::StringLiterals;

QLatin1String caseRowColumns()
{
    return QLatin1String(
        "c.id, c.ref, c.type, c.ccg_code, c.practice_ods, COALESCE(p.name, ''), c.owner, c.officer, c.priority, "
        "c.status, "
        "c.title, c.received_on, c.ack_due, c.ack_met_on, c.response_due, c.response_met_on, c.closed_on, c.paused, "
        "c.row_version, c.updated_by, c.updated_at");
}

QLatin1String caseRowFrom()
{
    return QLatin1String(
        " FROM case_record c LEFT JOIN practice p ON p.ods_code = c.practice_ods AND p.deleted_at IS NULL");
}

void readCaseRow(const Statement &st, CaseRow &r)
{
    r.id = st.text(0);
    r.ref = st.text(1);
    r.typeCode = st.text(2);
    r.ccgCode = st.text(3);
    r.practiceOds = st.text(4);
    r.practiceName = st.text(5);
    r.owner = st.text(6);
    r.officer = st.text(7);
    r.priority = st.text(8);
    r.status = st.text(9);
    r.title = st.text(10);
    r.received = st.date(11);
    r.acknowledgeDue = st.date(12);
    r.acknowledgedOn = st.date(13);
    r.responseDue = st.date(14);
    r.respondedOn = st.date(15);
    r.closedOn = st.date(16);
    r.paused = st.integer(17) != 0;
    r.version = st.int64(18);
    r.updatedBy = st.text(19);
    r.updatedAt = st.text(20);
}

namespace
{

constexpr int kRowColumns = 21; // what readCaseRow() reads, in caseRowColumns() order

} // namespace

QString caseDetailColumns()
{
    static const QString columns = [] {
        QString out = caseRowColumns();
        for (const CaseFieldInfo &f : caseFields())
            out += u", c."_s + QString::fromLatin1(f.code);
        return out;
    }();
    return columns;
}

void readCaseDetail(const Statement &st, CaseDetail &d)
{
    readCaseRow(st, d.row);
    int c = kRowColumns;
    d.fields.clear();
    for (const CaseFieldInfo &f : caseFields()) {
        const QString code = QString::fromLatin1(f.code);
        d.fields.insert(code, f.kind == CaseFieldKind::Integer ? QVariant(st.integer(c)) : QVariant(st.text(c)));
        ++c;
    }
    d.description = d.fields.value(u"description"_s).toString();
    d.activityKey = d.fields.value(u"activity_key"_s).toString();
    d.stage = d.fields.value(u"stage"_s).toInt();
}

void deriveClockStates(CaseRow &r, const ServiceStandard *s, const QDate &asOf, const WorkingCalendar &calendar)
{
    r.acknowledgeState = storedClockState(
        r.acknowledgeDue, r.acknowledgedOn, r.paused, r.closedOn, asOf, calendar, s && s->acknowledgeWorkingDays > 0);
    r.responseState = storedClockState(
        r.responseDue, r.respondedOn, r.paused, r.closedOn, asOf, calendar, s && s->responseWorkingDays > 0);
}

} // namespace hub::db
