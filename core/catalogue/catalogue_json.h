#pragma once
// The MoU catalogue as JSON, both ways: the reader of the shipped catalogue
// (resources/catalogue/mou-catalogue.json, errors naming the field) and the
// stable shapes `hubcase-cli ... --json` prints (docs/cli.md; dates ISO 8601,
// money integer pence). Reader: catalogue_json_reader.cpp; writer:
// catalogue_json_writer.cpp.

#include "core/catalogue/catalogue.h"
#include "core/specification/ccg_specification.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

namespace hub
{

// The catalogue shipped with Hubcase (":/catalogue/mou-catalogue.json").
Result<Catalogue> loadBuiltInCatalogue();
Result<Catalogue> parseCatalogueJson(const QByteArray &json, const QString &sourceName);

QJsonObject toJson(const Catalogue &catalogue);
// One activity as `catalogue --json` lists it under its function.
QJsonObject toJson(const Activity &activity);
// currentLevel: the level in force on `asOf` (core/catalogue/current_level.h), null when none is.
QJsonObject toJson(const Ccg &ccg, int practiceCount, const QDate &asOf);
QJsonObject toJson(const CcgSpecification &spec);
// An ISO 8601 date, or null when the date is not set.
QJsonValue isoDate(const QDate &date);

} // namespace hub
