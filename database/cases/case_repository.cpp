#include "database/cases/case_repository.h"
#include "database/cases/case_row_reader.h"
#include "database/cases/office_calendar_cache.h"

#include "core/cases/case_fields.h"
#include "core/cases/case_reference.h"
#include "core/cases/case_rules.h"
#include "core/common/format.h"
#include "database/cases/attachment_repository.h"
#include "database/cases/case_context.h"
#include "database/cases/case_search.h"
#include "database/cases/case_timeline_store.h"
#include "database/cases/closure_repository.h"
#include "database/office_file.h"
#include "database/records/record_store.h"
#include "database/sqlite/sql_error.h"
#include "database/sqlite/transaction.h"

#include <optional>

namespace hub::db
{

using namespace Qt::StringLiterals;

struct CaseRepository::Impl {
    OfficeFile &file;
    OfficeCalendarCache calendar;
    QHash<QString, ServiceStandard> standards;

    explicit Impl(OfficeFile &f)
        : file(f)
        , calendar(f)
    {
    }

    // The calendar with this office's closures (see OfficeCalendarCache).
    const WorkingCalendar &cal() { return calendar.get(); }

    const ServiceStandard &standardOf(const QString &typeCode)
    {
        if (standards.isEmpty())
            standards = readStandards(file.connection());
        CaseType t;
        if (!caseTypeFromCode(typeCode, &t)) {
            // A type a newer Hubcase added (or a bad value): no clocks, shown
            // as "Unknown (code)", never a failed list (docs/sync.md).
            static const ServiceStandard none;
            return none;
        }
        const QString key = QString::fromLatin1(caseTypeInfo(t).standardKey);
        if (!standards.contains(key))
            throw SqlError(makeError(ErrorCode::Corrupt, u"The office file has no '%1' service standard."_s.arg(key)));
        return standards[key];
    }

    QString idOf(const QString &ref)
    {
        Statement st = file.connection().prepare(u"SELECT id FROM case_record WHERE ref = ?1 AND deleted_at IS NULL"_s);
        st.bind(1, ref.trimmed().toUpper());
        if (!st.step())
            throw SqlError(makeError(ErrorCode::NotFound, u"No case '%1'."_s.arg(ref)));
        return st.text(0);
    }

    QVector<CaseEvent> timeline(const QString &caseId) { return readCaseTimeline(file.connection(), caseId); }

    // The stored clock dates and status for a case's current timeline.
    QVariantMap clockColumns(const ServiceStandard &standard, const QDate &received, const QVector<CaseEvent> &timeline)
    {
        return caseClockColumns(standard, received, timeline, cal());
    }

    QString insertEvent(const QString &caseId, const CaseEvent &e) { return insertCaseEvent(file, caseId, e); }

