// Change-of-level dialog.
#include "ui/ccgs/change_level_dialog.h"

#include "core/common/format.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace hub::ui
{

ChangeLevelDialog::ChangeLevelDialog(const Ccg &ccg, const QDate &asOf, QWidget *parent)
    : QDialog(parent)
    , m_level(new QComboBox)
    , m_from(new QLineEdit)
    , m_note(new QLineEdit)
    , m_problem(new QLabel)
{
    setObjectName(QStringLiteral("changeLevelDialog"));
    setWindowTitle(tr("Change co-commissioning level — %1").arg(ccg.code));
    for (CommissioningLevel l : { CommissioningLevel::GreaterCollaboration, CommissioningLevel::JointCommissioning,
             CommissioningLevel::JointDelegation, CommissioningLevel::FullyDelegated })
        m_level->addItem(commissioningLevelName(l), int(l));
    if (!ccg.levels.isEmpty())
        m_level->setCurrentIndex(m_level->findData(int(ccg.levels.last().level)));
    m_from->setText(formatDate(QDate(asOf.year(), asOf.month(), 1).addMonths(1)));
    m_from->setPlaceholderText(tr("dd/mm/yyyy"));
    m_from->setMaximumWidth(140);
    m_note->setPlaceholderText(tr("e.g. Approved by the Primary Care Committee on …"));
    m_problem->setStyleSheet(QStringLiteral("color:#DA291C"));
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("New level"), m_level);
    form->addRow(tr("Takes effect from"), m_from);
    form->addRow(tr("Note"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangeLevelDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The current level ends the day before the new one starts."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

CommissioningLevel ChangeLevelDialog::level() const
{
    return static_cast<CommissioningLevel>(m_level->currentData().toInt());
}

QDate ChangeLevelDialog::effectiveFrom() const
{
    return parseDate(m_from->text().trimmed());
}

QString ChangeLevelDialog::note() const
{
    return m_note->text().trimmed();
}

void ChangeLevelDialog::accept()
{
    if (!effectiveFrom().isValid()) {
        m_problem->setText(tr("Enter the date the new level takes effect, as dd/mm/yyyy."));
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace hub::ui
