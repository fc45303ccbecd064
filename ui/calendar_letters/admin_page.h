#pragma once
// "Calendar & letters": the office's working calendar (calendar_tab.h) and
// its letter templates (letter_templates_tab.h), one tab each, sharing the
// page's undo stack.

#include "ui/page.h"

class QTabWidget;

namespace hub::ui
{

class CalendarTab;
class LetterTemplatesTab;

class AdminPage : public Page
{
    Q_OBJECT
public:
    explicit AdminPage(QWidget *parent = nullptr);

    void reload() override;

    CalendarTab &calendar() const { return *m_calendar; }
    LetterTemplatesTab &letters() const { return *m_letters; }
    void showCalendar();
    void showTemplates();

    QTabWidget *tabs() const { return m_tabs; }

private:
    // The tabs write through the page's office file, undo stack and resolver.
    friend class CalendarTab;
    friend class LetterTemplatesTab;

    QTabWidget *m_tabs;
    CalendarTab *m_calendar;
    LetterTemplatesTab *m_letters;
};

} // namespace hub::ui
