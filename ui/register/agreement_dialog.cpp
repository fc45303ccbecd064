// Agreement edit dialog.
#include "ui/register/agreement_dialog.h"

#include "core/common/format.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hub::ui
{

using namespace Qt::StringLiterals;

namespace
{

const char *const kDateFields[]
    = { "published_on", "updated_on", "service_start", "period_start", "period_end", "extension_agree_by" };

} // namespace

AgreementDialog::AgreementDialog(const Agreement &a, QWidget *parent)
    : QDialog(parent)
    , m_title(new QLineEdit(a.title))
    , m_version(new QLineEdit(a.version))
    , m_notice(new QSpinBox)
    , m_problem(new QLabel)
{
    setObjectName(u"agreementDialog"_s);
    setWindowTitle(tr("Edit agreement"));
    m_title->setObjectName(u"title"_s);
    m_version->setObjectName(u"version"_s);
    m_notice->setObjectName(u"notice_months"_s);
    m_notice->setRange(0, 36);
    m_notice->setSpecialValueText(tr("not set"));
    m_notice->setSuffix(tr(" months"));
    m_notice->setValue(a.noticeMonths);
    m_problem->setStyleSheet(u"color:#DA291C"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Version"), m_version);
    form->addRow(tr("Published"), dateEdit(u"published_on"_s, a.publishedOn));
    form->addRow(tr("Last updated"), dateEdit(u"updated_on"_s, a.updatedOn));
    form->addRow(tr("Service starts"), dateEdit(u"service_start"_s, a.serviceStart));
    form->addRow(tr("Period starts"), dateEdit(u"period_start"_s, a.periodStart));
    form->addRow(tr("Period ends"), dateEdit(u"period_end"_s, a.periodEnd));
    form->addRow(tr("Extension to be agreed by"), dateEdit(u"extension_agree_by"_s, a.extensionAgreeBy));
    form->addRow(tr("Notice to withdraw"), m_notice);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &AgreementDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AgreementDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

QLineEdit *AgreementDialog::dateEdit(const QString &field, const QDate &date)
{
    auto *edit = new QLineEdit(formatDate(date));
    edit->setObjectName(field);
    edit->setPlaceholderText(tr("dd/mm/yyyy, or blank"));
    edit->setMaximumWidth(160);
    m_dates.insert(field, edit);
    return edit;
}

QVariantMap AgreementDialog::valuesOf(const Agreement &a)
{
    return { { u"title"_s, a.title }, { u"version"_s, a.version }, { u"published_on"_s, a.publishedOn },
        { u"updated_on"_s, a.updatedOn }, { u"service_start"_s, a.serviceStart }, { u"period_start"_s, a.periodStart },
        { u"period_end"_s, a.periodEnd }, { u"extension_agree_by"_s, a.extensionAgreeBy },
        { u"notice_months"_s, a.noticeMonths } };
}

QVariantMap AgreementDialog::values() const
{
    QVariantMap v { { u"title"_s, m_title->text().trimmed() }, { u"version"_s, m_version->text().trimmed() },
        { u"notice_months"_s, m_notice->value() } };
    for (const char *f : kDateFields) {
        const QString field = QString::fromLatin1(f);
        v.insert(field, parseDate(m_dates.value(field)->text().trimmed()));
    }
    return v;
}

void AgreementDialog::accept()
{
    QStringList problems;
    if (m_title->text().trimmed().isEmpty())
        problems << tr("The title cannot be blank.");
    for (const char *f : kDateFields) {
        QLineEdit *edit = m_dates.value(QString::fromLatin1(f));
        const QString text = edit->text().trimmed();
        const bool bad = !text.isEmpty() && !parseDate(text).isValid();
        edit->setStyleSheet(bad ? u"QLineEdit { border: 2px solid #DA291C; }"_s : QString());
        if (bad)
            problems << tr("'%1' is not a date: use dd/mm/yyyy.").arg(text);
    }
    const QVariantMap v = values();
    const QDate start = v.value(u"period_start"_s).toDate();
    const QDate end = v.value(u"period_end"_s).toDate();
    if (problems.isEmpty() && start.isValid() && end.isValid() && end < start)
        problems << tr("The period cannot end before it starts.");
    if (!problems.isEmpty()) {
        m_problem->setText(problems.join(QLatin1Char(' ')));
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace hub::ui
