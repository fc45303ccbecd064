#include "database/sqlite/file_identity.h"

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <sys/stat.h>
#endif

namespace hub::db
{

FileIdentity identityOf(const QString &path)
{
    FileIdentity id;
#ifdef Q_OS_WIN
    // No access rights needed to read the file ID; share everything so an
    // open office file (or one being renamed) is not disturbed.
    const HANDLE h = CreateFileW(reinterpret_cast<const wchar_t *>(path.utf16()), 0,
        FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS,
        nullptr);
    if (h == INVALID_HANDLE_VALUE)
        return id;
    BY_HANDLE_FILE_INFORMATION info;
    if (GetFileInformationByHandle(h, &info)) {
        id.device = info.dwVolumeSerialNumber;
        id.file = (std::uint64_t(info.nFileIndexHigh) << 32) | info.nFileIndexLow;
        id.valid = true;
    }
    CloseHandle(h);
#else
    struct stat st;
    if (::stat(path.toUtf8().constData(), &st) == 0) {
        id.device = std::uint64_t(st.st_dev);
        id.file = std::uint64_t(st.st_ino);
        id.valid = true;
    }
#endif
    return id;
}

} // namespace hub::db
