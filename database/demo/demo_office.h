#pragma once
// A ready-to-use demo office file: the MoU catalogue, the 14 West Midlands
// CCGs with named leads, and their 687 real practices (2015-16 payments file).

#include "core/common/result.h"

#include <QString>
#include <functional>

namespace hub::db
{

struct DemoSummary {
    int practices = 0;
    int ccgs = 0;
    int cases = 0; // the generated case history (database/demo/case_history_generator.h)
};

// Told after each part of the demo is written: "practices", "leads", "cases", "as-of".
using DemoProgress = std::function<void(const QString &stage)>;

// Built complete under a temporary name and then renamed (OfficeFile::create),
// so a failed or killed run leaves no file at `path`.
Result<DemoSummary> createDemoOffice(
    const QString &path, const QString &officeCode = QStringLiteral("WMH"), const DemoProgress &progress = {});

} // namespace hub::db
