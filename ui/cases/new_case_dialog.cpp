// New case dialog.
#include "ui/cases/new_case_dialog.h"

#include "core/cases/case_fields.h"
#include "core/cases/case_status.h"
#include "core/cases/case_type.h"
#include "database/cases/case_repository.h"
#include "database/cases/case_search.h"
#include "database/ccgs/ccg_repository.h"
#include "database/demo/demo_as_of.h"
#include "database/office_file.h"
#include "database/practices/practice_repository.h"
#include "ui/dialogs/error_message.h"

#include <algorithm>

#include <QComboBox>
#include <QDateEdit>
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

NewCaseDialog::NewCaseDialog(db::OfficeFile &file, QWidget *parent)
    : QDialog(parent)
    , m_file(file)
    , m_type(new QComboBox)
    , m_ccg(new QComboBox)
    , m_practice(new QComboBox)
    , m_received(new QDateEdit)
    , m_title(new QLineEdit)
    , m_description(new QPlainTextEdit)
    , m_officer(new QComboBox)
    , m_priority(new QComboBox)
    , m_problem(new QLabel)
{
    setObjectName(u"newCaseDialog"_s);
    setWindowTitle(tr("New case"));
    m_type->setObjectName(u"newCaseType"_s);
    for (const CaseTypeInfo &t : caseTypes())
        m_type->addItem(QString::fromUtf8(t.name), QString::fromLatin1(t.code));
    m_ccg->setObjectName(u"newCaseCcg"_s);
    if (auto ccgs = db::CcgRepository(file).list(); ccgs.ok()) {
        for (const Ccg &c : ccgs.value())
            m_ccg->addItem(u"%1 (%2)"_s.arg(c.name, c.code), c.code);
    }
    m_practice->setObjectName(u"newCasePractice"_s);
    m_practice->setEditable(true);
    m_practice->setInsertPolicy(QComboBox::NoInsert);
    m_practice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_practice->setMinimumContentsLength(30);
    m_received->setObjectName(u"newCaseReceived"_s);
    m_received->setDisplayFormat(u"dd/MM/yyyy"_s);
    m_received->setCalendarPopup(true);
    // The as-of day (a demo office's last day), not the machine clock.
    const QDate asOf = db::officeAsOf(file);
    m_received->setMaximumDate(std::max(QDate::currentDate(), asOf));
    m_received->setDate(asOf);
    m_title->setObjectName(u"newCaseTitle"_s);
    m_title->setPlaceholderText(tr("e.g. Locum reimbursement query"));
    m_description->setObjectName(u"newCaseDescription"_s);
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(90);
    m_officer->setObjectName(u"newCaseOfficer"_s);
    m_officer->setEditable(true);
    m_officer->addItem(QString());
    if (auto officers = db::CaseListQuery(file).officers(); officers.ok())
        m_officer->addItems(officers.value());
    m_officer->lineEdit()->setPlaceholderText(tr("the CCG's Hub contracting lead"));
    m_priority->setObjectName(u"newCasePriority"_s);
    for (const CaseChoice &choice : casePriorityChoices())
        m_priority->addItem(choice.label, choice.code);
    m_priority->setCurrentIndex(1);
    m_problem->setObjectName(u"newCaseProblem"_s);
    m_problem->setStyleSheet(u"color:#DA291C"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Type:"), m_type);
    form->addRow(tr("CCG:"), m_ccg);
    form->addRow(tr("Practice:"), m_practice);
    form->addRow(tr("Received:"), m_received);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Description:"), m_description);
    form->addRow(tr("Officer:"), m_officer);
    form->addRow(tr("Priority:"), m_priority);
    for (const CaseFieldInfo *f : caseFieldsIn(CaseFieldGroup::Requester)) {
        auto *edit = new QLineEdit;
        edit->setObjectName(QStringLiteral("newCase_") + QString::fromLatin1(f->code));
        m_requester.insert(QString::fromLatin1(f->code), edit);
        form->addRow(tr("Requester's %1:").arg(caseFieldFormLabel(*f).toLower()), edit);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"newCaseOk"_s);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Open case"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewCaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ccg, &QComboBox::currentIndexChanged, this, &NewCaseDialog::loadPractices);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    loadPractices();
    resize(560, 560);
}

void NewCaseDialog::loadPractices()
{
    m_practice->clear();
    m_practice->addItem(tr("(no practice)"), QString());
    const QString ccg = m_ccg->currentData().toString();
    if (ccg.isEmpty())
        return;
    if (auto practices = db::PracticeRepository(m_file).list(ccg); practices.ok()) {
        for (const db::StoredPractice &p : practices.value())
            m_practice->addItem(u"%1 (%2)"_s.arg(p.practice.name, p.practice.odsCode), p.practice.odsCode);
    }
}

void NewCaseDialog::showProblem(const QString &text, QWidget *field)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    QList<QWidget *> marked { m_title, m_ccg, m_practice, m_received };
    for (QLineEdit *e : std::as_const(m_requester))
        marked << e;
    for (QWidget *w : std::as_const(marked))
        w->setStyleSheet(w == field ? u"border: 2px solid #DA291C;"_s : QString());
    if (field)
        field->setFocus();
}

void NewCaseDialog::accept()
{
    db::NewCase c;
    caseTypeFromCode(m_type->currentData().toString(), &c.type);
    c.ccgCode = m_ccg->currentData().toString();
    // The practice: the picked item, or an ODS code typed into the box.
    const int typedAt = m_practice->findText(m_practice->currentText(), Qt::MatchFixedString);
    if (typedAt >= 0)
        c.practiceOds = m_practice->itemData(typedAt).toString();
    else
        c.practiceOds = m_practice->currentText().trimmed();
    c.received = m_received->date();
    c.title = m_title->text().trimmed();
    c.description = m_description->toPlainText().trimmed();
    c.officer = m_officer->currentText().trimmed();
    casePriorityFromCode(m_priority->currentData().toString(), &c.priority);
    if (c.type == CaseType::PerformanceConcern)
        c.stage = 1;
    for (auto it = m_requester.cbegin(); it != m_requester.cend(); ++it)
        c.fields.insert(it.key(), it.value()->text());
    if (c.ccgCode.isEmpty())
        return showProblem(tr("Choose the CCG the case is for."), m_ccg);
    if (const Result<QVariant> title = caseFieldInfo(CaseField::Title).validate(c.title, c.received); !title.ok())
        return showProblem(title.error().message, m_title);
    if (const Result<QVariantMap> contact = validateNewCaseFields(c.fields, QDate::currentDate()); !contact.ok())
        return showProblem(contact.error().message, m_requester.value(contact.error().field));
    if (m_file.isReadOnly())
        return showProblem(tr("The office file is open read-only."), nullptr);
    const Result<db::CaseDetail> created = db::CaseRepository(m_file).add(c);
    if (!created.ok()) {
        const Error &e = created.error();
        QWidget *field = e.field == u"title"_s                              ? static_cast<QWidget *>(m_title)
            : e.field == u"received"_s                                      ? static_cast<QWidget *>(m_received)
            : e.field == u"practice"_s || e.message.contains(u"practice"_s) ? static_cast<QWidget *>(m_practice)
                                                                            : nullptr;
        return showProblem(userMessage(e), field);
    }
    m_createdRef = created.value().row.ref;
    QDialog::accept();
}

} // namespace hub::ui
