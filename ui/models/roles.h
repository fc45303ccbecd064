#pragma once
// Item-data roles shared by every Hubcase model, so proxies and views agree.

#include <Qt>

namespace hub::ui
{

enum ItemRole {
    // The raw value behind a cell (int, QDate, QString): proxies sort on this.
    SortRole = Qt::UserRole + 1,
    // Stable key of the row's record (activity key "VIII.3", CCG code "06A", ODS code).
    KeyRole,
    // What kind of row this is in a tree model (see ActivityTreeModel::NodeKind).
    NodeKindRole,
};

} // namespace hub::ui
