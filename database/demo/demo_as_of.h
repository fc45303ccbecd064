#pragma once
// The day a demo office's case history stops. The generated history runs to
// 31/03/2017, so read as of the real today every open demo case would be
// years overdue; screens read the demo "as of" this day instead (and say so).
// Stored in local_settings (local to the file, never synced).

#include "core/common/result.h"

#include <QDate>

namespace hub::db
{

class OfficeFile;

inline constexpr const char *kDemoAsOfSetting = "demo_as_of";

// The demo's as-of day; null for an office that is not a demo.
QDate demoAsOf(const OfficeFile &file);

// The day screens and documents read the office file as of: the demo's
// as-of day, otherwise today by the machine clock. Defaults ("from",
// "passed", "due in") start here. With no file, today.
QDate officeAsOf(const OfficeFile &file);
QDate officeAsOf(const OfficeFile *file);

// Records the demo's as-of day (a null date removes it).
Status setDemoAsOf(OfficeFile &file, const QDate &day);

} // namespace hub::db
