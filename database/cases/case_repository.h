#pragma once
// Cases in the office file: opening one (with its reference), the timeline
// (validated by the core rules under the write lock) and optimistic edits.
// The case list (filters, search, sorting, counts) is CaseListQuery
// (database/cases/case_search.h): one query for the GUI, the CLI and reports.
//
// Every write is one BEGIN IMMEDIATE transaction through RecordStore, so the
// reference sequence, the rule checks and the write see the same state even
// with several desktops on one shared file.

#include "core/common/result.h"
#include "database/cases/case_rows.h"

#include <QVariantMap>
#include <memory>

namespace hub::db
{

class OfficeFile;

class CaseRepository
{
public:
    explicit CaseRepository(OfficeFile &file);
    ~CaseRepository();

    // Opens a case: reference <office>-<year of receipt>-<next number>, owner
    // from the CCG's specification, a "received" event, stored clock dates.
    Result<CaseDetail> add(const NewCase &newCase);

    // The case with its timeline, attachments and exact clocks as of `asOf` (null = today).
    Result<CaseDetail> get(const QString &ref, const QDate &asOf = {});

    // acknowledged, updated, responded, paused (exclusion + note), resumed,
    // closed, note. Refused (Invalid) when the core rules say no.
    Result<CaseDetail> addEvent(const QString &ref, const CaseEvent &event);
    // The same; `newEventId` (when given) receives the id of the event written, for undo.
    Result<CaseDetail> addEvent(const QString &ref, const CaseEvent &event, QString *newEventId);

    // Takes an event back out of the timeline (the undo of addEvent): a
    // tombstone through RecordStore, in one transaction with the case's
    // stored clock dates and status. `expectedVersion` is the case's version
    // the caller last saw; stale -> Conflict (Error::current names who and
    // when). Only events a user adds (acknowledged ... closed, note, letter)
    // can be removed, and not a pause that was later resumed nor a resume
    // followed by another pause (remove the later one first).
    Result<CaseDetail> removeEvent(const QString &ref, const QString &eventId, std::int64_t expectedVersion);

    // FIELD=VALUE edits from a version the editor started from; stale ->
    // Conflict carrying who changed it and when (Error::current).
    // Fields: see editableFields(). A type change keeps the timeline (and so
    // the paused time) and is itself recorded; an officer change is recorded
    // as "reassigned".
    Result<CaseDetail> edit(const QString &ref, std::int64_t expectedVersion, const QVariantMap &changes);
    static QStringList
    editableFields(); // title, description, officer, priority, type, practice_ods, activity_key, stage, received_on

    // Bulk load (demo data, benchmarks, imports from another system): each
    // case with its later events, checked by the same core rules, all in one
    // transaction; owners are looked up once per CCG and activity. Events with
    // no actor are recorded as the case's officer's. Returns the references.
    struct Import {
        NewCase newCase;
        QVector<CaseEvent> events; // after receipt, in date order
    };
    Result<QStringList> addMany(const QVector<Import> &cases);

    // Recomputes the stored clock dates of every open case; call inside a
    // WriteTransaction (closure days changed).
    void refreshOpenClocksInTransaction();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace hub::db
