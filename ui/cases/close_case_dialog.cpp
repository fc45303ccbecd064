#include "ui/cases/close_case_dialog.h"

#include "core/cases/case_rules.h"
#include "core/common/format.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace hub::ui
{

using namespace Qt::StringLiterals;

CloseCaseDialog::CloseCaseDialog(const QString &ref, const QString &typeCode, const QDate &on, QWidget *parent)
    : QDialog(parent)
    , m_typeCode(typeCode)
    , m_on(on)
    , m_outcome(new QPlainTextEdit)
    , m_problem(new QLabel)
{
    setObjectName(u"closeCaseDialog"_s);
    setWindowTitle(tr("Close %1").arg(ref));
    auto *intro = new QLabel(tr("Close %1 on %2. Only notes can be added to a closed case.").arg(ref, formatDate(on)));
    intro->setWordWrap(true);
    m_outcome->setObjectName(u"closeOutcome"_s);
    m_outcome->setPlaceholderText(tr("What came of it, e.g. \"Locum costs reimbursed in the May payment run\""));
    m_outcome->setTabChangesFocus(true);
    m_outcome->setMinimumHeight(80);
    m_problem->setObjectName(u"closeProblem"_s);
    m_problem->setStyleSheet(u"color:#DA291C"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Outcome:"), m_outcome);
    if (closureAsksFullResponse(typeCode)) {
        m_full = new QRadioButton(tr("Yes, a full response"));
        m_full->setObjectName(u"closeFullResponseYes"_s);
        m_notFull = new QRadioButton(tr("No"));
        m_notFull->setObjectName(u"closeFullResponseNo"_s);
        auto *group = new QButtonGroup(this);
        group->addButton(m_full);
        group->addButton(m_notFull);
        auto *answers = new QHBoxLayout;
        answers->addWidget(m_full);
        answers->addWidget(m_notFull);
        answers->addStretch(1);
        form->addRow(tr("Did the practice have a full response?"), answers);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"closeOk"_s);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Close case"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CloseCaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(560, 300);
}

CaseEvent CloseCaseDialog::closure() const
{
    CaseEvent e;
    e.kind = CaseEventKind::Closed;
    e.on = m_on;
    e.outcome = m_outcome->toPlainText().trimmed();
    if (m_full && (m_full->isChecked() || m_notFull->isChecked()))
        e.fullResponse = m_full->isChecked();
    return e;
}

void CloseCaseDialog::accept()
{
    const Status ok = checkClosure(m_typeCode, closure());
    if (!ok.ok()) {
        m_problem->setText(ok.error().message);
        m_problem->show();
        if (ok.error().field == u"outcome"_s)
            m_outcome->setFocus();
        else if (m_full)
            m_full->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace hub::ui
