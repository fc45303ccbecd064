// The add-closure-day dialog.
#include "ui/calendar_letters/closure_dialog.h"

#include "core/common/format.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace hub::ui
{

using namespace Qt::StringLiterals;

ClosureDialog::ClosureDialog(const std::optional<WorkingCalendar> &calendar, const QDate &initial, QWidget *parent)
    : QDialog(parent)
    , m_calendar(calendar)
    , m_date(new QDateEdit)
    , m_reason(new QLineEdit)
    , m_dayInfo(new QLabel)
    , m_message(new QLabel)
{
    setObjectName(u"closureDialog"_s);
    setWindowTitle(tr("Add office closure day"));
    m_date->setObjectName(u"closureDate"_s);
    m_date->setDisplayFormat(u"dd/MM/yyyy"_s);
    m_date->setCalendarPopup(true);
    m_date->setDate(initial.isValid() ? initial : QDate::currentDate());
    m_reason->setObjectName(u"closureReason"_s);
    m_reason->setPlaceholderText(tr("e.g. Staff training, Christmas shutdown"));
    m_reason->setMaxLength(200);
    m_dayInfo->setObjectName(u"closureDayInfo"_s);
    m_dayInfo->setWordWrap(true);
    m_message->setObjectName(u"closureMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *intro = new QLabel(tr("A closure day stops counting as a working day for every service clock. "
                                "The due dates of open cases are worked out again when you save."));
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    form->addRow(QString(), m_dayInfo);
    form->addRow(tr("&Reason:"), m_reason);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(u"closureOk"_s);
    m_ok->setText(tr("Add closure day"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"closureCancel"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &ClosureDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ClosureDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(460);

    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        m_message->hide();
        describeDate();
    });
    connect(m_reason, &QLineEdit::textChanged, m_message, &QLabel::hide);
    describeDate();
    m_reason->setFocus();
}

QDate ClosureDialog::date() const
{
    return m_date->date();
}

QString ClosureDialog::reason() const
{
    return m_reason->text().trimmed();
}

void ClosureDialog::setDate(const QDate &date)
{
    m_date->setDate(date);
}

void ClosureDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
}

QString ClosureDialog::message() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void ClosureDialog::describeDate()
{
    const QDate d = date();
    const QString day = QLocale().toString(d, u"dddd d MMMM yyyy"_s);
    if (!m_calendar) {
        m_dayInfo->setText(day);
        return;
    }
    const QString why = m_calendar->reasonNotWorking(d);
    if (why.isEmpty())
        m_dayInfo->setText(tr("%1 is a working day.").arg(day));
    else
        m_dayInfo->setText(tr("<span style='color:#768692'>%1 is not a working day already (%2).</span>")
                               .arg(day.toHtmlEscaped(), why.toHtmlEscaped()));
}

void ClosureDialog::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? u"QLabel{color:#DA291C;font-weight:600;}"_s : QString());
    m_message->show();
}

void ClosureDialog::accept()
{
    if (m_submit) {
        const QString problem = m_submit(date(), reason());
        if (!problem.isEmpty()) {
            showMessage(problem, true);
            return;
        }
    }
    QDialog::accept();
}

} // namespace hub::ui
