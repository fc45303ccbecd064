#pragma once
// Proves, on open, that the file system under a read-write office file gives
// SQLite the locks and the rollback journal it relies on. Some network shares
// (NFS without a lock daemon, some NAS and sync-folder drivers) accept reads
// and writes but fail or silently ignore locks; two desktops would then
// corrupt the file. A refusal here is far cheaper than that.

#include "core/common/result.h"

namespace hub::db
{

class Connection;

// On a read-write connection: journal mode reads back as DELETE, the write
// lock can be taken (BEGIN IMMEDIATE), a journalled change can be made and
// rolled back, and no journal is left behind. Nothing in the file changes.
// Read-only connections pass (they take no write locks). Returns Busy when
// another desktop held the lock past the busy timeout (try again), Io with a
// plain explanation when the folder cannot lock or journal.
Status verifyLocking(const Connection &connection);

} // namespace hub::db
