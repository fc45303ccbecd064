#pragma once
// The review list of sync conflicts (local_sync_conflict) and resolving one:
// "keep local" or "take theirs" is an ordinary edit through RecordStore, so
// the choice is captured and reaches every other office as a newer version.

#include "core/common/result.h"

#include <QJsonObject>
#include <QString>
#include <QVector>
#include <cstdint>

namespace hub::db
{

class OfficeFile;

struct SyncConflict {
    std::int64_t id = 0;
    QString detectedAt;
    QString kind; // data / notfound / conflict / constraint
    QString table;
    QString rowId; // first key column as text
    QString originOfficeCode;
    std::int64_t originSeq = 0;
    QString localRev;
    QString incomingRev;
    QString winner; // local / theirs
    QJsonObject localRow;
    QJsonObject incomingRow;
    QString status; // open / auto / resolved
    QString note;
    QString resolution; // keep-local / take-theirs
    QString resolvedAt;
    QString resolvedBy;
};

class ConflictRepository
{
public:
    explicit ConflictRepository(OfficeFile &file)
        : m_file(file)
    {
    }

    // Open ones only, or every case including automatic and resolved ones.
    Result<QVector<SyncConflict>> list(bool all = false) const;
    Result<SyncConflict> get(std::int64_t id) const;
    Result<int> openCount() const;

    enum class Keep { Local, Theirs };
    Status resolve(std::int64_t id, Keep keep);

private:
    OfficeFile &m_file;
};

} // namespace hub::db
