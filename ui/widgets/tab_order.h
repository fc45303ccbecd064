#pragma once
// Tab order in reading order, set in one call: each part is a widget that
// takes the focus, or a container whose focusable widgets are taken in the
// order they already have; the parts are then chained one after another.
// Pages use it for "list → filters → editor → action bar".

#include <QList>

class QAbstractItemView;
class QWidget;

namespace hub::ui
{

// The widgets inside `part` (or `part` itself) that Tab stops at, in their current order.
QList<QWidget *> tabStopsIn(QWidget *part);

// Chains the tab stops of `parts` in the order given.
void chainTabOrder(const QList<QWidget *> &parts);

// Tab and Shift+Tab move on from a table or tree instead of from cell to
// cell (arrow keys still move inside): the one helper every view goes through.
void stopTabTrap(QAbstractItemView *view);

} // namespace hub::ui
