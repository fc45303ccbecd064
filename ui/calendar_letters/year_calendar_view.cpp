// The twelve-month year view of the working calendar.
#include "ui/calendar_letters/year_calendar_view.h"

#include "core/common/format.h"
#include "ui/widgets/flow_layout.h"

#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace hub::ui
{

namespace
{

constexpr int kColumns = 4;
constexpr int kRows = 3;
constexpr int kWeeks = 6;

const QColor kTitle(0x00, 0x30, 0x87); // NHS dark blue
const QColor kText(0x21, 0x2B, 0x32);
const QColor kMuted(0x76, 0x86, 0x92);
const QColor kToday(0x33, 0x00, 0x72); // NHS purple
const QColor kSelected(0xDA, 0x29, 0x1C); // NHS red outline

// Monday-first offset of the 1st of the month (0..6).
int leadingDays(int year, int month)
{
    return QDate(year, month, 1).dayOfWeek() - 1;
}

} // namespace

QColor YearCalendarView::weekendColour()
{
    return QColor(0xE8, 0xED, 0xEE);
}

QColor YearCalendarView::bankHolidayColour()
{
    return QColor(0x00, 0x5E, 0xB8);
}

QColor YearCalendarView::closureColour()
{
    return QColor(0xED, 0x8B, 0x00);
}

YearCalendarView::YearCalendarView(QWidget *parent)
    : QWidget(parent)
    , m_year(QDate::currentDate().year())
{
    setObjectName(QStringLiteral("calendarYearView"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void YearCalendarView::setCalendar(const std::optional<WorkingCalendar> &calendar, int year)
{
    m_calendar = calendar;
    m_year = year;
    if (m_selected.isValid() && m_selected.year() != year)
        m_selected = {};
    update();
}

void YearCalendarView::setSelectedDate(const QDate &date)
{
    m_selected = date;
    update();
}

QSize YearCalendarView::sizeHint() const
{
    return { 4 * 7 * 26 + 3 * 18 + 16, 3 * (6 * 26 + 2 * fontMetrics().height() + 10) + 2 * 12 + 8 };
}

QSize YearCalendarView::minimumSizeHint() const
{
    return { 4 * 7 * 16 + 3 * 10, 3 * (6 * 16 + 2 * fontMetrics().height() + 8) + 2 * 6 };
}

YearCalendarView::Geometry YearCalendarView::geometry() const
{
    Geometry g;
    const QFontMetrics fm = fontMetrics();
    g.titleHeight = fm.height() + 8;
    g.headerHeight = fm.height() + 2;
    g.gapX = qBound(10, width() / 60, 24);
    g.gapY = qBound(6, height() / 60, 16);
    const int byWidth = (width() - 8 - (kColumns - 1) * g.gapX) / (kColumns * 7);
    const int byHeight
        = (height() - 8 - (kRows - 1) * g.gapY - kRows * (g.titleHeight + g.headerHeight)) / (kRows * kWeeks);
    g.cell = qBound(12, qMin(byWidth, byHeight * 3 / 2), 44);
    g.cellH = qBound(12, qMin(byHeight, g.cell * 4 / 3), 44);
    g.monthWidth = 7 * g.cell;
    g.monthHeight = g.titleHeight + g.headerHeight + kWeeks * g.cellH;
    const int totalW = kColumns * g.monthWidth + (kColumns - 1) * g.gapX;
    const int totalH = kRows * g.monthHeight + (kRows - 1) * g.gapY;
    g.left = qMax(4, (width() - totalW) / 2);
    g.top = qMax(4, qMin(16, (height() - totalH) / 2));
    return g;
}

QRect YearCalendarView::monthRect(int month, const Geometry &g) const
{
    const int col = (month - 1) % kColumns;
    const int row = (month - 1) / kColumns;
    return { g.left + col * (g.monthWidth + g.gapX), g.top + row * (g.monthHeight + g.gapY), g.monthWidth,
        g.monthHeight };
}

QRect YearCalendarView::dayRect(const QDate &date) const
{
    if (!date.isValid() || date.year() != m_year)
        return {};
    const Geometry g = geometry();
    const QRect m = monthRect(date.month(), g);
    const int index = leadingDays(m_year, date.month()) + date.day() - 1;
    return { m.left() + (index % 7) * g.cell, m.top() + g.titleHeight + g.headerHeight + (index / 7) * g.cellH, g.cell,
        g.cellH };
}

QDate YearCalendarView::dayAt(const QPoint &pos) const
{
    const Geometry g = geometry();
    for (int month = 1; month <= 12; ++month) {
        const QRect m = monthRect(month, g);
        const QRect days(m.left(), m.top() + g.titleHeight + g.headerHeight, g.monthWidth, kWeeks * g.cellH);
        if (!days.contains(pos))
            continue;
        const int index = ((pos.y() - days.top()) / g.cellH) * 7 + (pos.x() - days.left()) / g.cell;
        const int day = index - leadingDays(m_year, month) + 1;
        const QDate first(m_year, month, 1);
        if (day < 1 || day > first.daysInMonth())
            return {};
        return QDate(m_year, month, day);
    }
    return {};
}

QString YearCalendarView::tooltipFor(const QDate &date) const
{
    const QString day = QLocale().toString(date, QStringLiteral("dddd d MMMM yyyy"));
    if (!m_calendar)
        return day;
    const QString why = m_calendar->reasonNotWorking(date);
    return why.isEmpty() ? tr("%1\nWorking day").arg(day) : tr("%1\nNot a working day: %2").arg(day, why);
}

void YearCalendarView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, true);
    const Geometry g = geometry();
    const QLocale locale;
    QFont base = font();
    QFont titleFont = base;
    titleFont.setBold(true);
    QFont small = base;
    small.setPointSizeF(qMax(6.5, base.pointSizeF() * 0.85));
    QFont dayFont = base;
    if (qMin(g.cell, g.cellH) < 20)
        dayFont = small;
    QFont dayBold = dayFont;
    dayBold.setBold(true);
    const QDate today = QDate::currentDate();

    // One format for every month's working-day count, the longest that fits
    // beside the longest month name: "21 working days", "21 days" or "21".
    int countFormat = 0;
    {
        int longest = 0;
        for (int month = 1; month <= 12; ++month)
            longest = qMax(longest, QFontMetrics(titleFont).horizontalAdvance(locale.standaloneMonthName(month)));
        const int room = g.monthWidth - longest - 6;
        const QFontMetrics sm(small);
        if (sm.horizontalAdvance(tr("%1 working days").arg(23)) <= room)
            countFormat = 2;
        else if (sm.horizontalAdvance(tr("%1 days").arg(23)) <= room)
            countFormat = 1;
    }
    for (int month = 1; month <= 12; ++month) {
        const QRect m = monthRect(month, g);
        const QDate first(m_year, month, 1);
        // Title: "March  ·  22 working days"
        int working = 0;
        if (m_calendar) {
            working = m_calendar->workingDaysBetween(first.addDays(-1), first.addDays(first.daysInMonth() - 1));
        }
        const QRect titleRect(m.left(), m.top(), m.width(), g.titleHeight - 4);
        p.setFont(titleFont);
        p.setPen(kTitle);
        const QString name = locale.standaloneMonthName(month);
        p.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, name);
        if (m_calendar) {
            const QString count = countFormat == 2 ? tr("%1 working days").arg(working)
                : countFormat == 1                 ? tr("%1 days").arg(working)
                                                   : QString::number(working);
            p.setFont(small);
            p.setPen(kMuted);
            p.drawText(titleRect, Qt::AlignRight | Qt::AlignVCenter, count);
        }
        // Weekday initials, Monday first.
        p.setFont(small);
        for (int c = 0; c < 7; ++c) {
            const QRect h(m.left() + c * g.cell, m.top() + g.titleHeight, g.cell, g.headerHeight);
            p.setPen(c >= 5 ? kMuted : kText);
            p.drawText(h, Qt::AlignCenter, locale.standaloneDayName(c + 1, QLocale::NarrowFormat));
        }
        // Days.
        for (int d = 1; d <= first.daysInMonth(); ++d) {
            const QDate date(m_year, month, d);
            const QRect cell = dayRect(date);
            const QRect inner = cell.adjusted(1, 1, -1, -1);
            DayKind kind = DayKind::Working;
            if (m_calendar)
                kind = m_calendar->status(date).kind;
            else if (date.dayOfWeek() >= 6)
                kind = DayKind::Weekend;
            QColor fill;
            QColor text = kText;
            switch (kind) {
            case DayKind::Weekend:
                fill = weekendColour();
                text = kMuted;
                break;
            case DayKind::BankHoliday:
                fill = bankHolidayColour();
                text = Qt::white;
                break;
            case DayKind::OfficeClosed:
                fill = closureColour();
                text = Qt::white;
                break;
            default:
                break;
            }
            if (fill.isValid()) {
                p.setPen(Qt::NoPen);
                p.setBrush(fill);
                p.drawRoundedRect(inner, 3, 3);
            }
            if (date == m_selected) {
                p.setBrush(Qt::NoBrush);
                p.setPen(QPen(kSelected, 2));
                p.drawRoundedRect(inner.adjusted(1, 1, -1, -1), 3, 3);
            } else if (date == today) {
                p.setBrush(Qt::NoBrush);
                p.setPen(QPen(kToday, 1.5));
                p.drawRoundedRect(inner.adjusted(1, 1, -1, -1), 3, 3);
            }
            p.setFont(kind == DayKind::BankHoliday || kind == DayKind::OfficeClosed ? dayBold : dayFont);
            p.setPen(text);
            p.drawText(cell, Qt::AlignCenter, QString::number(d));
        }
    }
}

void YearCalendarView::mousePressEvent(QMouseEvent *event)
{
    const QDate d = dayAt(event->position().toPoint());
    if (d.isValid()) {
        setSelectedDate(d);
        emit dayClicked(d);
    }
    QWidget::mousePressEvent(event);
}

void YearCalendarView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QDate d = dayAt(event->position().toPoint());
    if (d.isValid())
        emit dayActivated(d);
    QWidget::mouseDoubleClickEvent(event);
}

