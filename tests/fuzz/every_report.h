#pragma once
// "Every list and report still runs": what the CLI and the screens read, run
// over one office file — case list and every My work / due list, each case
// shown, the query log of every CCG month with cases (CSV too), the
// catalogue, CCGs, practices, closures, templates, sync status and
// conflicts — and the stored-value audit behind `check`.
//
// Part of the bundle-import fuzz invariant (after every accepted bundle) and
// of tests/database/sync_values_test.cpp (rows inserted directly).

#include <QString>
#include <QStringList>

namespace hub::db
{
class OfficeFile;
}

namespace hubfuzz
{

// Empty when everything ran; otherwise one line per failure.
QStringList everyListAndReport(hub::db::OfficeFile &file);

} // namespace hubfuzz
