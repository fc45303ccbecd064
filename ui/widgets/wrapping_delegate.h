#pragma once
// Lets a tree view wrap long text in one column: rows grow to fit the text at
// the column's current width (QTreeView alone elides instead).

#include <QStyledItemDelegate>

class QTreeView;

namespace hub::ui
{

class WrappingDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // Installs itself on `view` for `column` and re-lays rows out when columns resize.
    WrappingDelegate(QTreeView *view, int column);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QTreeView *m_view;
    int m_column;
};

} // namespace hub::ui
