#pragma once
// UUIDv7 keys: globally unique across offices (sync needs that) and roughly
// time-ordered, so B-tree inserts stay local.

#include <QString>
#include <cstdint>

namespace hub
{

// A new UUIDv7 in canonical lower-case text form.
QString newUuid7();

// The same, for a given Unix time in milliseconds (tests, generators).
QString uuid7At(std::int64_t unixMillis);

// A deterministic UUID (version 8, SHA-256 of the name) for rows every office
// creates independently from the same source: catalogue entries, practices by
// ODS code. Two offices then hold the same key and sync merges, not duplicates.
QString stableUuid(const QString &name);

bool isUuid(const QString &text);

} // namespace hub
