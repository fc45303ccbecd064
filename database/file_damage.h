#pragma once
// A damaged office file is never written. Damage found by any check (the
// open-time check, `check`, a backup whose copy did not verify) is recorded
// beside the file as "<file>.damaged", so every later open on any desktop
// opens it read-only at once, without re-checking, until it is restored or a
// full integrity_check finds it sound again. The record names the file it
// describes (identity, size, modification time): if the file has changed
// since, the record is re-checked rather than trusted.

#include "core/common/result.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace hub::db
{

class Connection;

struct DamageRecord {
    QString finding; // integrity_check's first finding, in SQLite's words
    QString foundBy; // "open", "check", "backup"
    QDateTime foundAt; // UTC
    bool stillDescribesFile = false; // the file is the one the record was written about
};

QString damageRecordPath(const QString &officePath);
std::optional<DamageRecord> readDamageRecord(const QString &officePath);
// Best effort: a folder that cannot be written cannot be saved to either.
bool recordDamage(const QString &officePath, const QString &finding, const QString &foundBy);
void clearDamageRecord(const QString &officePath);

// The check run on every open: "ok" or the first finding. quick_check
// (every page, every record, no index-to-table cross-check) plus, for files
// up to kFullCheckOnOpenBytes, the full integrity_check that also proves
// each index matches its table (docs/shared-file.md gives the costs).
inline constexpr qint64 kFullCheckOnOpenBytes = 64LL * 1024 * 1024;
QString openTimeCheck(const Connection &connection, qint64 fileBytes);

// The user's words for a write refused because the file is damaged.
QString damagedFileMessage(const QString &officePath, const QString &finding);
// That refusal: ErrorCode::Corrupt, marked so callers (the CLI's exit code 6)
// can tell "nothing was written because the file is damaged" from damage met
// while reading.
Error damagedFileRefusal(const QString &officePath, const QString &finding);
bool isDamagedFileRefusal(const Error &error);

} // namespace hub::db
