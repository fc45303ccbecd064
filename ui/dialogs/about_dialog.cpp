// About dialog.
#include "ui/dialogs/about_dialog.h"

#include "ui/ui_resources.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace hub::ui
{

QString AboutDialog::attributionMarkdown()
{
    initResources();
    QFile f(QStringLiteral(":/data/ATTRIBUTION.md"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("Contains public sector information licensed under the Open Government Licence v3.0.");
    QString text = QString::fromUtf8(f.readAll());
    text.remove(QRegularExpression(QStringLiteral("<!--.*?-->\\s*"), QRegularExpression::DotMatchesEverythingOption));
    return text;
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Hubcase"));

    auto *logo = new QLabel;
    logo->setPixmap(icon(QStringLiteral("hubcase")).pixmap(64, 64));
    logo->setAlignment(Qt::AlignTop);
    const QString version = QCoreApplication::applicationVersion();
    auto *intro = new QLabel(tr(
        "<h2 style='color:#005EB8;margin:0'>Hubcase</h2>"
        "<p>%1MoU register, CCG specifications, cases, finance and reporting for a Primary Care Hub and its CCGs.</p>")
                                 .arg(version.isEmpty() ? QString() : tr("Version %1. ").arg(version)));
    intro->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(logo);
    top->addWidget(intro, 1);

    auto *attribution = new QTextBrowser;
    attribution->setObjectName(QStringLiteral("attribution"));
    attribution->setOpenExternalLinks(true);
    attribution->setMarkdown(attributionMarkdown());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(attribution, 1);
    layout->addWidget(buttons);
    resize(620, 460);
}

} // namespace hub::ui
