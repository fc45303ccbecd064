#pragma once
// A ready-to-use demo office file: the MoU catalogue, the 14 West Midlands
// CCGs with named leads, and their 687 real practices (2015-16 payments file).

#include "core/common/result.h"

#include <QString>

namespace hub::db {

struct DemoSummary {
    int practices = 0;
    int ccgs = 0;
    int cases = 0;      // the generated case history (database/demo/case_history_generator.h)
};

Result<DemoSummary> createDemoOffice(const QString &path, const QString &officeCode = QStringLiteral("WMH"));

} // namespace hub::db
