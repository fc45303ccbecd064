#include "database/sqlite/storage_location.h"

#include <QFileInfo>
#include <QStorageInfo>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace hub::db
{

StorageKind storageKindOf(const QString &path)
{
    const QString native = QFileInfo(path).absoluteFilePath();
    if (native.startsWith(QStringLiteral("//")) || native.startsWith(QStringLiteral("\\\\")))
        return StorageKind::NetworkShare; // UNC path: \\server\share
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    const QByteArray fs = storage.fileSystemType().toLower();
    for (const char *networkFs :
        { "nfs", "nfs4", "cifs", "smb", "smbfs", "smb3", "fuse.sshfs", "9p", "afs", "ncpfs" }) {
        if (fs == networkFs)
            return StorageKind::NetworkShare;
    }
#ifdef Q_OS_WIN
    // A mapped drive letter (H:) reports NTFS; only the drive type tells.
    const QString root = storage.rootPath();
    if (GetDriveTypeW(reinterpret_cast<LPCWSTR>(root.utf16())) == DRIVE_REMOTE)
        return StorageKind::NetworkShare;
#endif
    return StorageKind::Local;
}

QString storageKindName(StorageKind kind)
{
    return kind == StorageKind::NetworkShare ? QStringLiteral("network share") : QStringLiteral("local");
}

} // namespace hub::db
