#pragma once
// Stable JSON shapes of the MoU register for `hubcase-cli ... --json`
// (documented in docs/cli.md; dates ISO 8601, money integer pence).

#include "core/catalogue/catalogue.h"
#include "core/specification/ccg_specification.h"
#include "database/practices/practice_repository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hubcli {

QJsonObject toJson(const hub::Catalogue &catalogue);
QJsonObject toJson(const hub::Ccg &ccg, int practiceCount);
QJsonObject toJson(const hub::db::StoredPractice &practice);
QJsonObject toJson(const hub::CcgSpecification &spec);
QJsonValue isoDate(const QDate &date);

} // namespace hubcli
