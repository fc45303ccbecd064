#include "ui/widgets/read_only_table.h"

#include "ui/widgets/tab_order.h"

#include <QHeaderView>
#include <QTableView>

namespace hub::ui
{

void setUpReadOnlyTable(QTableView *t, int rowPadding)
{
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    stopTabTrap(t);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + rowPadding);
}

} // namespace hub::ui
