#include "database/cases/case_timeline_store.h"

#include "core/calendar/working_calendar.h"
#include "core/cases/case_clock.h"
#include "core/cases/case_rules.h"
#include "database/office_file.h"
#include "database/records/record_store.h"
#include "database/sqlite/connection.h"
#include "database/sqlite/statement.h"

namespace hub::db
{

using namespace Qt::StringLiterals;

namespace
{

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

// The clocks are stored as they stand after the last event (or today, when later).
QDate latestDay(const QVector<CaseEvent> &timeline)
{
    QDate d = QDate::currentDate();
    for (const CaseEvent &e : timeline)
        d = std::max(d, e.on);
    return d;
}

QString fullResponseCode(const std::optional<bool> &full)
{
    return full.has_value() ? (*full ? u"yes"_s : u"no"_s) : QString();
}

} // namespace

CaseStatus caseStatusOf(const QVector<CaseEvent> &timeline)
{
    if (hasEvent(timeline, CaseEventKind::Closed))
        return CaseStatus::Closed;
    if (isPaused(timeline))
        return CaseStatus::Paused;
    if (hasEvent(timeline, CaseEventKind::Responded))
        return CaseStatus::Responded;
    if (hasEvent(timeline, CaseEventKind::Acknowledged) || hasEvent(timeline, CaseEventKind::Updated))
        return CaseStatus::Acknowledged;
    return CaseStatus::Open;
}

QVector<CaseEvent> readCaseTimeline(const Connection &connection, const QString &caseId)
{
    Statement st = connection.prepare(
        u"SELECT id, kind, on_date, exclusion_code, note, detail, actor, row_version, updated_by, updated_at, "
        "outcome, full_response, available_by FROM case_event WHERE case_id = ?1 AND deleted_at IS NULL ORDER BY on_date, created_at, rowid"_s);
    st.bind(1, caseId);
    QVector<CaseEvent> out;
    while (st.step()) {
        CaseEvent e;
        e.meta.id = st.text(0);
        if (!caseEventFromCode(st.text(1), &e.kind))
            e.unknownKind = st.text(1); // read as a note: it drives no clock
        e.on = st.date(2);
        e.exclusionCode = st.text(3);
        e.note = st.text(4);
        e.detail = st.text(5);
        e.actor = st.text(6);
        e.meta.version = st.int64(7);
        e.meta.updatedBy = st.text(8);
        e.meta.updatedAt = st.text(9);
        e.outcome = st.text(10);
        const QString full = st.text(11);
        if (!full.isEmpty())
            e.fullResponse = full == u"yes"_s;
        e.availableBy = st.date(12);
        out.append(e);
    }
    return out;
}

QString insertCaseEvent(OfficeFile &file, const QString &caseId, const CaseEvent &e)
{
    return RecordStore(file).insert(u"case_event"_s,
        { { u"case_id"_s, caseId }, { u"kind"_s, caseEventCode(e.kind) }, { u"on_date"_s, e.on.toString(Qt::ISODate) },
            { u"exclusion_code"_s, e.exclusionCode }, { u"note"_s, e.note }, { u"detail"_s, e.detail },
            { u"actor"_s, e.actor.isEmpty() ? file.user() : e.actor }, { u"outcome"_s, e.outcome.trimmed() },
            { u"full_response"_s, fullResponseCode(e.fullResponse) },
            { u"available_by"_s, dateValue(e.availableBy) } });
}

QVariantMap caseClockColumns(const ServiceStandard &standard, const QDate &received, const QVector<CaseEvent> &timeline,
    const WorkingCalendar &calendar)
{
    const CaseClocks c = computeClocks(standard, received, timeline, latestDay(timeline), calendar, false);
    return { { u"ack_due"_s, dateValue(c.acknowledge.due) }, { u"ack_met_on"_s, dateValue(c.acknowledge.metOn) },
        { u"response_due"_s, dateValue(c.response.due) }, { u"response_met_on"_s, dateValue(c.response.metOn) },
        { u"paused"_s, c.paused ? 1 : 0 }, { u"closed_on"_s, dateValue(c.closedOn) },
        { u"status"_s, caseStatusCode(caseStatusOf(timeline)) },
        { u"available_by"_s, dateValue(informationAvailableBy(timeline)) } };
}

} // namespace hub::db
