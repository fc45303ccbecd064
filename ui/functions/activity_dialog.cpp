// Activity edit dialog.
#include "ui/functions/activity_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hub::ui
{

using namespace Qt::StringLiterals;

ActivityDialog::ActivityDialog(const Activity &a, QWidget *parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(a.text))
    , m_subgroup(new QLineEdit(a.subgroup))
    , m_ccg(new QCheckBox(tr("\u2612 a CCG function")))
    , m_hub(new QComboBox)
    , m_qualifier(new QLineEdit(a.hubQualifier))
    , m_problem(new QLabel)
{
    setObjectName(u"activityDialog"_s);
    m_key = a.key;
    m_before = valuesOf(a);
    setWindowTitle(tr("Edit activity %1").arg(a.key));
    m_text->setObjectName(u"text"_s);
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(80);
    m_subgroup->setObjectName(u"subgroup"_s);
    m_ccg->setObjectName(u"ccg_role"_s);
    m_ccg->setChecked(a.ccgRole);
    m_hub->setObjectName(u"hub_role"_s);
    m_hub->addItem(tr("(none)"), QString());
    m_hub->addItem(u"CORE — key function of the Hub"_s, u"CORE"_s);
    m_hub->addItem(u"TBC — for individual determination"_s, u"TBC"_s);
    m_hub->addItem(u"SUPPORT — the Hub provides to the CCG"_s, u"SUPPORT"_s);
    m_hub->setCurrentIndex(qMax(0, m_hub->findData(hubRoleCode(a.hubRole))));
    m_qualifier->setObjectName(u"hub_qualifier"_s);
    m_qualifier->setPlaceholderText(tr("e.g. for contractual"));
    m_problem->setStyleSheet(u"color:#DA291C"_s);
    m_problem->hide();

    auto *note = new QLabel(tr("Changing markers changes which activities every CCG's specification must determine."));
    note->setWordWrap(true);
    note->setStyleSheet(u"color:#425563"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("Activity"), m_text);
    form->addRow(tr("Subgroup"), m_subgroup);
    form->addRow(tr("CCG"), m_ccg);
    form->addRow(tr("Hub"), m_hub);
    form->addRow(tr("Qualifier"), m_qualifier);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveButton"_s);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &ActivityDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

QVariantMap ActivityDialog::values() const
{
    // Spacing alone is not a change of the agreed wording.
    QString text = m_text->toPlainText().simplified();
    if (text == m_before.value(u"text"_s).toString().simplified())
        text = m_before.value(u"text"_s).toString();
    return { { u"text"_s, text }, { u"subgroup"_s, m_subgroup->text().trimmed() },
        { u"ccg_role"_s, m_ccg->isChecked() }, { u"hub_role"_s, m_hub->currentData().toString() },
        { u"hub_qualifier"_s, m_qualifier->text().trimmed() } };
}

QVariantMap ActivityDialog::valuesOf(const Activity &a)
{
    return { { u"text"_s, a.text }, { u"subgroup"_s, a.subgroup }, { u"ccg_role"_s, a.ccgRole },
        { u"hub_role"_s, hubRoleCode(a.hubRole) }, { u"hub_qualifier"_s, a.hubQualifier } };
}

QString ActivityDialog::confirmationQuestion() const
{
    const QVariantMap now = values();
    const auto changed
        = [&](const char *field) { return now.value(QLatin1String(field)) != m_before.value(QLatin1String(field)); };
    const bool wording = changed("text");
    const bool markers = changed("ccg_role") || changed("hub_role") || changed("hub_qualifier");
    const bool subgroup = changed("subgroup");
    QString what;
    if (wording && markers)
        what = tr("the wording and markers");
    else if (wording)
        what = tr("the wording");
    else if (markers)
        what = tr("the markers");
    else if (subgroup)
        what = tr("the subgroup");
    else
        return {};
    return tr("Change %1 of activity %2 of the agreed MoU?").arg(what, m_key);
}

void ActivityDialog::accept()
{
    if (m_text->toPlainText().trimmed().isEmpty()) {
        m_problem->setText(tr("The activity needs some wording."));
        m_problem->show();
        m_text->setFocus();
        return;
    }
    const QString question = confirmationQuestion();
    if (question.isEmpty()) {
        reject(); // nothing changed: nothing to save
        return;
    }
    QMessageBox ask(QMessageBox::Question, tr("Change the agreed MoU"), question, QMessageBox::NoButton, this);
    ask.setObjectName(u"confirmActivityChange"_s);
    ask.setInformativeText(tr("The MoU's parties agreed this text. The change, with your name and the time, is kept "
                              "in the activity's history; changing the markers also changes which activities every "
                              "CCG's specification must determine."));
    QPushButton *yes = ask.addButton(tr("Change it"), QMessageBox::AcceptRole);
    yes->setObjectName(u"confirmChangeButton"_s);
    QPushButton *no = ask.addButton(tr("Keep editing"), QMessageBox::RejectRole);
    no->setObjectName(u"keepEditingButton"_s);
    ask.setDefaultButton(no);
    ask.setEscapeButton(no);
    ask.exec();
    if (ask.clickedButton() != yes)
        return;
    QDialog::accept();
}

} // namespace hub::ui
