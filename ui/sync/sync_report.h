#pragma once
// What the Office sync page reports after an import, an export or a sync
// with the exchange folder: one line per bundle, as HTML.

#include <QString>

namespace hub::db
{
struct ExportSummary;
struct FolderSyncSummary;
struct ImportSummary;
}

namespace hub::ui::syncreport
{

QString importLine(const db::ImportSummary &summary);
QString refusedLine(const QString &file, const QString &message);
QString exportLine(const db::ExportSummary &summary);
// The heading and one line per bundle of a sync with the exchange folder.
QString folderSyncHtml(const db::FolderSyncSummary &summary);

} // namespace hub::ui::syncreport
