#pragma once
// A busy handler for a file several desktops write to at once. SQLite's
// built-in one (sqlite3_busy_timeout) backs off to 100 ms naps; when the file
// is busy nearly all the time, a waiter that only looks ten times a second
// keeps missing the moments it is free while others take their turn, and can
// wait out the whole timeout (the stress test saw this). Short naps with a
// random jitter look often and stop waiters from polling in lock-step.

struct sqlite3;

namespace hub::db
{

// Replaces any busy handler on `db` (including sqlite3_busy_timeout's); waits
// up to timeoutMs for each lock in naps of 1-10 ms.
void installFairBusyHandler(sqlite3 *db, int timeoutMs);

} // namespace hub::db
