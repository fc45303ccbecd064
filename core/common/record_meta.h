#pragma once
// Bookkeeping every stored record carries: its key and the version an editor
// started from, so a save can be refused when someone else got there first.

#include <QString>
#include <cstdint>

namespace hub
{

struct RecordMeta {
    QString id;
    std::int64_t version = 0; // row_version; 0 = not stored yet
    QString updatedBy;
    QString updatedAt; // UTC, ISO 8601
};

} // namespace hub
