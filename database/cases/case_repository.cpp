#include "database/cases/case_repository.h"
#include "database/cases/office_calendar_cache.h"
#include "database/cases/case_row_reader.h"

#include "core/cases/case_fields.h"
#include "core/cases/case_reference.h"
#include "core/cases/case_rules.h"
#include "core/common/format.h"
#include "database/cases/attachment_repository.h"
#include "database/cases/case_context.h"
#include "database/cases/closure_repository.h"
#include "database/office_file.h"
#include "database/records/record_store.h"
#include "database/sqlite/sql_error.h"
#include "database/sqlite/transaction.h"

#include <optional>

namespace hub::db {

#define S QStringLiteral

namespace {

CaseStatus statusOf(const QVector<CaseEvent> &timeline)
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

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QDate latestDay(const QVector<CaseEvent> &timeline)
{
    QDate d = QDate::currentDate();
    for (const CaseEvent &e : timeline)
        d = std::max(d, e.on);
    return d;
}

} // namespace

struct CaseRepository::Impl {
    OfficeFile &file;
    OfficeCalendarCache calendar;
    QHash<QString, ServiceStandard> standards;

    explicit Impl(OfficeFile &f) : file(f), calendar(f) {}

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
            throw SqlError(makeError(ErrorCode::Corrupt, S("The office file has no '%1' service standard.").arg(key)));
        return standards[key];
    }

    QString idOf(const QString &ref)
    {
        Statement st = file.connection().prepare(S("SELECT id FROM case_record WHERE ref = ?1 AND deleted_at IS NULL"));
        st.bind(1, ref.trimmed().toUpper());
        if (!st.step())
            throw SqlError(makeError(ErrorCode::NotFound, S("No case '%1'.").arg(ref)));
        return st.text(0);
    }

    QVector<CaseEvent> timeline(const QString &caseId)
    {
        Statement st = file.connection().prepare(
            S("SELECT id, kind, on_date, exclusion_code, note, detail, actor, row_version, updated_by, updated_at "
              "FROM case_event WHERE case_id = ?1 AND deleted_at IS NULL ORDER BY on_date, created_at, rowid"));
        st.bind(1, caseId);
        QVector<CaseEvent> out;
        while (st.step()) {
            CaseEvent e;
            e.meta.id = st.text(0);
            if (!caseEventFromCode(st.text(1), &e.kind))
                e.unknownKind = st.text(1);   // read as a note: it drives no clock
            e.on = st.date(2);
            e.exclusionCode = st.text(3);
            e.note = st.text(4);
            e.detail = st.text(5);
            e.actor = st.text(6);
            e.meta.version = st.int64(7);
            e.meta.updatedBy = st.text(8);
            e.meta.updatedAt = st.text(9);
            out.append(e);
        }
        return out;
    }

    // The stored clock dates and status for a case's current timeline.
    QVariantMap clockColumns(const ServiceStandard &standard, const QDate &received, const QVector<CaseEvent> &timeline)
    {
        const CaseClocks c = computeClocks(standard, received, timeline, latestDay(timeline), cal(), false);
        return {{S("ack_due"), dateValue(c.acknowledge.due)},
                {S("ack_met_on"), dateValue(c.acknowledge.metOn)},
                {S("response_due"), dateValue(c.response.due)},
                {S("response_met_on"), dateValue(c.response.metOn)},
                {S("paused"), c.paused ? 1 : 0},
                {S("closed_on"), dateValue(c.closedOn)},
                {S("status"), caseStatusCode(statusOf(timeline))}};
    }

    QString insertEvent(const QString &caseId, const CaseEvent &e)
    {
        return RecordStore(file).insert(S("case_event"), {{S("case_id"), caseId},
                                                   {S("kind"), caseEventCode(e.kind)},
                                                   {S("on_date"), e.on.toString(Qt::ISODate)},
                                                   {S("exclusion_code"), e.exclusionCode},
                                                   {S("note"), e.note},
                                                   {S("detail"), e.detail},
                                                   {S("actor"), e.actor.isEmpty() ? file.user() : e.actor}});
    }

    CaseDetail detail(const QString &caseId, const QDate &asOfIn)
    {
        const QDate asOf = asOfIn.isValid() ? asOfIn : QDate::currentDate();
        Statement st = file.connection().prepare(S("SELECT %1%2 WHERE c.id = ?1").arg(caseDetailColumns(), caseRowFrom()));
        st.bind(1, caseId);
        if (!st.step())
            throw SqlError(makeError(ErrorCode::NotFound, S("No such case.")));
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
        Statement names = file.connection().prepare(
            S("SELECT (SELECT name FROM ccg WHERE code = ?1 AND deleted_at IS NULL), "
              "(SELECT text FROM activity WHERE key = ?2 AND deleted_at IS NULL)"));
        names.bind(1, d.row.ccgCode).bind(2, d.activityKey);
        if (names.step()) {
            d.ccgName = names.text(0);
            d.activityText = names.text(1);
        }
        d.attachments = AttachmentRepository(file).listFor(caseId);
        return d;
    }
};

