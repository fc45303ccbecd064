#include "ui/spec/signature_date_edit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

namespace hub::ui
{

using namespace Qt::StringLiterals;

SignatureDateEdit::SignatureDateEdit(QWidget *parent)
    : QWidget(parent)
    , m_signed(new QCheckBox(tr("Signed")))
    , m_edit(new QDateEdit)
    , m_default(QDate::currentDate())
{
    m_signed->setObjectName(u"signedBox"_s);
    m_edit->setObjectName(u"signedOnEdit"_s);
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(u"dd/MM/yyyy"_s);
    m_edit->setMinimumWidth(110);
    // The minimum date stands for "not signed" and shows as words.
    m_edit->setMinimumDate(QDate(1900, 1, 1));
    m_edit->setSpecialValueText(tr("not signed"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_signed);
    layout->addWidget(m_edit, 1);
    setFocusProxy(m_signed);
    connect(m_signed, &QCheckBox::clicked, this, [this](bool on) {
        m_edit->setDate(on ? m_default : m_edit->minimumDate());
        showState();
        emit edited(date());
    });
    // A date picked in the calendar, or typed and confirmed.
    connect(m_edit, &QDateEdit::editingFinished, this, [this] {
        if (m_signed->isChecked())
            emit edited(date());
    });
    setDate({});
}

QDate SignatureDateEdit::date() const
{
    return m_signed->isChecked() ? m_edit->date() : QDate();
}

void SignatureDateEdit::setDate(const QDate &date)
{
    const QSignalBlocker b1(m_signed), b2(m_edit);
    m_signed->setChecked(date.isValid());
    m_edit->setDate(date.isValid() ? date : m_edit->minimumDate());
    showState();
}

void SignatureDateEdit::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    showState();
}

void SignatureDateEdit::showState()
{
    m_signed->setEnabled(!m_readOnly);
    m_edit->setEnabled(!m_readOnly && m_signed->isChecked());
    m_edit->setReadOnly(m_readOnly);
    m_signed->setToolTip(
        m_signed->isChecked() ? QString() : tr("Not signed yet: tick when signed, then pick the date"));
}

} // namespace hub::ui
