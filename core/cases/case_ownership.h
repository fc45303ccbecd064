#pragma once
// Who owns a case under a CCG's specification: the activity's marker in the
// MoU matrix, or the CCG's own determination where the MoU leaves it open.

#include "core/catalogue/catalogue.h"
#include "core/specification/ccg_specification.h"

#include <QString>

namespace hub
{

// "Hub", "CCG", "Hub supports CCG", or "To be determined" (spec not yet decided).
// No activity (finance queries, MoU concerns) means the Hub owns it.
QString caseOwner(const Catalogue &catalogue, const CcgSpecification *spec, const QString &activityKey);

inline constexpr const char *kOwnerHub = "Hub";
inline constexpr const char *kOwnerCcg = "CCG";
inline constexpr const char *kOwnerHubSupports = "Hub supports CCG";
inline constexpr const char *kOwnerUndetermined = "To be determined";

} // namespace hub
