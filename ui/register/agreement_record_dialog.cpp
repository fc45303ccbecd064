#include "ui/register/agreement_record_dialog.h"

#include "core/catalogue/agreement_lifecycle.h"
#include "core/common/format.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hub::ui
{

using namespace Qt::StringLiterals;

namespace
{

QDateEdit *dateEdit(const QDate &value, const QString &name)
{
    auto *e = new QDateEdit(value);
    e->setObjectName(name);
    e->setCalendarPopup(true);
    e->setDisplayFormat(u"dd/MM/yyyy"_s);
    return e;
}

} // namespace

AgreementRecordDialog::AgreementRecordDialog(Kind kind, const Agreement &agreement, const QDate &asOf, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_agreement(agreement)
    , m_on(dateEdit(asOf, u"recordDate"_s))
    , m_by(new QLineEdit)
    , m_note(new QLineEdit)
    , m_hint(new QLabel)
{
    setObjectName(u"agreementRecordDialog"_s);
    auto *form = new QFormLayout;
    m_by->setObjectName(u"recordBy"_s);
    m_note->setObjectName(u"recordNote"_s);
    m_hint->setObjectName(u"recordHint"_s);
    m_hint->setWordWrap(true);
    if (kind != Kind::Extension) {
        m_party = new QComboBox;
        m_party->setObjectName(u"recordParty"_s);
        m_party->setEditable(kind == Kind::Confirmation);
        for (const Party &p : agreement.parties)
            m_party->addItem(p.name);
        connect(m_party, &QComboBox::currentTextChanged, this, &AgreementRecordDialog::updateHint);
    }
    switch (kind) {
    case Kind::Extension:
        setWindowTitle(tr("Record an extension"));
        m_newEnd = dateEdit(extendedEnd(agreement).addYears(1), u"recordNewEnd"_s);
        form->addRow(tr("Agreed &on:"), m_on);
        form->addRow(tr("The agreement now &ends:"), m_newEnd);
        form->addRow(tr("Agreed &by:"), m_by);
        form->addRow(tr("&Note:"), m_note);
        m_by->setPlaceholderText(tr("e.g. both parties, at the MoU user group"));
        connect(m_newEnd, &QDateEdit::dateChanged, this, &AgreementRecordDialog::updateHint);
        break;
    case Kind::Notice:
        setWindowTitle(tr("Record a notice of withdrawal"));
        form->addRow(tr("&Party giving notice:"), m_party);
        form->addRow(tr("Given &on:"), m_on);
        form->addRow(tr("Given &by:"), m_by);
        form->addRow(tr("&Note:"), m_note);
        m_by->setPlaceholderText(tr("the person who signed the notice"));
        break;
    case Kind::Confirmation:
        setWindowTitle(tr("Record a written confirmation"));
        form->addRow(tr("&Party:"), m_party);
        form->addRow(tr("Confirmed &on:"), m_on);
        form->addRow(tr("Confirmed &by:"), m_by);
        form->addRow(tr("&Document:"), m_note);
        m_note->setPlaceholderText(tr("the letter or e-mail, as filed"));
        break;
    }
    m_on->setAccessibleName(tr("Date"));
    connect(m_on, &QDateEdit::dateChanged, this, &AgreementRecordDialog::updateHint);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(u"<b>%1</b>"_s.arg(agreement.title.toHtmlEscaped())));
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    updateHint();
    resize(520, sizeHint().height());
}

void AgreementRecordDialog::updateHint()
{
    // What the rules will say, before the user presses Record.
    Status check;
    QString effect;
    if (m_kind == Kind::Extension) {
        check = checkExtension(m_agreement, on(), newEnd(), by().isEmpty() ? u"-"_s : by());
        if (check && extensionLate(m_agreement, on()))
            effect
                = tr("Agreed after %1, the date the agreement sets for agreeing an extension; it is recorded as late.")
                      .arg(formatDate(m_agreement.extensionAgreeBy));
    } else if (m_kind == Kind::Notice) {
        check = checkNotice(m_agreement, party(), on());
        if (check)
            effect = tr("With %1 months' notice the agreement ends %2.")
                         .arg(m_agreement.noticeMonths)
                         .arg(formatDate(noticeEffectiveEnd(m_agreement, on())));
    }
    m_hint->setText(check ? effect : check.error().message);
}

QDate AgreementRecordDialog::on() const
{
    return m_on->date();
}
QDate AgreementRecordDialog::newEnd() const
{
    return m_newEnd ? m_newEnd->date() : QDate();
}
QString AgreementRecordDialog::party() const
{
    return m_party ? m_party->currentText().trimmed() : QString();
}
QString AgreementRecordDialog::by() const
{
    return m_by->text().trimmed();
}
QString AgreementRecordDialog::note() const
{
    return m_note->text().trimmed();
}

} // namespace hub::ui
