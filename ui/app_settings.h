#pragma once
// The user's remembered preferences: one QSettings store (org "Hubcase",
// app "Hubcase") and the keys the screens use, in one place.

#include <QByteArray>
#include <QString>

class QHeaderView;

namespace hub::ui::settings
{

inline constexpr const char *kOrganisation = "Hubcase";
inline constexpr const char *kApplication = "Hubcase";

// Keys.
inline constexpr const char *kLastFile = "session/lastFile";
inline constexpr const char *kLastPage = "session/lastPage2"; // v2: My work and Cases come first
inline constexpr const char *kWindowGeometry = "mainWindow/geometry";
inline constexpr const char *kWindowState = "mainWindow/state";
inline constexpr const char *kLastFolder = "session/lastFolder";

QString lastFile();
void setLastFile(const QString &path);
QString lastFolder();
void setLastFolder(const QString &folder);

// The backup folder last seen in an office file, remembered on this desktop so
// a restore can still be offered when the file itself is too damaged to say.
QString backupFolderFor(const QString &officePath);
void setBackupFolderFor(const QString &officePath, const QString &folder);

QByteArray value(const QString &key);
void setValue(const QString &key, const QByteArray &data);
QString text(const QString &key);
void setText(const QString &key, const QString &text);

// Restores a table header's layout (widths, order, sort) saved under `name`
// and saves it again, shortly after each change. Call once the view has its model.
void rememberHeaderState(QHeaderView *header, const QString &name);

} // namespace hub::ui::settings
