#pragma once
// Where the office file lives: a local disk or a network share. SQLite's
// locking is only as good as the file system's, so the app says which.

#include <QString>

namespace hub::db
{

enum class StorageKind { Local, NetworkShare };

StorageKind storageKindOf(const QString &path);
QString storageKindName(StorageKind kind); // "local" / "network share"

} // namespace hub::db