CaseRepository::CaseRepository(OfficeFile &file) : d(std::make_unique<Impl>(file)) {}
CaseRepository::~CaseRepository() = default;

QStringList CaseRepository::editableFields()
{
    return editableCaseFieldCodes();
}

Result<CaseDetail> CaseRepository::add(const NewCase &c)
{
    if (const Result<QVariant> title = caseFieldInfo(CaseField::Title).validate(c.title.trimmed(), QDate::currentDate()); !title)
        return title.error();
    if (!c.received.isValid())
        return invalidCaseField(S("received"), S("A case needs the date it was received."));
    if (c.received > QDate::currentDate())
        return invalidCaseField(S("received"), S("%1 is in the future.").arg(formatDate(c.received)));
    if (c.stage < 0 || c.stage > 3)
        return invalidCaseField(S("stage"), S("The stage is 1, 2 or 3 (0 when not a performance concern)."));
    const QString ccg = c.ccgCode.trimmed().toUpper();
    const QString practice = c.practiceOds.trimmed().toUpper();
    const QString activity = c.activityKey.isEmpty() ? QString::fromLatin1(caseTypeInfo(c.type).activityKey) : c.activityKey;
    return guarded([&]() -> Result<CaseDetail> {
        const Connection &db = d->file.connection();
        QString lead;
        {   // These reads must be finished before the write begins (see WriteTransaction).
            Statement ccgRow = db.prepare(S("SELECT hub_contracting_lead FROM ccg WHERE code = ?1 AND deleted_at IS NULL"));
            ccgRow.bind(1, ccg);
            if (!ccgRow.step())
                return makeError(ErrorCode::NotFound, S("No CCG with code '%1'.").arg(ccg));
            lead = ccgRow.text(0);
        }
        if (!practice.isEmpty()) {
            Statement p = db.prepare(S("SELECT ccg_code FROM practice WHERE ods_code = ?1 AND deleted_at IS NULL"));
            p.bind(1, practice);
            if (!p.step())
                return makeError(ErrorCode::NotFound, S("No practice with code '%1'.").arg(practice));
            if (p.text(0) != ccg)
                return invalidCaseField(S("practice"), S("Practice %1 belongs to CCG %2, not %3.").arg(practice, p.text(0), ccg));
        }
        const Result<QString> owner = ownerFor(d->file, ccg, activity);
        if (!owner)
            return owner.error();

        QString id;
        {
            WriteTransaction tx(db);
            const int year = c.received.year();
            Statement seq = db.prepare(S("SELECT COALESCE(MAX(ref_seq), 0) + 1 FROM case_record WHERE office_code = ?1 AND ref_year = ?2"));
            seq.bind(1, d->file.officeCode()).bind(2, year);
            seq.step();
            const int next = seq.integer(0);
            const QString ref = formatCaseReference(d->file.officeCode(), year, next);
            CaseEvent received;
            received.kind = CaseEventKind::Received;
            received.on = c.received;
            QVariantMap values{{S("ref"), ref}, {S("office_code"), d->file.officeCode()}, {S("ref_year"), year},
                               {S("ref_seq"), next}, {S("type"), caseTypeCode(c.type)}, {S("ccg_code"), ccg},
                               {S("practice_ods"), practice}, {S("activity_key"), activity}, {S("owner"), owner.value()},
                               {S("officer"), c.officer.trimmed().isEmpty() ? lead : c.officer.trimmed()},
                               {S("priority"), casePriorityCode(c.priority)}, {S("stage"), c.stage},
                               {S("title"), c.title.trimmed()}, {S("description"), c.description.trimmed()},
                               {S("received_on"), c.received.toString(Qt::ISODate)}};
            const QVariantMap clocks = d->clockColumns(d->standardOf(caseTypeCode(c.type)), c.received, {received});
            for (auto it = clocks.begin(); it != clocks.end(); ++it)
                values.insert(it.key(), it.value());
            id = RecordStore(d->file).insert(S("case_record"), values);
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
            const QVariantMap row = RecordStore(d->file).current(S("case_record"), id);
            const ServiceStandard &standard = d->standardOf(row.value(S("type")).toString());
            const QDate received = QDate::fromString(row.value(S("received_on")).toString(), Qt::ISODate);
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
            RecordStore(d->file).update(S("case_record"), id, row.value(S("row_version")).toLongLong(),
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
            const QVariantMap row = store.current(S("case_record"), id);
            if (row.value(S("row_version")).toLongLong() != expectedVersion)
                store.update(S("case_record"), id, expectedVersion, {});   // throws Conflict with the current row
            const QVector<CaseEvent> timeline = d->timeline(id);
            int at = -1;
            for (int i = 0; i < timeline.size(); ++i) {
                if (timeline[i].meta.id == eventId)
                    at = i;
            }
            if (at < 0)
                return makeError(ErrorCode::NotFound, S("Case %1 has no such event (it may have been removed already).").arg(ref));
            const CaseEvent &e = timeline[at];
            if (e.kind == CaseEventKind::Received || e.kind == CaseEventKind::TypeChanged || e.kind == CaseEventKind::Reassigned)
                return makeError(ErrorCode::Invalid, S("The %1 event is recorded by Hubcase itself and cannot be removed.").arg(caseEventCode(e.kind)));
            for (int i = at + 1; i < timeline.size(); ++i) {
                const CaseEvent &later = timeline[i];
                if (e.kind == CaseEventKind::Paused && later.kind == CaseEventKind::Resumed)
                    return makeError(ErrorCode::Invalid, S("The pause of %1 was resumed on %2: remove the resume first.")
                                                             .arg(formatDate(e.on), formatDate(later.on)));
                if (e.kind == CaseEventKind::Resumed && later.kind == CaseEventKind::Paused)
                    return makeError(ErrorCode::Invalid, S("The clock was paused again on %1: remove that pause first.")
                                                             .arg(formatDate(later.on)));
                if (later.kind == CaseEventKind::Paused || later.kind == CaseEventKind::Resumed)
                    break;
            }
            QVector<CaseEvent> rest = timeline;
            rest.remove(at);
            store.tombstone(S("case_event"), eventId, e.meta.version);
            const QDate received = QDate::fromString(row.value(S("received_on")).toString(), Qt::ISODate);
            store.update(S("case_record"), id, expectedVersion,
                         d->clockColumns(d->standardOf(row.value(S("type")).toString()), received, rest));
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
        const QVariantMap before = RecordStore(d->file).current(S("case_record"), id);
        const QString practice = validated->value(S("practice_ods")).toString();
        if (!practice.isEmpty()) {
            Statement p = d->file.connection().prepare(S("SELECT ccg_code FROM practice WHERE ods_code = ?1 AND deleted_at IS NULL"));
            p.bind(1, practice);
            if (!p.step())
                return makeError(ErrorCode::NotFound, S("No practice with code '%1'.").arg(practice));
            if (p.text(0) != before.value(S("ccg_code")).toString())
                return invalidCaseField(S("practice_ods"), S("Practice %1 belongs to CCG %2.").arg(practice, p.text(0)));
        }
        // The owner of a new activity (a new type implies its activity) is
        // looked up before the write lock: the lookup reads the register in a
        // transaction of its own and may create the CCG's specification.
        const CaseEditState stored{before.value(S("type")).toString(), before.value(S("officer")).toString(),
                                   QDate::fromString(before.value(S("received_on")).toString(), Qt::ISODate), {}};
        std::optional<QString> owner;
        if (const Result<CaseEditPlan> early = planCaseEdit(stored, validated.value(), today);
            early.ok() && early->changes.contains(S("activity_key"))) {
            const Result<QString> found = ownerFor(d->file, before.value(S("ccg_code")).toString(), early->changes.value(S("activity_key")).toString());
            if (!found)
                return found.error();
            owner = found.value();
        }

        WriteTransaction tx(d->file.connection());
        RecordStore store(d->file);
        // Refuse a stale edit before anything else is written.
        const QVariantMap now = store.current(S("case_record"), id);
        if (now.value(S("row_version")).toLongLong() != expectedVersion)
            store.update(S("case_record"), id, expectedVersion, validated.value());   // throws Conflict with the current row
        QVector<CaseEvent> timeline = d->timeline(id);
        const CaseEditState state{now.value(S("type")).toString(), now.value(S("officer")).toString(),
                                  QDate::fromString(now.value(S("received_on")).toString(), Qt::ISODate), timeline};
        Result<CaseEditPlan> planned = planCaseEdit(state, validated.value(), today);
        if (!planned)
            return planned.error();
        CaseEditPlan &plan = planned.value();
        if (owner && plan.changes.contains(S("activity_key")))
            plan.changes.insert(S("owner"), *owner);
        if (plan.receivedChanged) {
            for (CaseEvent &e : timeline) {
                if (e.kind == CaseEventKind::Received) {
                    store.update(S("case_event"), e.meta.id, e.meta.version, {{S("on_date"), plan.received.toString(Qt::ISODate)}});
                    e.on = plan.received;
                }
            }
        }
        for (CaseEvent &e : plan.events) {
            d->insertEvent(id, e);
            timeline.append(e);
        }
        const QVariantMap clocks = d->clockColumns(d->standardOf(plan.newType), plan.received, sortedTimeline(timeline));
        for (auto it = clocks.begin(); it != clocks.end(); ++it)
            plan.changes.insert(it.key(), it.value());
        store.update(S("case_record"), id, expectedVersion, plan.changes);
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
            const QString activity = c.activityKey.isEmpty() ? QString::fromLatin1(caseTypeInfo(c.type).activityKey) : c.activityKey;
            const QString key = c.ccgCode + QLatin1Char('|') + activity;
            if (!owners.contains(key)) {
                const Result<QString> owner = ownerFor(d->file, c.ccgCode, activity);
                if (!owner)
                    return owner.error();
                owners.insert(key, owner.value());
            }
            if (!leads.contains(c.ccgCode)) {
                Statement st = db.prepare(S("SELECT hub_contracting_lead FROM ccg WHERE code = ?1 AND deleted_at IS NULL"));
                st.bind(1, c.ccgCode);
                if (!st.step())
                    return makeError(ErrorCode::NotFound, S("No CCG with code '%1'.").arg(c.ccgCode));
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
                Statement seq = db.prepare(S("SELECT COALESCE(MAX(ref_seq), 0) + 1 FROM case_record WHERE office_code = ?1 AND ref_year = ?2"));
                seq.bind(1, d->file.officeCode()).bind(2, year);
                seq.step();
                nextSeq.insert(year, seq.integer(0));
            }
            const int next = nextSeq[year]++;
            const QString ref = formatCaseReference(d->file.officeCode(), year, next);
            const QString activity = c.activityKey.isEmpty() ? QString::fromLatin1(caseTypeInfo(c.type).activityKey) : c.activityKey;
            const ServiceStandard &standard = d->standardOf(caseTypeCode(c.type));
            CaseEvent received;
            received.kind = CaseEventKind::Received;
            received.on = c.received;
            QVector<CaseEvent> timeline{received};
            for (const CaseEvent &e : cases[i].events) {
                const Status ok = checkNewEvent(standard, c.received, timeline, e, today);
                if (!ok) {
                    Error err = ok.error();
                    err.row = i + 1;
                    err.message = S("case %1 (%2): %3").arg(i + 1).arg(c.title, err.message);
                    return err;
                }
                timeline.append(e);
            }
            timeline = sortedTimeline(timeline);
            QVariantMap values{{S("ref"), ref}, {S("office_code"), d->file.officeCode()}, {S("ref_year"), year},
                               {S("ref_seq"), next}, {S("type"), caseTypeCode(c.type)}, {S("ccg_code"), c.ccgCode},
                               {S("practice_ods"), c.practiceOds}, {S("activity_key"), activity},
                               {S("owner"), owners.value(c.ccgCode + QLatin1Char('|') + activity)},
                               {S("officer"), c.officer.isEmpty() ? leads.value(c.ccgCode) : c.officer},
                               {S("priority"), casePriorityCode(c.priority)}, {S("stage"), c.stage},
                               {S("title"), c.title}, {S("description"), c.description},
                               {S("received_on"), c.received.toString(Qt::ISODate)}};
            const QVariantMap clocks = d->clockColumns(standard, c.received, timeline);
            for (auto it = clocks.begin(); it != clocks.end(); ++it)
                values.insert(it.key(), it.value());
            const QString id = store.insert(S("case_record"), values);
            // Events brought in without a name were recorded by the officer handling the case.
            const QString officer = values.value(S("officer")).toString();
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
    d->calendar.forget();   // the closures just changed
    Statement st = d->file.connection().prepare(
        S("SELECT id, type, received_on, row_version FROM case_record WHERE deleted_at IS NULL AND closed_on IS NULL"));
    struct Open { QString id, type; QDate received; std::int64_t version; };
    QVector<Open> open;
    while (st.step())
        open.append({st.text(0), st.text(1), st.date(2), st.int64(3)});
    RecordStore store(d->file);
    for (const Open &o : open) {
        const QVariantMap cols = d->clockColumns(d->standardOf(o.type), o.received, d->timeline(o.id));
        const QVariantMap now = store.current(S("case_record"), o.id);
        QVariantMap changed;
        for (auto it = cols.begin(); it != cols.end(); ++it) {
            if (now.value(it.key()).toString() != it.value().toString())
                changed.insert(it.key(), it.value());
        }
        if (!changed.isEmpty())
            store.update(S("case_record"), o.id, o.version, changed);
    }
}

#undef S

} // namespace hub::db
