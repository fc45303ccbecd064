#pragma once
// The shapes the case services hand to screens and the CLI: a light row for
// lists, a full detail (timeline + clocks) for the editor, and the filter.

#include "core/cases/case_clock.h"
#include "core/cases/case_event.h"
#include "core/cases/case_status.h"
#include "core/cases/case_type.h"
#include "core/catalogue/catalogue.h"
#include "core/common/record_meta.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <QVector>

namespace hub::db
{

struct NewCase {
    CaseType type = CaseType::ProviderQuery;
    QString ccgCode;
    QString practiceOds; // optional
    QDate received;
    QString title;
    QString description;
    QString officer; // the Hub officer handling it (defaults to the CCG's contracting lead)
    CasePriority priority = CasePriority::Normal;
    QString activityKey; // empty = the type's default activity
    int stage = 0; // performance concerns: 1-3
    // Further fields by code (the requester group of core/cases/case_fields.h),
    // as typed: each is checked by its field's validator before the case is opened.
    QVariantMap fields;
};

// One line of the case list. Clock states are derived from the stored clock
// dates at the filter's as-of day (exact while that day is on or after the
// case's last event, which it is for "today").
struct CaseRow {
    QString id;
    QString ref;
    QString typeCode;
    QString ccgCode;
    QString practiceOds;
    QString practiceName;
    QString owner; // "Hub", "CCG", "Hub supports CCG", "To be determined"
    QString officer;
    QString priority;
    QString status;
    QString title;
    QDate received;
    QDate acknowledgeDue;
    QDate acknowledgedOn;
    QDate responseDue;
    QDate respondedOn;
    QDate closedOn;
    bool paused = false;
    ClockState acknowledgeState = ClockState::NotApplicable;
    ClockState responseState = ClockState::NotApplicable;
    std::int64_t version = 0;
    QString updatedBy;
    QString updatedAt;

    bool overdue() const { return isOverdue(acknowledgeState) || isOverdue(responseState); }
};

struct CaseFilter {
    enum class Sort { ReceivedNewest, ReceivedOldest, Reference, NextDue };
    QString ccgCode;
    QString practiceOds;
    QString typeCode;
    QString owner;
    QString officer;
    QString status; // a CaseStatus code
    bool openOnly = false; // not closed
    bool overdueOnly = false; // a clock breached as of asOf
    bool awaitingAcknowledgement = false; // open, acknowledgement clock applies and is not met
    QDate informationDueBy; // an open information request whose available-by date is on or before this day
    QDate dueBy; // an unmet clock due on or before this day (my work: due today / this week)
    QDate dueFrom; // with dueBy: an unmet clock due between the two days
    QDate receivedFrom;
    QDate receivedTo;
    QStringList ids; // only these cases (case_record ids); empty = any. A model
                     // re-reads the rows a change event names this way.
    QString search; // full text; the last word matches as a prefix. With a search and
                    // Sort::ReceivedNewest, rows come newest entered first.
    bool searchAsTyped = false; // the search box while it is being typed (the GUI): a last word of
                                // one character is still being typed and is left out until the next
                                // keystroke (caseTypeAheadExpression). Otherwise (the CLI, reports)
                                // every word counts (caseSearchExpression).
    QDate asOf; // null = today
    Sort sort = Sort::ReceivedNewest;
    // Sorting by a list column (header click); Column::None keeps `sort`.
    enum class Column {
        None,
        Reference,
        Received,
        Ccg,
        Practice,
        Type,
        Title,
        Officer,
        Owner,
        Status,
        AcknowledgeDue,
        ResponseDue,
        NextDue
    };
    Column sortColumn = Column::None;
    bool sortDescending = false;
    int limit = 500; // 0 = no limit
    int offset = 0;
};

struct AttachmentInfo {
    QString id;
    QString fileName;
    QString mime;
    qint64 size = 0;
    QString sha256;
    QString note;
    RecordMeta meta;
};

struct CaseDetail {
    CaseRow row;
    // Every editable field's stored value by its code (core/cases/case_fields.h):
    // title, description, ..., requester_phone. Read from the field table, so a
    // field added there is here (and in the CLI's JSON and the letters) without more code.
    QVariantMap fields;
    QString description;
    QString activityKey;
    QString activityText;
    int stage = 0;
    QString ccgName;
    ServiceStandard standard;
    QVector<CaseEvent> timeline; // date order, including the received event
    CaseClocks clocks; // exact, as of `asOf`
    QDate asOf;
    QVector<AttachmentInfo> attachments;
    RecordMeta meta;
};

} // namespace hub::db
