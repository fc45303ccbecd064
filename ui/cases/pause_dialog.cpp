// Pause dialog: exclusion of the current standard, required note, date.
#include "ui/cases/pause_dialog.h"

#include "core/common/format.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hub::ui
{

PauseDialog::PauseDialog(
    const ServiceStandard &standard, const QDate &date, const QDate &minDate, const QDate &maxDate, QWidget *parent)
    : QDialog(parent)
    , m_exclusion(new QComboBox)
    , m_note(new QPlainTextEdit)
    , m_date(new QDateEdit)
    , m_hint(new QLabel)
    , m_ok(nullptr)
{
    setObjectName(QStringLiteral("pauseDialog"));
    setWindowTitle(tr("Pause the clocks"));
    m_exclusion->setObjectName(QStringLiteral("pauseExclusion"));
    for (const Exclusion &e : standard.exclusions)
        m_exclusion->addItem(e.text, e.code);
    m_exclusion->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_exclusion->setMinimumContentsLength(40);
    m_note->setObjectName(QStringLiteral("pauseNote"));
    m_note->setPlaceholderText(tr("Why the clock stops, e.g. \"DV valuation requested 21/12\""));
    m_note->setTabChangesFocus(true);
    m_note->setMinimumHeight(80);
    m_date->setObjectName(QStringLiteral("pauseDate"));
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setCalendarPopup(true);
    if (minDate.isValid())
        m_date->setMinimumDate(minDate);
    if (maxDate.isValid())
        m_date->setMaximumDate(maxDate);
    m_date->setDate(date);

    auto *intro = new QLabel(tr("A clock may stop only under one of the exclusions of the <b>%1</b> standard, "
                                "with a note saying why. The clocks count again from the day you resume.")
                                 .arg(standard.name.toHtmlEscaped()));
    intro->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("pauseHint"));
    m_hint->setStyleSheet(QStringLiteral("color:#DA291C"));

    auto *form = new QFormLayout;
    form->addRow(tr("Exclusion:"), m_exclusion);
    form->addRow(tr("Paused from:"), m_date);
    form->addRow(tr("Note:"), m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("pauseOk"));
    m_ok->setText(tr("Pause"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PauseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_note, &QPlainTextEdit::textChanged, this, &PauseDialog::updateOk);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    updateOk();
    resize(560, 320);
}

QString PauseDialog::exclusionCode() const
{
    return m_exclusion->currentData().toString();
}

QString PauseDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

QDate PauseDialog::date() const
{
    return m_date->date();
}

void PauseDialog::accept()
{
    if (m_exclusion->count() == 0)
        return;
    if (note().isEmpty()) {
        m_tried = true;
        updateOk();
        m_note->setFocus();
        return;
    }
    QDialog::accept();
}

void PauseDialog::updateOk()
{
    // Pause stays available: trying it without a note says what is missing,
    // instead of a warning before the user has typed anything.
    const bool noExclusion = m_exclusion->count() == 0;
    const bool noNote = note().isEmpty();
    m_ok->setEnabled(!noExclusion);
    m_hint->setText(noExclusion ? tr("This standard lists no exclusions, so its clocks cannot be paused.")
            : noNote && m_tried ? tr("A note is required.")
                                : QString());
    m_hint->setVisible(!m_hint->text().isEmpty());
}

} // namespace hub::ui
