// "Calendar & letters": the page holding the calendar and letter-template tabs.
#include "ui/calendar_letters/admin_page.h"

#include "ui/calendar_letters/calendar_tab.h"
#include "ui/calendar_letters/letter_templates_tab.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace hub::ui
{

AdminPage::AdminPage(QWidget *parent)
    : Page(parent)
    , m_tabs(new QTabWidget)
    , m_calendar(new CalendarTab(*this))
    , m_letters(new LetterTemplatesTab(*this))
{
    setObjectName(QStringLiteral("adminPage"));
    setShownTables(
        { QStringLiteral("office_closure"), QStringLiteral("letter_template"), QStringLiteral("office_letterhead") });
    m_tabs->setObjectName(QStringLiteral("adminTabs"));
    m_tabs->addTab(m_calendar, tr("Working calendar"));
    m_tabs->addTab(m_letters, tr("Letter templates"));

    auto *title
        = new QLabel(tr("<span style='font-size:15pt;font-weight:600;color:#005EB8'>Calendar and letters</span>"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_tabs, 1);
    reload();
}

void AdminPage::reload()
{
    m_calendar->reload();
    m_letters->reload();
}

void AdminPage::showCalendar()
{
    m_tabs->setCurrentIndex(0);
}

void AdminPage::showTemplates()
{
    m_tabs->setCurrentIndex(1);
}

} // namespace hub::ui
