#pragma once
// The one rule for a CCG's "current" co-commissioning level: the recorded
// period in force on a given day (the office file's as-of day). A CCG whose
// last recorded period has ended has no current level; it is never read as
// still being at its last one.

#include "core/catalogue/catalogue.h"

#include <QDate>
#include <QString>

namespace hub
{

// The period in force on `asOf` (from and to both inclusive), or nullptr.
const CommissioningPeriod *levelOn(const Ccg &ccg, const QDate &asOf);

// The latest period that ended before `asOf`, or nullptr (for the wording below).
const CommissioningPeriod *lastEndedLevel(const Ccg &ccg, const QDate &asOf);

// For screens and documents: "Fully delegated", or when none is in force
// "No level recorded after 01/10/2015" / "No level recorded".
QString currentLevelText(const Ccg &ccg, const QDate &asOf);

} // namespace hub
