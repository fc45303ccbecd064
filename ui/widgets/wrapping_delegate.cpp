// Word-wrapping delegate for tree views.
#include "ui/widgets/wrapping_delegate.h"

#include <QHeaderView>
#include <QTimer>
#include <QTreeView>

namespace hub::ui
{

WrappingDelegate::WrappingDelegate(QTreeView *view, int column)
    : QStyledItemDelegate(view)
    , m_view(view)
    , m_column(column)
{
    view->setItemDelegateForColumn(column, this);
    view->setWordWrap(true);
    view->setUniformRowHeights(false);
    auto *relayout = new QTimer(this);
    relayout->setSingleShot(true);
    relayout->setInterval(0);
    connect(relayout, &QTimer::timeout, view, [view] { view->doItemsLayout(); });
    connect(view->header(), &QHeaderView::sectionResized, relayout, [relayout, column](int section) {
        if (section == column)
            relayout->start();
    });
}

QSize WrappingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    if (opt.text.isEmpty())
        return size;
    int width = m_view->columnWidth(m_column) - 10;
    if (m_column == 0) {
        int depth = 1;
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
            ++depth;
        width -= depth * m_view->indentation();
    }
    if (width <= 20)
        return size;
    const QRect text = QFontMetrics(opt.font).boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWordWrap, opt.text);
    size.setHeight(qMax(size.height(), text.height() + 6));
    return size;
}

} // namespace hub::ui
