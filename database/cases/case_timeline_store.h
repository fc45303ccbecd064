#pragma once
// A case's timeline rows in the office file: reading them in order, writing
// one (the closure's outcome included), and the clock dates and status the
// case_record row keeps in step with them. Shared by CaseRepository's writes.

#include "core/cases/case_event.h"
#include "core/cases/case_status.h"
#include "core/catalogue/catalogue.h"

#include <QVariantMap>
#include <QVector>

namespace hub
{
class WorkingCalendar;
}

namespace hub::db
{

class Connection;
class OfficeFile;

// The status the timeline implies: closed, paused, responded, acknowledged or open.
CaseStatus caseStatusOf(const QVector<CaseEvent> &timeline);

// The live events of a case in date order, then the order recorded.
QVector<CaseEvent> readCaseTimeline(const Connection &connection, const QString &caseId);

// Writes one event through RecordStore (the actor defaults to the file's user); its id.
QString insertCaseEvent(OfficeFile &file, const QString &caseId, const CaseEvent &event);

// The stored clock dates and status of case_record for this timeline.
QVariantMap caseClockColumns(const ServiceStandard &standard, const QDate &received, const QVector<CaseEvent> &timeline,
    const WorkingCalendar &calendar);

} // namespace hub::db
