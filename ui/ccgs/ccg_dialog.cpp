// Add CCG / Edit CCG dialog.
#include "ui/ccgs/ccg_dialog.h"

#include "core/common/format.h"

#include <QComboBox>
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

const char *placeholderOf(const QString &field)
{
    if (field == u"name"_s)
        return QT_TRANSLATE_NOOP("hub::ui::CcgDialog", "e.g. NHS Wolverhampton CCG");
    if (field == u"short_name"_s)
        return QT_TRANSLATE_NOOP("hub::ui::CcgDialog", "as the MoU's tables name it, e.g. Wolverhampton");
    if (field == u"locality"_s)
        return QT_TRANSLATE_NOOP("hub::ui::CcgDialog", "e.g. Birmingham, Solihull and the Black Country");
    return "";
}

} // namespace

CcgDialog::CcgDialog(const QDate &asOf, QWidget *parent)
    : QDialog(parent)
    , m_code(new QLineEdit)
    , m_level(new QComboBox)
    , m_levelFrom(new QLineEdit)
    , m_problem(new QLabel)
{
    setObjectName(u"addCcgDialog"_s);
    setWindowTitle(tr("Add CCG"));
    build(Ccg {}, asOf);
}

CcgDialog::CcgDialog(const Ccg &ccg, QWidget *parent)
    : QDialog(parent)
    , m_problem(new QLabel)
{
    setObjectName(u"editCcgDialog"_s);
    setWindowTitle(tr("Edit CCG %1").arg(ccg.code));
    build(ccg, QDate());
}

void CcgDialog::build(const Ccg &ccg, const QDate &asOf)
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (m_code) {
        m_code->setObjectName(u"code"_s);
        m_code->setPlaceholderText(tr("e.g. 05X"));
        m_code->setMaxLength(3);
        m_code->setMaximumWidth(90);
        form->addRow(tr("&ODS code"), m_code);
    } else {
        auto *code = new QLabel(u"<b>%1</b>"_s.arg(ccg.code.toHtmlEscaped()));
        code->setObjectName(u"codeShown"_s);
        code->setToolTip(tr("A CCG's ODS code cannot change: cases, practices and specifications refer to it."));
        form->addRow(tr("ODS code"), code);
    }
    const QVariantMap values = valuesOf(ccg);
    for (const CcgFieldInfo &f : ccgFields()) {
        const QString code = QString::fromLatin1(f.code);
        auto *edit = new QLineEdit(values.value(code).toString());
        edit->setObjectName(code);
        edit->setMaxLength(kCcgFieldMaxLength);
        edit->setPlaceholderText(tr(placeholderOf(code)));
        m_fields.insert(code, edit);
        QString label = tr(f.label);
        form->addRow(f.required ? tr("%1 (needed)").arg(label) : label, edit);
    }
    if (m_level) {
        m_level->setObjectName(u"level"_s);
        for (CommissioningLevel l : { CommissioningLevel::GreaterCollaboration, CommissioningLevel::JointCommissioning,
                 CommissioningLevel::JointDelegation, CommissioningLevel::FullyDelegated })
            m_level->addItem(commissioningLevelName(l), int(l));
        m_levelFrom->setObjectName(u"level_from"_s);
        m_levelFrom->setPlaceholderText(tr("dd/mm/yyyy, or empty for as far back as known"));
        if (asOf.isValid())
            m_levelFrom->setText(formatDate(QDate(asOf.year(), asOf.month(), 1)));
        form->addRow(tr("Co-commissioning &level"), m_level);
        form->addRow(tr("Level in force &from"), m_levelFrom);
    }
    m_problem->setObjectName(u"ccgProblem"_s);
    m_problem->setStyleSheet(u"color:#DA291C"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *intro = new QLabel(tr("A named Primary Care Hub contracting lead and finance lead work with each "
                                "CCG's co-commissioning lead (MoU 3.4)."));
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveButton"_s);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &CcgDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    if (!m_code)
        layout->addWidget(new QLabel(u"<b>%1</b>"_s.arg(ccg.name.toHtmlEscaped())));
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

QVariantMap CcgDialog::values() const
{
    QVariantMap out;
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it)
        out.insert(it.key(), it.value()->text().trimmed());
    return out;
}

QVariantMap CcgDialog::valuesOf(const Ccg &ccg)
{
    return { { u"name"_s, ccg.name }, { u"short_name"_s, ccg.shortName }, { u"locality"_s, ccg.locality },
        { u"hub_contracting_lead"_s, ccg.hubContractingLead }, { u"hub_finance_lead"_s, ccg.hubFinanceLead },
        { u"ccg_lead"_s, ccg.ccgLead } };
}

NewCcg CcgDialog::newCcg() const
{
    NewCcg out;
    if (!m_code)
        return out;
    out.code = m_code->text();
    out.fields = values();
    out.level = static_cast<CommissioningLevel>(m_level->currentData().toInt());
    out.levelFrom = parseDate(m_levelFrom->text().trimmed());
    return out;
}

Status CcgDialog::check() const
{
    if (!m_code) {
        const Result<QVariantMap> checked = validateCcgEdit(values());
        return checked ? Status() : Status(checked.error());
    }
    if (!m_levelFrom->text().trimmed().isEmpty() && !parseDate(m_levelFrom->text().trimmed()).isValid())
        return invalidCcgField(
            u"level_from"_s, tr("Type the day the level is in force from as dd/mm/yyyy, or leave it empty."));
    const Result<NewCcg> checked = validateNewCcg(newCcg());
    return checked ? Status() : Status(checked.error());
}

void CcgDialog::showProblem(const Error &error)
{
    for (QLineEdit *e : m_fields)
        e->setStyleSheet(QString());
    if (m_code)
        m_code->setStyleSheet(QString());
    QWidget *where = m_fields.value(error.field);
    if (error.field == u"code"_s)
        where = m_code;
    else if (error.field == u"level_from"_s)
        where = m_levelFrom;
    m_problem->setText(error.message);
    m_problem->show();
    if (where) {
        where->setStyleSheet(u"border:1px solid #DA291C"_s);
        where->setFocus();
    }
}

QString CcgDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void CcgDialog::accept()
{
    Status ok = check();
    if (ok && m_save)
        ok = m_save(*this);
    if (!ok) {
        showProblem(ok.error());
        return;
    }
    QDialog::accept();
}

} // namespace hub::ui
