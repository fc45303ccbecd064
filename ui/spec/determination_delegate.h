#pragma once
// Combobox editor for the determination column: Hub delivers / CCG delivers /
// Hub supports CCG / To be determined. Commits as soon as a choice is made.

#include <QStyledItemDelegate>

namespace hub::ui
{

class DeterminationDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit DeterminationDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(
        QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace hub::ui
