#include "ui/cases/available_by_dialog.h"

#include "core/common/format.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hub::ui
{

using namespace Qt::StringLiterals;

AvailableByDialog::AvailableByDialog(
    const QString &ref, const QDate &acknowledgedOn, const QDate &suggested, QWidget *parent)
    : QDialog(parent)
    , m_date(new QDateEdit(suggested))
{
    setObjectName(u"availableByDialog"_s);
    setWindowTitle(tr("Acknowledge %1").arg(ref));
    auto *intro = new QLabel(tr("The Data and Information standard: the acknowledgement confirms when the information "
                                "will reasonably be made available to the CCG. Acknowledged on %1.")
                                 .arg(formatDate(acknowledgedOn)));
    intro->setWordWrap(true);
    m_date->setObjectName(u"availableByDate"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"dd/MM/yyyy"_s);
    m_date->setMinimumDate(acknowledgedOn);
    m_date->setAccessibleName(tr("Information available by"));
    auto *form = new QFormLayout;
    form->addRow(tr("Information &available by:"), m_date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Acknowledge"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

QDate AvailableByDialog::availableBy() const
{
    return m_date->date();
}

} // namespace hub::ui
