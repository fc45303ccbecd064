// The "someone else changed this" dialog.
#include "ui/dialogs/conflict_dialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace hub::ui
{

QString ConflictDialog::changedByText(const Error &conflict)
{
    const QString who = conflict.current.value(QStringLiteral("updated_by")).toString();
    const QString at = conflict.current.value(QStringLiteral("updated_at")).toString();
    QDateTime when = QDateTime::fromString(at, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(at, Qt::ISODate);
    const QString whenText = when.isValid() ? when.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")) : at;
    return QStringLiteral("This record was changed by %1 at %2")
        .arg(who.isEmpty() ? QStringLiteral("someone else") : who,
            whenText.isEmpty() ? QStringLiteral("an unknown time") : whenText);
}

ConflictDialog::ConflictDialog(const Error &conflict, const QString &what, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Changed by someone else"));

    auto *icon = new QLabel;
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(40, 40));
    icon->setAlignment(Qt::AlignTop);

    auto *headline = new QLabel(QStringLiteral("<b>%1.</b>").arg(changedByText(conflict).toHtmlEscaped()));
    headline->setObjectName(QStringLiteral("conflictHeadline"));
    headline->setWordWrap(true);
    auto *detail = new QLabel(
        tr("%1 was changed after you started editing it, so your change has <b>not</b> been saved.<br/><br/>"
           "<b>Keep their version</b> drops your change and shows theirs.<br/>"
           "<b>Apply mine anyway</b> saves your change over theirs.")
            .arg(what.isEmpty() ? tr("The record") : what.toHtmlEscaped()));
    detail->setWordWrap(true);

    auto *text = new QVBoxLayout;
    text->addWidget(headline);
    text->addWidget(detail);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox;
    QPushButton *keep = buttons->addButton(tr("Keep their version"), QDialogButtonBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepTheirsButton"));
    keep->setDefault(true);
    QPushButton *apply = buttons->addButton(tr("Apply mine anyway"), QDialogButtonBox::AcceptRole);
    apply->setObjectName(QStringLiteral("applyMineButton"));
    apply->setAutoDefault(false);
    connect(keep, &QPushButton::clicked, this, [this] {
        m_choice = ConflictChoice::KeepTheirs;
        reject();
    });
    connect(apply, &QPushButton::clicked, this, [this] {
        m_choice = ConflictChoice::ApplyMine;
        accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

ConflictChoice ConflictDialog::ask(QWidget *parent, const Error &conflict, const QString &what)
{
    ConflictDialog dialog(conflict, what, parent);
    dialog.exec();
    return dialog.choice();
}

ConflictResolver ConflictDialog::resolverFor(QWidget *parent)
{
    return [parent](const Error &conflict) { return ask(parent, conflict); };
}

} // namespace hub::ui
