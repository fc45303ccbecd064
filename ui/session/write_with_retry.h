#pragma once
// Runs one versioned write and settles a conflict by asking, never by
// overwriting silently: "apply mine" retries against the version now stored.

#include "core/common/result.h"
#include "ui/dialogs/conflict_dialog.h"

#include <cstdint>
#include <functional>

namespace hub::ui
{

enum class WriteOutcome { Written, KeptTheirs, Failed };

using ErrorHandler = std::function<void(const Error &error)>;
using VersionedWrite = std::function<Status(std::int64_t expectedVersion)>;

// Calls write(expectedVersion). On ErrorCode::Conflict asks `resolve`:
// KeepTheirs -> KeptTheirs (nothing written); ApplyMine -> write again with the
// stored row_version (asking again if it moved once more). Other errors go to onError.
WriteOutcome writeGuarded(std::int64_t expectedVersion, const VersionedWrite &write, const ConflictResolver &resolve,
    const ErrorHandler &onError);

} // namespace hub::ui
