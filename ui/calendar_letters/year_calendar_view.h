#pragma once
// A whole year at a glance: twelve small months in a 4 x 3 grid, each day
// coloured by what it is (working day, weekend, England and Wales bank
// holiday, office closure), with the month's working-day count in its title.
// Hovering a day names it; a click selects it, a double-click activates it.

#include "core/calendar/working_calendar.h"

#include <QDate>
#include <QWidget>
#include <optional>

namespace hub::ui
{

class YearCalendarView : public QWidget
{
    Q_OBJECT
public:
    explicit YearCalendarView(QWidget *parent = nullptr);

    // Shows `year` on `calendar` (a copy is kept); no calendar: a plain year.
    void setCalendar(const std::optional<WorkingCalendar> &calendar, int year);
    int year() const { return m_year; }

    QDate selectedDate() const { return m_selected; }
    void setSelectedDate(const QDate &date);

    // The day under a point of this widget; null between days.
    QDate dayAt(const QPoint &pos) const;
    // Where a day is drawn (empty when not in the shown year).
    QRect dayRect(const QDate &date) const;

    // Colours shared with the legend.
    static QColor weekendColour();
    static QColor bankHolidayColour();
    static QColor closureColour();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void dayClicked(const QDate &date);
    void dayActivated(const QDate &date);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Geometry {
        int cell = 0; // day cell width
        int cellH = 0; // day cell height (a little taller when there is room)
        int monthWidth = 0;
        int monthHeight = 0;
        int titleHeight = 0;
        int headerHeight = 0;
        int gapX = 0;
        int gapY = 0;
        int left = 0;
        int top = 0;
    };
    Geometry geometry() const;
    QRect monthRect(int month, const Geometry &g) const;
    QString tooltipFor(const QDate &date) const;

    std::optional<WorkingCalendar> m_calendar;
    int m_year = 0;
    QDate m_selected;
};

// A one-line key to the colours of YearCalendarView.
class YearCalendarLegend : public QWidget
{
    Q_OBJECT
public:
    explicit YearCalendarLegend(QWidget *parent = nullptr);
};

} // namespace hub::ui
