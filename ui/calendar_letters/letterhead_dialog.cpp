#include "ui/calendar_letters/letterhead_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hub::ui
{

using namespace Qt::StringLiterals;

LetterheadDialog::LetterheadDialog(const QVariantMap &values, bool editable, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(values.value(u"hub_name"_s).toString()))
    , m_address(new QPlainTextEdit(values.value(u"address"_s).toString()))
    , m_phone(new QLineEdit(values.value(u"phone"_s).toString()))
    , m_email(new QLineEdit(values.value(u"email"_s).toString()))
{
    setObjectName(u"letterheadDialog"_s);
    setWindowTitle(tr("Letterhead"));
    m_name->setObjectName(u"letterheadName"_s);
    m_address->setObjectName(u"letterheadAddress"_s);
    m_address->setPlaceholderText(tr("One line each: building, street, town, postcode"));
    m_address->setTabChangesFocus(true);
    m_address->setMinimumHeight(110);
    m_phone->setObjectName(u"letterheadPhone"_s);
    m_email->setObjectName(u"letterheadEmail"_s);
    for (QLineEdit *e : { m_name, m_phone, m_email })
        e->setReadOnly(!editable);
    m_address->setReadOnly(!editable);

    auto *intro = new QLabel(tr("Every letter from this office is headed with these details; the officer's name goes "
                                "with the telephone and email as the contact."));
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Hub name:"), m_name);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Telephone:"), m_phone);
    form->addRow(tr("&Email:"), m_email);
    auto *buttons
        = new QDialogButtonBox(editable ? QDialogButtonBox::Save | QDialogButtonBox::Cancel : QDialogButtonBox::Close);
    if (QPushButton *save = buttons->button(QDialogButtonBox::Save))
        save->setObjectName(u"letterheadSave"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(460, 360);
}

QVariantMap LetterheadDialog::values() const
{
    return { { u"hub_name"_s, m_name->text().trimmed() }, { u"address"_s, m_address->toPlainText().trimmed() },
        { u"phone"_s, m_phone->text().trimmed() }, { u"email"_s, m_email->text().trimmed() } };
}

} // namespace hub::ui
