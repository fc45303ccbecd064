#pragma once
// Rows every office creates from the built-in catalogue (stable UUIDs) must
// be identical in every office and older than any real edit; otherwise an
// office created later would "win" with its untouched seed rows on its first
// sync. Called once, when a file is created, before capture starts.

namespace hub::db
{

class Connection;

inline constexpr const char *kBuiltInRevision = "0000000000000.00000@built-in";
inline constexpr const char *kBuiltInTime = "1970-01-01T00:00:00.000Z";
inline constexpr const char *kBuiltInUser = "built-in";

void stampBuiltInRows(const Connection &connection);

} // namespace hub::db
