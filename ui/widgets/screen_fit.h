#pragma once
// Where the first window goes: as large as preferred but inside the screen's
// available geometry (the taskbar and docks left out), with room for the
// frame the window manager adds, centred.

#include <QRect>
#include <QSize>

namespace hub::ui
{

// The client-area geometry for a window of `preferred` size on a screen
// whose available geometry is `available`; `frame` is the room the title bar
// and borders take (width, height).
inline constexpr QSize kWindowFrame(16, 48);
QRect fittedGeometry(const QRect &available, const QSize &preferred, const QSize &frame = kWindowFrame);
// Where the frame's top-left goes for a client area at `client` (QWidget::move takes that).
QPoint framePosition(const QRect &client, const QSize &frame = kWindowFrame);

} // namespace hub::ui
