#pragma once
// Every value a bundle would write, checked before anything is applied
// against the column rules local writes obey (database/records/
// field_rules.h): types, dates and times, enumerations, valid UTF-8, lengths,
// and references. A bundle with one bad value is refused whole
// (docs/sync.md "Values"), with a message naming the bundle, entry, table,
// row and field.

#include "core/common/result.h"
#include "database/sync/bundle_format.h"

#include <QSet>
#include <cstdint>

namespace hub::db
{

class Connection;
class SyncedTables;

// `name` is the bundle's file name, for the message. Entries whose seq is in
// `alreadyImported` are skipped (they change nothing). Throws SqlError only
// when the office file cannot be read.
Status checkBundleValues(const Connection &connection, SyncedTables &tables, const Bundle &bundle, const QString &name,
    const QSet<std::int64_t> &alreadyImported);

} // namespace hub::db
