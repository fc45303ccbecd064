#pragma once
// Which file a path names right now: device and inode on POSIX, volume
// serial and file ID on Windows. A connection records it on open and checks
// it again before every commit, so a save into a file that was deleted or
// renamed over meanwhile fails loudly instead of "succeeding" into a file
// nobody will ever open again.

#include <QString>
#include <cstdint>

namespace hub::db
{

struct FileIdentity {
    std::uint64_t device = 0;
    std::uint64_t file = 0;
    bool valid = false; // false: the path names nothing (or cannot be asked)

    bool operator==(const FileIdentity &o) const { return valid == o.valid && device == o.device && file == o.file; }
    bool operator!=(const FileIdentity &o) const { return !(*this == o); }
};

FileIdentity identityOf(const QString &path);

} // namespace hub::db
