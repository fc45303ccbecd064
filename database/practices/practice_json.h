#pragma once
// A stored practice as the JSON `hubcase-cli practices list --json` prints (docs/cli.md).

#include "database/practices/practice_repository.h"

#include <QJsonObject>

namespace hub::db
{

QJsonObject toJson(const StoredPractice &practice);

} // namespace hub::db
