#pragma once
// The day the case screens read an office file as of: a demo office's
// history stops on its as-of day (database/demo/demo_as_of.h), any other
// office is read as of today. It drives the clocks, "Due in 3 working days"
// and the defaults (a new case's Received day, the day an action is dated).

#include <QDate>

namespace hub::db {

class OfficeFile;

QDate officeAsOf(const OfficeFile &file);
// The as-of day when it is not today (a demo office), else null.
QDate officeAsOfOverride(const OfficeFile &file);

} // namespace hub::db
