#pragma once
// A label showing a stored value on a form: selectable (to copy a reference
// or an ODS code) and wrapping, so a long value never widens its page.

#include <QLabel>

namespace hub::ui
{

QLabel *valueLabel(const QString &objectName);

} // namespace hub::ui
