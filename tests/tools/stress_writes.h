#pragma once
// The "every kind of write" modes of hubcase-stress-worker (stress_worker.cpp).

#include <QString>
#include <QStringList>

namespace hub::db
{
class OfficeFile;
}

namespace hubstress
{

// The kinds, in the order `mixed` cycles through them.
QStringList writeKinds();

// Runs `count` writes of `mode` (a kind, or "mixed": every kind in turn,
// starting at a different one per worker) as worker `worker`, each write
// tagged "w<worker>-<n>" so the test can count the rows afterwards. No write
// is retried on Busy: the CLI does not retry either. Prints
// "failed <kind> <n>: <error>" for each failure and, at the end, one line
// "kind <kind> ok=N failed=F" per kind used. Returns the number of failures.
int runWrites(hub::db::OfficeFile &file, const QString &mode, int count, int worker);

} // namespace hubstress
