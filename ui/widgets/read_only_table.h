#pragma once
// The look of the app's read-only lists: whole-row single selection, no
// in-place editing, striped rows, one line per row, no row numbers; Tab
// moves on from it (stopTabTrap).

class QTableView;

namespace hub::ui
{

void setUpReadOnlyTable(QTableView *table, int rowPadding = 8);

} // namespace hub::ui
