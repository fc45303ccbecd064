#pragma once
// One palette for the clock states on every screen: the case list, My work
// and the case editor's clock panel all take their colours and icons from
// here, so "Met late" is the same colour everywhere. Each colour is dark
// enough for text on white and for white text on it (a badge); each state
// also has an icon whose shape differs and a word (clockStateLabel), so no
// state is told by colour alone.

#include "core/cases/clock_state.h"

#include <QColor>
#include <QPixmap>
#include <QString>

namespace hub::ui
{

QColor clockStateColour(ClockState state);
// Breached: a disc with "!"; due today / soon: a ring; paused: two bars;
// met: a tick; met late: a tick with a bar under it; running: a dot; not applicable: none.
QPixmap clockStateIcon(ClockState state);
// A QLabel stylesheet: the state's word in white on its colour.
QString clockBadgeStyle(ClockState state);

} // namespace hub::ui
