// "Why this date?" dialog.
#include "ui/cases/why_dialog.h"

#include "ui/widgets/tab_order.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace hub::ui
{

WhyDialog::WhyDialog(const QString &title, const QStringList &lines, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("whyDialog"));
    setWindowTitle(tr("Why this date?"));
    auto *heading = new QLabel(QStringLiteral("<span style='font-size:12pt;font-weight:600;color:#005EB8'>%1</span>")
                                   .arg(title.toHtmlEscaped()));
    heading->setWordWrap(true);
    auto *list = new QListWidget;
    list->setObjectName(QStringLiteral("whyLines"));
    stopTabTrap(list);
    list->setWordWrap(true);
    list->setAlternatingRowColors(true);
    for (int i = 0; i < lines.size(); ++i) {
        auto *item = new QListWidgetItem(lines[i], list);
        if (i == 0 || i == lines.size() - 1) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        } else if (lines[i].contains(QStringLiteral("not counted"))) {
            item->setForeground(QColor(QStringLiteral("#768692")));
        }
    }
    if (lines.isEmpty())
        new QListWidgetItem(tr("This clock does not apply to the case's service standard."), list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    resize(760, 560);
}

} // namespace hub::ui
