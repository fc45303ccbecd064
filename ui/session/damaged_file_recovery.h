#pragma once
// When an office file fails its quick_check on open it is never written to;
// instead the user is offered the newest verified backup (from the folder
// this desktop last saw configured in that file), or to pick one.

#include "core/common/result.h"
#include "database/backup/restore.h"

#include <optional>

#include <QString>

class QWidget;

namespace hub::ui
{

// Asks, and restores when the user agrees (the damaged file is kept aside).
// The outcome when the file at `officePath` was restored and can be opened again.
std::optional<db::RestoreOutcome> offerRestoreFromBackup(
    QWidget *parent, const QString &officePath, const Error &damage);

} // namespace hub::ui
