// Determination combobox delegate.
#include "ui/spec/determination_delegate.h"

#include "core/specification/ccg_specification.h"
#include "ui/models/spec_items_model.h"

#include <QComboBox>

namespace hub::ui
{

DeterminationDelegate::DeterminationDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QWidget *DeterminationDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("determinationCombo_%1").arg(index.row()));
    for (Determination d : determinationChoices())
        combo->addItem(determinationName(d), int(d));
    combo->setFocusPolicy(Qt::StrongFocus); // no accidental changes while scrolling past
    connect(combo, &QComboBox::activated, this,
        [this, combo] { emit const_cast<DeterminationDelegate *>(this)->commitData(combo); });
    return combo;
}

void DeterminationDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return;
    const int i = combo->findData(index.data(Qt::EditRole).toInt());
    if (i >= 0 && i != combo->currentIndex()) {
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(i);
    }
}

void DeterminationDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentData(), Qt::EditRole);
}

void DeterminationDelegate::updateEditorGeometry(
    QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // A normal-height combobox, centred in rows made tall by wrapped text.
    const int h = qMin(option.rect.height() - 2, editor->sizeHint().height());
    QRect r = option.rect.adjusted(2, 0, -2, 0);
    r.setTop(option.rect.top() + (option.rect.height() - h) / 2);
    r.setHeight(h);
    editor->setGeometry(r);
}

} // namespace hub::ui