bool YearCalendarView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QDate d = dayAt(help->pos());
        if (d.isValid())
            QToolTip::showText(help->globalPos(), tooltipFor(d), this, dayRect(d));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

YearCalendarLegend::YearCalendarLegend(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("calendarLegend"));
    // Each swatch with its words, wrapping onto a second line on a narrow screen.
    auto *layout = new FlowLayout(this, 12);
    layout->setContentsMargins(4, 0, 4, 0);
    const auto entry = [layout](QLabel *box, const QString &label) {
        auto *item = new QWidget;
        auto *row = new QHBoxLayout(item);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(6);
        row->addWidget(box);
        row->addWidget(new QLabel(label));
        layout->addWidget(item);
    };
    const auto swatch = [&](const QColor &fill, const QString &border, const QString &label) {
        auto *box = new QLabel;
        box->setFixedSize(16, 16);
        box->setStyleSheet(QStringLiteral("background:%1;border:1px solid %2;border-radius:3px;")
                               .arg(fill.isValid() ? fill.name() : QStringLiteral("white"), border));
        entry(box, label);
    };
    swatch(QColor(), QStringLiteral("#AEB7BD"), tr("Working day"));
    swatch(YearCalendarView::weekendColour(), QStringLiteral("#AEB7BD"), tr("Weekend"));
    swatch(YearCalendarView::bankHolidayColour(), YearCalendarView::bankHolidayColour().name(),
        tr("Bank holiday")); // England and Wales: the table beside says so; a shorter legend fits 1280 px
    swatch(YearCalendarView::closureColour(), YearCalendarView::closureColour().name(), tr("Office closed"));
    auto *today = new QLabel;
    today->setFixedSize(16, 16);
    today->setStyleSheet(QStringLiteral("background:white;border:2px solid %1;border-radius:3px;").arg(kToday.name()));
    entry(today, tr("Today"));
}

} // namespace hub::ui