    CaseDetail detail(const QString &caseId, const QDate &asOfIn)
    {
        const QDate asOf = asOfIn.isValid() ? asOfIn : QDate::currentDate();
        Statement st
            = file.connection().prepare(u"SELECT %1%2 WHERE c.id = ?1"_s.arg(caseDetailColumns(), caseRowFrom()));
        st.bind(1, caseId);
        if (!st.step())
            throw SqlError(makeError(ErrorCode::NotFound, u"No such case."_s));
        CaseDetail d;
        readCaseDetail(st, d);
        d.meta.id = d.row.id;
        d.meta.version = d.row.version;
        d.meta.updatedBy = d.row.updatedBy;
        d.meta.updatedAt = d.row.updatedAt;
        d.asOf = asOf;
        d.standard = standardOf(d.row.typeCode);
        d.timeline = timeline(caseId);
        d.clocks = computeClocks(d.standard, d.row.received, d.timeline, asOf, cal(), true);
        d.row.acknowledgeState = d.clocks.acknowledge.state;
        d.row.responseState = d.clocks.response.state;
        Statement names
            = file.connection().prepare(u"SELECT (SELECT name FROM ccg WHERE code = ?1 AND deleted_at IS NULL), "
                                        "(SELECT text FROM activity WHERE key = ?2 AND deleted_at IS NULL)"_s);
        names.bind(1, d.row.ccgCode).bind(2, d.activityKey);
        if (names.step()) {
            d.ccgName = names.text(0);
            d.activityText = names.text(1);
        }
        d.attachments = AttachmentRepository(file).listFor(caseId);
        return d;
    }
};

CaseRepository::CaseRepository(OfficeFile &file)
    : d(std::make_unique<Impl>(file))
{
}
CaseRepository::~CaseRepository() = default;

QStringList CaseRepository::editableFields()
{
    return editableCaseFieldCodes();
}

Result<CaseDetail> CaseRepository::add(const NewCase &c)
{
    if (const Result<QVariant> title
        = caseFieldInfo(CaseField::Title).validate(c.title.trimmed(), QDate::currentDate());
        !title)
        return title.error();
    if (!c.received.isValid())
        return invalidCaseField(u"received"_s, u"A case needs the date it was received."_s);
    if (c.received > QDate::currentDate())
        return invalidCaseField(u"received"_s, u"%1 is in the future."_s.arg(formatDate(c.received)));
    if (c.stage < 0 || c.stage > 3)
        return invalidCaseField(u"stage"_s, u"The stage is 1, 2 or 3 (0 when not a performance concern)."_s);
    const Result<QVariantMap> further = validateNewCaseFields(c.fields, QDate::currentDate());
    if (!further)
        return further.error();
    const QString ccg = c.ccgCode.trimmed().toUpper();
    const QString practice = c.practiceOds.trimmed().toUpper();
    const QString activity
        = c.activityKey.isEmpty() ? QString::fromLatin1(caseTypeInfo(c.type).activityKey) : c.activityKey;
    return guarded([&]() -> Result<CaseDetail> {
        const Connection &db = d->file.connection();
        QString lead;
        { // These reads must be finished before the write begins (see WriteTransaction).
            Statement ccgRow
                = db.prepare(u"SELECT hub_contracting_lead FROM ccg WHERE code = ?1 AND deleted_at IS NULL"_s);
            ccgRow.bind(1, ccg);
            if (!ccgRow.step())
                return makeError(ErrorCode::NotFound, u"No CCG with code '%1'."_s.arg(ccg));
            lead = ccgRow.text(0);
        }
        if (!practice.isEmpty()) {
            Statement p = db.prepare(u"SELECT ccg_code FROM practice WHERE ods_code = ?1 AND deleted_at IS NULL"_s);
            p.bind(1, practice);
            if (!p.step())
                return makeError(ErrorCode::NotFound, u"No practice with code '%1'."_s.arg(practice));
            if (p.text(0) != ccg)
                return invalidCaseField(
                    u"practice"_s, u"Practice %1 belongs to CCG %2, not %3."_s.arg(practice, p.text(0), ccg));
        }
        const Result<QString> owner = ownerFor(d->file, ccg, activity);
        if (!owner)
            return owner.error();

        QString id;
        {
            WriteTransaction tx(db);
            const int year = c.received.year();
            Statement seq = db.prepare(
                u"SELECT COALESCE(MAX(ref_seq), 0) + 1 FROM case_record WHERE office_code = ?1 AND ref_year = ?2"_s);
            seq.bind(1, d->file.officeCode()).bind(2, year);
            seq.step();
            const int next = seq.integer(0);
            const QString ref = formatCaseReference(d->file.officeCode(), year, next);
            CaseEvent received;
            received.kind = CaseEventKind::Received;
            received.on = c.received;
            QVariantMap values { { u"ref"_s, ref }, { u"office_code"_s, d->file.officeCode() }, { u"ref_year"_s, year },
                { u"ref_seq"_s, next }, { u"type"_s, caseTypeCode(c.type) }, { u"ccg_code"_s, ccg },
                { u"practice_ods"_s, practice }, { u"activity_key"_s, activity }, { u"owner"_s, owner.value() },
                { u"officer"_s, c.officer.trimmed().isEmpty() ? lead : c.officer.trimmed() },
                { u"priority"_s, casePriorityCode(c.priority) }, { u"stage"_s, c.stage },
                { u"title"_s, c.title.trimmed() }, { u"description"_s, c.description.trimmed() },
                { u"received_on"_s, c.received.toString(Qt::ISODate) } };
            values.insert(further.value());
            values.insert(d->clockColumns(d->standardOf(caseTypeCode(c.type)), c.received, { received }));
            id = RecordStore(d->file).insert(u"case_record"_s, values);
            d->insertEvent(id, received);
            tx.commit();
        }
        return d->detail(id, {});
    });
}

Result<CaseDetail> CaseRepository::get(const QString &ref, const QDate &asOf)
{
    return guarded([&]() -> Result<CaseDetail> { return d->detail(d->idOf(ref), asOf); });
}

Result<CaseDetail> CaseRepository::addEvent(const QString &ref, const CaseEvent &event)
{
    return addEvent(ref, event, nullptr);
}

Result<CaseDetail> CaseRepository::addEvent(const QString &ref, const CaseEvent &event, QString *newEventId)
{
    return guarded([&]() -> Result<CaseDetail> {
        QString id;
        {
            WriteTransaction tx(d->file.connection());
            id = d->idOf(ref);
            const QVariantMap row = RecordStore(d->file).current(u"case_record"_s, id);
            const ServiceStandard &standard = d->standardOf(row.value(u"type"_s).toString());
            const QDate received = QDate::fromString(row.value(u"received_on"_s).toString(), Qt::ISODate);
            QVector<CaseEvent> timeline = d->timeline(id);
            CaseEvent e = event;
            e.note = e.note.trimmed();
            e.exclusionCode = e.exclusionCode.trimmed();
            const Status ok = checkNewEvent(standard, received, timeline, e, QDate::currentDate());
            if (!ok)
                return ok.error();
            const QString eventId = d->insertEvent(id, e);
            if (newEventId)
                *newEventId = eventId;
            timeline.append(e);
            RecordStore(d->file).update(u"case_record"_s, id, row.value(u"row_version"_s).toLongLong(),
                d->clockColumns(standard, received, sortedTimeline(timeline)));
            tx.commit();
        }
        return d->detail(id, {});
    });
}

Result<CaseDetail> CaseRepository::removeEvent(const QString &ref, const QString &eventId, std::int64_t expectedVersion)
{
    return guarded([&]() -> Result<CaseDetail> {
        QString id;
        {
            WriteTransaction tx(d->file.connection());
            RecordStore store(d->file);
            id = d->idOf(ref);
            const QVariantMap row = store.current(u"case_record"_s, id);
            if (row.value(u"row_version"_s).toLongLong() != expectedVersion)
                store.update(u"case_record"_s, id, expectedVersion, {}); // throws Conflict with the current row
            const QVector<CaseEvent> timeline = d->timeline(id);
            int at = -1;
            for (int i = 0; i < timeline.size(); ++i) {
                if (timeline[i].meta.id == eventId)
                    at = i;
            }
            if (at < 0)
                return makeError(
                    ErrorCode::NotFound, u"Case %1 has no such event (it may have been removed already)."_s.arg(ref));
            const CaseEvent &e = timeline[at];
            if (e.kind == CaseEventKind::Received || e.kind == CaseEventKind::TypeChanged
                || e.kind == CaseEventKind::Reassigned)
                return makeError(ErrorCode::Invalid,
                    u"The %1 event is recorded by Hubcase itself and cannot be removed."_s.arg(caseEventCode(e.kind)));
            for (int i = at + 1; i < timeline.size(); ++i) {
                const CaseEvent &later = timeline[i];
                if (e.kind == CaseEventKind::Paused && later.kind == CaseEventKind::Resumed)
                    return makeError(ErrorCode::Invalid,
                        u"The pause of %1 was resumed on %2: remove the resume first."_s.arg(
                            formatDate(e.on), formatDate(later.on)));
                if (e.kind == CaseEventKind::Resumed && later.kind == CaseEventKind::Paused)
                    return makeError(ErrorCode::Invalid,
                        u"The clock was paused again on %1: remove that pause first."_s.arg(formatDate(later.on)));
                if (later.kind == CaseEventKind::Paused || later.kind == CaseEventKind::Resumed)
                    break;
            }
            QVector<CaseEvent> rest = timeline;
            rest.remove(at);
            store.tombstone(u"case_event"_s, eventId, e.meta.version);
            const QDate received = QDate::fromString(row.value(u"received_on"_s).toString(), Qt::ISODate);
            store.update(u"case_record"_s, id, expectedVersion,
                d->clockColumns(d->standardOf(row.value(u"type"_s).toString()), received, rest));
            tx.commit();
        }
        return d->detail(id, {});
    });
}

Result<CaseDetail> CaseRepository::edit(const QString &ref, std::int64_t expectedVersion, const QVariantMap &changesIn)
{
    // Each field by its validator (core/cases/case_fields.h) before anything is opened.
    const QDate today = QDate::currentDate();
    Result<QVariantMap> validated = validateCaseEdit(changesIn, today);
    if (!validated)
        return validated.error();
    return guarded([&]() -> Result<CaseDetail> {
        const QString id = d->idOf(ref);
        const QVariantMap before = RecordStore(d->file).current(u"case_record"_s, id);
        const QString practice = validated->value(u"practice_ods"_s).toString();
        if (!practice.isEmpty()) {
            Statement p = d->file.connection().prepare(
                u"SELECT ccg_code FROM practice WHERE ods_code = ?1 AND deleted_at IS NULL"_s);
            p.bind(1, practice);
            if (!p.step())
                return makeError(ErrorCode::NotFound, u"No practice with code '%1'."_s.arg(practice));
            if (p.text(0) != before.value(u"ccg_code"_s).toString())
                return invalidCaseField(
                    u"practice_ods"_s, u"Practice %1 belongs to CCG %2."_s.arg(practice, p.text(0)));
        }
        // The owner of a new activity (a new type implies its activity) is
        // looked up before the write lock: the lookup reads the register in a
        // transaction of its own and may create the CCG's specification.
        const CaseEditState stored { before.value(u"type"_s).toString(), before.value(u"officer"_s).toString(),
            QDate::fromString(before.value(u"received_on"_s).toString(), Qt::ISODate), {} };
        std::optional<QString> owner;
        if (const Result<CaseEditPlan> early = planCaseEdit(stored, validated.value(), today);
            early.ok() && early->changes.contains(u"activity_key"_s)) {
            const Result<QString> found = ownerFor(
                d->file, before.value(u"ccg_code"_s).toString(), early->changes.value(u"activity_key"_s).toString());
            if (!found)
                return found.error();
            owner = found.value();
        }

        WriteTransaction tx(d->file.connection());
        RecordStore store(d->file);
        // Refuse a stale edit before anything else is written.
        const QVariantMap now = store.current(u"case_record"_s, id);
        if (now.value(u"row_version"_s).toLongLong() != expectedVersion)
            store.update(
                u"case_record"_s, id, expectedVersion, validated.value()); // throws Conflict with the current row
        QVector<CaseEvent> timeline = d->timeline(id);
        const CaseEditState state { now.value(u"type"_s).toString(), now.value(u"officer"_s).toString(),
            QDate::fromString(now.value(u"received_on"_s).toString(), Qt::ISODate), timeline };
        Result<CaseEditPlan> planned = planCaseEdit(state, validated.value(), today);
        if (!planned)
            return planned.error();
        CaseEditPlan &plan = planned.value();
        if (owner && plan.changes.contains(u"activity_key"_s))
            plan.changes.insert(u"owner"_s, *owner);
        if (plan.receivedChanged) {
            for (CaseEvent &e : timeline) {
                if (e.kind == CaseEventKind::Received) {
                    store.update(u"case_event"_s, e.meta.id, e.meta.version,
                        { { u"on_date"_s, plan.received.toString(Qt::ISODate) } });
                    e.on = plan.received;
                }
            }
        }
        for (CaseEvent &e : plan.events) {
            d->insertEvent(id, e);
            timeline.append(e);
        }
        const QVariantMap clocks
            = d->clockColumns(d->standardOf(plan.newType), plan.received, sortedTimeline(timeline));
        for (auto it = clocks.begin(); it != clocks.end(); ++it)
            plan.changes.insert(it.key(), it.value());
        store.update(u"case_record"_s, id, expectedVersion, plan.changes);
        tx.commit();
        return d->detail(id, {});
    });
}

Result<QStringList> CaseRepository::addMany(const QVector<Import> &cases)
{
    return guarded([&]() -> Result<QStringList> {
        const Connection &db = d->file.connection();
        // Owners and CCG leads first: ownerFor may write a draft specification.
        QHash<QString, QString> owners;
        QHash<QString, QString> leads;
        for (const Import &imp : cases) {
            const NewCase &c = imp.newCase;
            const QString activity
                = c.activityKey.isEmpty() ? QString::fromLatin1(caseTypeInfo(c.type).activityKey) : c.activityKey;
            const QString key = c.ccgCode + QLatin1Char('|') + activity;
            if (!owners.contains(key)) {
                const Result<QString> owner = ownerFor(d->file, c.ccgCode, activity);
                if (!owner)
                    return owner.error();
                owners.insert(key, owner.value());
            }
            if (!leads.contains(c.ccgCode)) {
                Statement st
                    = db.prepare(u"SELECT hub_contracting_lead FROM ccg WHERE code = ?1 AND deleted_at IS NULL"_s);
                st.bind(1, c.ccgCode);
                if (!st.step())
                    return makeError(ErrorCode::NotFound, u"No CCG with code '%1'."_s.arg(c.ccgCode));
                leads.insert(c.ccgCode, st.text(0));
            }
        }
        WriteTransaction tx(db);
        QHash<int, int> nextSeq;
        QStringList refs;
        const QDate today = QDate::currentDate();
        RecordStore store(d->file);
        for (int i = 0; i < cases.size(); ++i) {
            const NewCase &c = cases[i].newCase;
            const int year = c.received.year();
            if (!nextSeq.contains(year)) {
                Statement seq = db.prepare(
                    u"SELECT COALESCE(MAX(ref_seq), 0) + 1 FROM case_record WHERE office_code = ?1 AND ref_year = ?2"_s);
                seq.bind(1, d->file.officeCode()).bind(2, year);
                seq.step();
                nextSeq.insert(year, seq.integer(0));
            }
            const int next = nextSeq[year]++;
            const QString ref = formatCaseReference(d->file.officeCode(), year, next);
            const QString activity
                = c.activityKey.isEmpty() ? QString::fromLatin1(caseTypeInfo(c.type).activityKey) : c.activityKey;
            const ServiceStandard &standard = d->standardOf(caseTypeCode(c.type));
            CaseEvent received;
            received.kind = CaseEventKind::Received;
            received.on = c.received;
            QVector<CaseEvent> timeline { received };
            for (const CaseEvent &e : cases[i].events) {
                const Status ok = checkNewEvent(standard, c.received, timeline, e, today);
                if (!ok) {
                    Error err = ok.error();
                    err.row = i + 1;
                    err.message = u"case %1 (%2): %3"_s.arg(i + 1).arg(c.title, err.message);
                    return err;
                }
                timeline.append(e);
            }
            timeline = sortedTimeline(timeline);
            QVariantMap values { { u"ref"_s, ref }, { u"office_code"_s, d->file.officeCode() }, { u"ref_year"_s, year },
                { u"ref_seq"_s, next }, { u"type"_s, caseTypeCode(c.type) }, { u"ccg_code"_s, c.ccgCode },
                { u"practice_ods"_s, c.practiceOds }, { u"activity_key"_s, activity },
                { u"owner"_s, owners.value(c.ccgCode + QLatin1Char('|') + activity) },
                { u"officer"_s, c.officer.isEmpty() ? leads.value(c.ccgCode) : c.officer },
                { u"priority"_s, casePriorityCode(c.priority) }, { u"stage"_s, c.stage }, { u"title"_s, c.title },
                { u"description"_s, c.description }, { u"received_on"_s, c.received.toString(Qt::ISODate) } };
            const Result<QVariantMap> further = validateNewCaseFields(c.fields, today);
            if (!further) {
                Error err = further.error();
                err.row = i + 1;
                return err;
            }
            values.insert(further.value());
            const QVariantMap clocks = d->clockColumns(standard, c.received, timeline);
            for (auto it = clocks.begin(); it != clocks.end(); ++it)
                values.insert(it.key(), it.value());
            const QString id = store.insert(u"case_record"_s, values);
            // Events brought in without a name were recorded by the officer handling the case.
            const QString officer = values.value(u"officer"_s).toString();
            for (CaseEvent e : timeline) {
                if (e.actor.isEmpty() && !officer.isEmpty())
                    e.actor = officer;
                d->insertEvent(id, e);
            }
            refs << ref;
        }
        tx.commit();
        return refs;
    });
}

void CaseRepository::refreshOpenClocksInTransaction()
{
    d->calendar.forget(); // the closures just changed
    Statement st = d->file.connection().prepare(
        u"SELECT id, type, received_on, row_version FROM case_record WHERE deleted_at IS NULL AND closed_on IS NULL"_s);
    struct Open {
        QString id, type;
        QDate received;
        std::int64_t version;
    };
    QVector<Open> open;
    while (st.step())
        open.append({ st.text(0), st.text(1), st.date(2), st.int64(3) });
    RecordStore store(d->file);
    for (const Open &o : open) {
        const QVariantMap cols = d->clockColumns(d->standardOf(o.type), o.received, d->timeline(o.id));
        const QVariantMap now = store.current(u"case_record"_s, o.id);
        QVariantMap changed;
        for (auto it = cols.begin(); it != cols.end(); ++it) {
            if (now.value(it.key()).toString() != it.value().toString())
                changed.insert(it.key(), it.value());
        }
        if (!changed.isEmpty())
            store.update(u"case_record"_s, o.id, o.version, changed);
    }
}

} // namespace hub::db
