#pragma once
// The bundle-import fuzz target (docs/testing.md, docs/sync.md "Fuzzing").
//
// One entry point, two drivers: libFuzzer (clang, HUBCASE_FUZZ=ON, built by
// scripts/fuzz) and a plain replay driver built by the normal compiler and
// run by CTest (fuzz_bundle_import_replay), so the same target runs in every
// build.
//
// The harness prepares, once per work folder, a source office with real
// edits (CCGs, practices, levels, cases and events) and a receiving office
// that has already seen part of them and edited some of the same rows, then
// keeps a pristine in-memory copy of the receiver. Every input is written as
// a .hubsync file and imported through SyncService::importBundle: as given,
// and resealed (fresh length and SHA-256) so the parser behind the checksum
// is reached. The invariant, checked after every import:
//   - refused: a message, no transaction left open, foreign keys back on, and
//     the file exactly as it was (synced content hash, local tables, integrity);
//   - accepted: integrity ok, every list and report still runs, no stored value
//     breaks the column rules, and importing the same bytes again changes nothing.
// Every input that still parses also drives one typed mutation (a resealed,
// well-formed bundle with one bad value: typed_mutation.h).
// A violation prints what broke and aborts, which libFuzzer reports as a crash.

#include "typed_mutation.h"

#include <QByteArray>
#include <QString>
#include <QVector>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace hubfuzz
{

struct Stats {
    long long inputs = 0;
    long long imports = 0; // one input is imported as given and, if needed, resealed
    long long accepted = 0;
    long long refused = 0;
    long long fullChecks = 0; // refusals followed by a whole-file check
    long long typed = 0; // typed mutations imported (typed_mutation.h)
    long long typedRefused = 0;
};

// Valid bundles made from the source office's real edits (the seed corpus).
// Available after LLVMFuzzerInitialize.
const QVector<QByteArray> &seedBundles();
const Stats &stats();
// Imports one typed mutation of `bundle` (typed_mutation.h) under the invariant.
void runTyped(const QByteArray &bundle, std::uint64_t choice);
// The typed mutation runTyped would import, without importing it.
TypedMutation typedMutationOf(const QByteArray &bundle, std::uint64_t choice);
// Check the whole file after every refusal, not only after those that wrote
// rows (and rolled them back); the replay driver does, libFuzzer runs do not
// unless HUBCASE_FUZZ_FULL_CHECKS=1.
void setAlwaysFullCheck(bool on);
// The folder holding the prepared offices and seeds (HUBCASE_FUZZ_WORK, or a
// temporary folder removed at exit).
QString workFolder();

} // namespace hubfuzz
