#pragma once
// Keeps a short table exactly as tall as its rows, so it neither scrolls nor
// leaves an empty expanse; re-fits when shown and when its rows change.

class QTableView;

namespace hub::ui
{

void fitHeightToRows(QTableView *table);

} // namespace hub::ui
