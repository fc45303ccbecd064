#include "ui/session/damaged_file_banner.h"

#include "database/backup/backup_folder.h"
#include "database/office_file.h"
#include "ui/app_settings.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace hub::ui
{

DamagedFileBanner::DamagedFileBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("damagedFileBanner"));
    setStyleSheet(QStringLiteral("#damagedFileBanner { background:#D5281B; border-bottom:1px solid #8A1A11; } "
                                 "#damagedFileBanner QLabel { color:#FFFFFF; font-weight:600; }"));
    m_text = new QLabel;
    m_text->setObjectName(QStringLiteral("damagedFileText"));
    m_text->setWordWrap(true);
    m_restore = new QPushButton(tr("Restore a backup…"));
    m_restore->setObjectName(QStringLiteral("restoreDamagedButton"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_restore);
    connect(m_restore, &QPushButton::clicked, this, &DamagedFileBanner::restoreRequested);
    hide();
}

void DamagedFileBanner::showFor(const db::OfficeFile *file)
{
    if (!file || !file->isDamaged()) {
        hide();
        return;
    }
    const QString folder = settings::backupFolderFor(file->path());
    const QString latest = folder.isEmpty() ? QString() : db::latestBackup(folder);
    QString text = tr("This office file is damaged (%1). It is open read-only and Hubcase will not change it.")
                       .arg(file->damage());
    if (!latest.isEmpty()) {
        text += QLatin1Char(' ') + tr("The newest verified backup is %1.").arg(QFileInfo(latest).fileName());
        m_restore->setText(tr("Restore the newest backup…"));
    } else {
        m_restore->setText(tr("Restore a backup…"));
    }
    m_text->setText(text);
    show();
}

QString DamagedFileBanner::text() const
{
    return m_text->text();
}

} // namespace hub::ui
