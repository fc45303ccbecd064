#pragma once
// Reads NHS ODS epraccur extracts: no header, 27 quoted columns, CCYYMMDD dates.

#include "core/common/result.h"
#include "core/practices/practice.h"

#include <QByteArray>
#include <QString>

namespace hub
{

struct EpraccurOptions {
    // epraccur also lists walk-in centres, prisons, hospices... (prescribing setting other than 4).
    bool gpPracticesOnly = false;
    bool activeOnly = false; // status A
};

inline constexpr int kEpraccurColumns = 27;

// Column names from the ODS specification, used in error messages; index is 0-based.
QString epraccurColumnName(int index);

// True when the first record has the epraccur shape (27 fields, practice code first, no header).
bool looksLikeEpraccur(const QStringList &firstRecord, bool firstFieldQuoted);

Result<PracticeImport> parseEpraccur(
    const QByteArray &bytes, const QString &sourceName, const EpraccurOptions &options = {});

} // namespace hub
