// Key dates panel.
#include "ui/register/key_dates_box.h"

#include "core/catalogue/agreement_dates.h"
#include "core/common/format.h"
#include "ui/app_settings.h"
#include "ui/widgets/fit_height.h"

#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hub::ui
{

KeyDatesBox::KeyDatesBox(QWidget *parent)
    : QGroupBox(tr("Key dates"), parent)
    , m_table(new QTableWidget(0, 3))
{
    setObjectName(QStringLiteral("keyDatesBox"));
    m_table->setObjectName(QStringLiteral("keyDatesTable"));
    m_table->setHorizontalHeaderLabels({ tr("What"), tr("Date"), tr("When") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setWordWrap(true);
    m_table->setShowGrid(false);
    m_table->horizontalHeader()->resizeSection(0, 320);
    m_table->horizontalHeader()->resizeSection(1, 100);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    settings::rememberHeaderState(m_table->horizontalHeader(), QStringLiteral("keyDates"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
}

void KeyDatesBox::clear()
{
    m_table->setRowCount(0);
    fitHeightToRows(m_table);
}

void KeyDatesBox::setAgreement(const Agreement &agreement, const QDate &today)
{
    const QVector<KeyDate> dates = keyDates(agreement, today);
    m_table->setRowCount(int(dates.size()));
    for (int r = 0; r < dates.size(); ++r) {
        const KeyDate &d = dates.at(r);
        auto *what = new QTableWidgetItem(d.label);
        auto *when = new QTableWidgetItem(formatDate(d.date));
        auto *status = new QTableWidgetItem(d.status);
        what->setData(Qt::UserRole, d.key);
        if (d.deadline) {
            QFont bold = what->font();
            bold.setBold(true);
            what->setFont(bold);
            when->setFont(bold);
            status->setFont(bold);
            if (d.daysFromToday >= 0 && d.daysFromToday <= 30)
                status->setForeground(QColor(0xDA, 0x29, 0x1C));
        }
        if (d.daysFromToday < 0)
            status->setForeground(QColor(0x76, 0x86, 0x92));
        m_table->setItem(r, 0, what);
        m_table->setItem(r, 1, when);
        m_table->setItem(r, 2, status);
    }
    fitHeightToRows(m_table);
}

} // namespace hub::ui
