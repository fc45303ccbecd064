#pragma once
// Tells the user about a hub::Error in words they can act on.

#include "core/common/result.h"

#include <QString>

class QWidget;

namespace hub::ui
{

// The error's own description plus what to do about it, e.g. for Busy
// "Someone else is saving to the office file: try again in a moment."
QString userMessage(const Error &error);

// A modal warning titled with what failed ("Saving the CCG leads").
void showError(QWidget *parent, const QString &action, const Error &error);

} // namespace hub::ui
