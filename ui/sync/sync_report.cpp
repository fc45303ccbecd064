#include "ui/sync/sync_report.h"

#include "database/sync/sync_service.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QStringList>

namespace hub::ui::syncreport
{

using namespace Qt::StringLiterals;

namespace
{

QString tr(const char *text)
{
    return QCoreApplication::translate("hub::ui::SyncPage", text);
}

} // namespace

QString importLine(const db::ImportSummary &s)
{
    if (s.alreadyImported())
        return tr("%1 from %2: already imported, nothing new.").arg(s.bundle.toHtmlEscaped(), s.officeCode);
    QString line = tr("%1 from %2: %3 applied")
                       .arg(s.bundle.toHtmlEscaped(), s.officeCode,
                           s.changes == 1 ? tr("1 change") : tr("%1 changes").arg(QLocale().toString(s.changes)));
    if (s.conflicts > 0)
        line += u", <b>%1</b>"_s.arg(
            s.conflicts == 1 ? tr("1 conflict to review") : tr("%1 conflicts to review").arg(s.conflicts));
    if (s.autoResolved > 0)
        line += tr(", %1 settled automatically").arg(s.autoResolved);
    return line + QLatin1Char('.');
}

QString refusedLine(const QString &file, const QString &message)
{
    return tr("<span style='color:#DA291C'><b>Refused</b></span> %1: %2")
        .arg(file.toHtmlEscaped(), message.toHtmlEscaped());
}

QString exportLine(const db::ExportSummary &e)
{
    if (e.path.isEmpty())
        return tr("Nothing was waiting to export.");
    return tr("Exported %1 as %2.")
        .arg(e.changes == 1 ? tr("1 change") : tr("%1 changes").arg(QLocale().toString(e.changes)),
            QFileInfo(e.path).fileName().toHtmlEscaped());
}

QString folderSyncHtml(const db::FolderSyncSummary &s)
{
    QStringList lines;
    for (const db::ImportSummary &i : s.imported)
        lines << importLine(i);
    for (const db::RefusedBundle &r : s.refused)
        lines << refusedLine(r.file, r.message);
    if (s.imported.isEmpty() && s.refused.isEmpty())
        lines << (s.bundlesSeen == 0
                ? tr("No bundles from other offices in the exchange folder yet.")
                : tr("Nothing new from the other offices (%1 bundles already imported).").arg(s.bundlesSeen));
    lines << exportLine(s.exported);
    QString head = tr("<b>Synced with the exchange folder.</b>");
    if (!s.refused.isEmpty())
        head = tr("<b>Synced, but %1 could not be imported.</b>")
                   .arg(s.refused.size() == 1 ? tr("1 bundle") : tr("%1 bundles").arg(s.refused.size()));
    return head + u"<br/>"_s + lines.join(u"<br/>"_s);
}

} // namespace hub::ui::syncreport
