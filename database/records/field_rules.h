#pragma once
// Which fields of a record an edit may change and what each must hold.
// Checked before any write so bad input changes nothing.

#include "core/common/result.h"

#include <QHash>
#include <QVariantMap>
#include <cstdint>

namespace hub::db {

class OfficeFile;

enum class FieldKind { Text, NonEmptyText, Date, Bool, NonNegativeInt, HubRole, Determination, SpecStatus, ContractType };

using FieldRules = QHash<QString, FieldKind>;

// Validates `changes` against `rules` and normalises values (dates to ISO text).
Result<QVariantMap> checkFields(const QVariantMap &changes, const FieldRules &rules);

// checkFields + one write transaction + optimistic update.
Status updateChecked(OfficeFile &file, const QString &table, const QString &id, std::int64_t expectedVersion,
                     const QVariantMap &changes, const FieldRules &rules);

} // namespace hub::db
