#pragma once
// Headless look at the screens: grabs the main window on every page (and a
// few telling states and dialogs) to numbered PNGs, for review and docs.

#include "core/common/result.h"

#include <QStringList>

namespace hub::ui
{

class MainWindow;

// The window must already have an office file open. Returns the files written.
Result<QStringList> saveScreenshots(MainWindow &window, const QString &folder);

} // namespace hub::ui
