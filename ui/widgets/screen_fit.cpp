#include "ui/widgets/screen_fit.h"

#include <QtGlobal>

namespace hub::ui
{

QRect fittedGeometry(const QRect &available, const QSize &preferred, const QSize &frame)
{
    const QSize size(qMax(1, qMin(preferred.width(), available.width() - frame.width())),
        qMax(1, qMin(preferred.height(), available.height() - frame.height())));
    // The frame's top (the title bar) sits above the client area.
    const int titleBar = frame.height() - frame.width() / 2;
    const QPoint topLeft(available.left() + (available.width() - size.width()) / 2,
        available.top() + titleBar + (available.height() - frame.height() - size.height()) / 2);
    return QRect(topLeft, size);
}

QPoint framePosition(const QRect &client, const QSize &frame)
{
    return client.topLeft() - QPoint(frame.width() / 2, frame.height() - frame.width() / 2);
}

} // namespace hub::ui
