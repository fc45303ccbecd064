#include "ui/session/officer_question.h"

#include "database/accounts/account_link_repository.h"
#include "database/office_file.h"
#include "ui/dialogs/error_message.h"
#include "ui/list_actions.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace hub::ui
{

using namespace Qt::StringLiterals;

namespace
{

constexpr int kNoneRole = Qt::UserRole + 1;

} // namespace

OfficerQuestionDialog::OfficerQuestionDialog(
    const QString &account, const QString &officeName, const QStringList &officers, QWidget *parent)
    : QDialog(parent)
    , m_choices(new QListWidget)
{
    setObjectName(u"officerQuestion"_s);
    setWindowTitle(tr("Which officer are you?"));
    auto *title = new QLabel(tr("Which officer are you?"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    title->setFont(big);
    auto *text = new QLabel(
        tr("This computer knows you as the account <b>%1</b>. Choose your name among the officers of %2: "
           "it is then shown as you on My work (\"Me\"), on the timeline, on what you save and on what you print. "
           "You are asked once; the answer is kept in the office file.")
            .arg(account.toHtmlEscaped(), officeName.toHtmlEscaped()));
    text->setWordWrap(true);

    m_choices->setObjectName(u"officerChoices"_s);
    stopTabTrap(m_choices);
    for (const QString &o : officers)
        new QListWidgetItem(o, m_choices);
    auto *none = new QListWidgetItem(tr("None of these"), m_choices);
    none->setData(kNoneRole, true);
    QFont italic = none->font();
    italic.setItalic(true);
    none->setFont(italic);
    m_choices->setCurrentRow(-1);

    auto *buttons = new QDialogButtonBox;
    QPushButton *ok = buttons->addButton(tr("That is me"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(u"officerOkButton"_s);
    ok->setEnabled(false);
    ok->setDefault(true);
    QPushButton *later = buttons->addButton(tr("Not now"), QDialogButtonBox::RejectRole);
    later->setObjectName(u"officerLaterButton"_s);
    later->setToolTip(tr("Nothing is stored; you are asked again when you next open the file"));
    connect(m_choices, &QListWidget::currentRowChanged, this, [ok](int row) { ok->setEnabled(row >= 0); });
    connect(m_choices, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addWidget(m_choices, 1);
    layout->addWidget(buttons);
    resize(460, 420);
}

QString OfficerQuestionDialog::chosenOfficer() const
{
    const QListWidgetItem *item = m_choices->currentItem();
    return item && !item->data(kNoneRole).toBool() ? item->text() : QString();
}

bool OfficerQuestionDialog::choseNone() const
{
    const QListWidgetItem *item = m_choices->currentItem();
    return item && item->data(kNoneRole).toBool();
}

bool askWhichOfficer(QWidget *parent, db::OfficeFile &file)
{
    db::AccountLinkRepository links(file);
    const Result<bool> ask = links.shouldAsk();
    if (!ask || !ask.value())
        return false;
    const Result<QStringList> officers = links.knownOfficers();
    if (!officers)
        return false;
    OfficerQuestionDialog dialog(file.account(), file.officeName(), officers.value(), parent);
    if (dialog.exec() != QDialog::Accepted || (dialog.chosenOfficer().isEmpty() && !dialog.choseNone()))
        return false;
    const Status linked = links.link(file.account(), dialog.chosenOfficer());
    if (!linked) {
        showError(parent, QObject::tr("Saving who you are"), linked.error());
        return false;
    }
    return true;
}

} // namespace hub::ui
