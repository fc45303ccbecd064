// CCG leads dialog.
#include "ui/ccgs/ccg_leads_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace hub::ui
{

CcgLeadsDialog::CcgLeadsDialog(const Ccg &ccg, QWidget *parent)
    : QDialog(parent)
    , m_contracting(new QLineEdit(ccg.hubContractingLead))
    , m_finance(new QLineEdit(ccg.hubFinanceLead))
    , m_ccgLead(new QLineEdit(ccg.ccgLead))
{
    setObjectName(QStringLiteral("ccgLeadsDialog"));
    setWindowTitle(tr("Leads for %1").arg(ccg.code));
    m_contracting->setObjectName(QStringLiteral("hub_contracting_lead"));
    m_finance->setObjectName(QStringLiteral("hub_finance_lead"));
    m_ccgLead->setObjectName(QStringLiteral("ccg_lead"));
    auto *intro = new QLabel(tr("A named Primary Care Hub contracting lead and finance lead work with each "
                                "CCG's co-commissioning lead (MoU 3.4)."));
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Hub contracting lead"), m_contracting);
    form->addRow(tr("Hub finance lead"), m_finance);
    form->addRow(tr("CCG lead"), m_ccgLead);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(ccg.name.toHtmlEscaped())));
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

QVariantMap CcgLeadsDialog::values() const
{
    return { { QStringLiteral("hub_contracting_lead"), m_contracting->text().trimmed() },
        { QStringLiteral("hub_finance_lead"), m_finance->text().trimmed() },
        { QStringLiteral("ccg_lead"), m_ccgLead->text().trimmed() } };
}

QVariantMap CcgLeadsDialog::valuesOf(const Ccg &ccg)
{
    return { { QStringLiteral("hub_contracting_lead"), ccg.hubContractingLead },
        { QStringLiteral("hub_finance_lead"), ccg.hubFinanceLead }, { QStringLiteral("ccg_lead"), ccg.ccgLead } };
}

} // namespace hub::ui
