// Conflict-aware write loop.
#include "ui/session/write_with_retry.h"

namespace hub::ui
{

WriteOutcome writeGuarded(std::int64_t expectedVersion, const VersionedWrite &write, const ConflictResolver &resolve,
    const ErrorHandler &onError)
{
    std::int64_t version = expectedVersion;
    for (;;) {
        const Status status = write(version);
        if (status.ok())
            return WriteOutcome::Written;
        const Error &error = status.error();
        if (error.code != ErrorCode::Conflict) {
            if (onError)
                onError(error);
            return WriteOutcome::Failed;
        }
        const ConflictChoice choice = resolve ? resolve(error) : ConflictChoice::KeepTheirs;
        if (choice == ConflictChoice::KeepTheirs)
            return WriteOutcome::KeptTheirs;
        const std::int64_t now = error.current.value(QStringLiteral("row_version")).toLongLong();
        if (now <= 0 || now == version) {
            if (onError)
                onError(error);
            return WriteOutcome::Failed;
        }
        version = now;
    }
}

} // namespace hub::ui
