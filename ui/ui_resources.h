#pragma once
// Access to the widgets' compiled-in resources (icons, attribution text).

#include <QIcon>
#include <QString>

namespace hub::ui
{

// Registers resources/hubcase.qrc (the static library would otherwise drop it); idempotent.
void initResources();

// ":/icons/<name>.svg" as an icon.
QIcon icon(const QString &name);

// NHS blue, used for headings and icons.
inline constexpr const char *kNhsBlue = "#005EB8";

} // namespace hub::ui
