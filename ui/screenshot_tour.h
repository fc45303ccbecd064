#pragma once
// Headless look at the screens: grabs the main window on every page (and a
// few telling states and dialogs) to numbered PNGs, for review and docs.

#include "core/common/result.h"

#include <QSize>
#include <QStringList>

namespace hub::ui
{

class MainWindow;

// The window must already have an office file open. Returns the files written.
// The window is `size` (a common laptop screen by default).
Result<QStringList> saveScreenshots(MainWindow &window, const QString &folder, const QSize &size = QSize(1366, 768));

} // namespace hub::ui
