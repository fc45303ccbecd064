#include "ui/widgets/value_label.h"

namespace hub::ui
{

QLabel *valueLabel(const QString &objectName)
{
    auto *l = new QLabel;
    l->setObjectName(objectName);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setWordWrap(true);
    return l;
}

} // namespace hub::ui
