#pragma once
// What `check` warns about besides damage: stored values this version cannot
// understand (a case type a newer Hubcase added, a date that is not a date,
// text that is not UTF-8, a catalogue key that names nothing), counted per
// table and field against the column rules (database/records/field_rules.h).
// Readers survive all of them; the warning says what to look at.

#include "core/common/result.h"

#include <QString>
#include <QVector>

namespace hub::db
{

class Connection;

struct ValueWarning {
    QString table;
    QString field;
    int rows = 0;
    QString example; // one offending value, shortened
    QString text; // "3 cases have a type this version does not know (e.g. 'x')"
};

Result<QVector<ValueWarning>> auditStoredValues(const Connection &connection);

} // namespace hub::db
