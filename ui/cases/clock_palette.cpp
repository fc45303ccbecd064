#include "ui/cases/clock_palette.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>

namespace hub::ui
{

using namespace Qt::StringLiterals;

QColor clockStateColour(ClockState state)
{
    switch (state) {
    case ClockState::Breached:
        return QColor(0xB0, 0x1C, 0x1C); // red
    case ClockState::DueToday:
    case ClockState::DueSoon:
        return QColor(0xA8, 0x4F, 0x00); // amber
    case ClockState::MetLate:
        return QColor(0x7A, 0x4E, 0x9C); // purple: met, but not in time
    case ClockState::Met:
        return QColor(0x00, 0x7F, 0x3B); // green
    case ClockState::Paused:
        return QColor(0x4C, 0x62, 0x72); // grey
    case ClockState::Running:
        return QColor(0x00, 0x5E, 0xB8); // blue
    case ClockState::NotApplicable:
        break;
    }
    return QColor(0x76, 0x86, 0x92);
}

QPixmap clockStateIcon(ClockState state)
{
    static QHash<int, QPixmap> cache;
    if (const auto it = cache.constFind(int(state)); it != cache.constEnd())
        return *it;
    QPixmap pm(12, 12);
    pm.fill(Qt::transparent);
    if (state != ClockState::NotApplicable) {
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        const QColor c = clockStateColour(state);
        QPen pen(c, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        switch (state) {
        case ClockState::Breached:
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            p.drawEllipse(QRectF(0.5, 0.5, 11, 11));
            p.setPen(QPen(Qt::white, 1.8, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(QPointF(6, 3), QPointF(6, 7));
            p.drawPoint(QPointF(6, 9.3));
            break;
        case ClockState::DueToday:
        case ClockState::DueSoon:
            p.setPen(pen);
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(QRectF(1.5, 1.5, 9, 9));
            p.drawLine(QPointF(6, 3.5), QPointF(6, 6.2));
            break;
        case ClockState::Paused:
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            p.drawRect(QRectF(2.5, 1.5, 2.5, 9));
            p.drawRect(QRectF(7, 1.5, 2.5, 9));
            break;
        case ClockState::Met:
        case ClockState::MetLate: {
            QPainterPath tick;
            tick.moveTo(1.5, 5.5);
            tick.lineTo(4.5, 8.5);
            tick.lineTo(10.5, 1.5);
            p.setPen(pen);
            p.setBrush(Qt::NoBrush);
            p.drawPath(tick);
            if (state == ClockState::MetLate)
                p.drawLine(QPointF(1.5, 11), QPointF(10.5, 11));
            break;
        }
        case ClockState::Running:
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            p.drawEllipse(QRectF(3, 3, 6, 6));
            break;
        case ClockState::NotApplicable:
            break;
        }
    }
    cache.insert(int(state), pm);
    return pm;
}

QString clockBadgeStyle(ClockState state)
{
    return u"QLabel { background:%1; color:white; font-weight:600; padding:2px 8px; border-radius:3px; }"_s.arg(
        clockStateColour(state).name());
}

} // namespace hub::ui
