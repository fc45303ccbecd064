#pragma once
// The sections of both seeds the register shows in their own words
// (resources/catalogue/mou-clauses.json): reading them, and the codes of their blocks.

#include "core/catalogue/catalogue.h"

namespace hub
{

QString clauseBlockKindCode(ClauseBlockKind kind); // "paragraph", "item", "subitem", "footnote", "note"
bool clauseBlockKindFromCode(const QString &code, ClauseBlockKind *out);

// Errors name the source and the JSON path of the bad value ("clauses[3].blocks[2].kind").
Result<QVector<MouClause>> parseClausesJson(const QByteArray &json, const QString &sourceName);

} // namespace hub
