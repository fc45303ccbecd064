#pragma once
// One entry point for practice lists: detects epraccur or payments format and parses it.

#include "core/common/result.h"
#include "core/practices/epraccur_parser.h"
#include "core/practices/practice.h"

#include <QByteArray>
#include <QString>

namespace hub
{

// The filters apply to epraccur only: payments files list GP practices alone and carry no status.
using PracticeImportOptions = EpraccurOptions;

// sourceName is what errors report as the file (a file name, or ":/data/..." for a resource).
Result<PracticeImport> parsePracticeBytes(
    const QByteArray &bytes, const QString &sourceName, const PracticeImportOptions &options = {});

// The largest real list is 3.8 MB; a file over this is refused before it is read into memory.
inline constexpr qint64 kMaxPracticeFileBytes = 64ll * 1024 * 1024;

Result<PracticeImport> parsePracticeFile(const QString &path, const PracticeImportOptions &options = {});

} // namespace hub
