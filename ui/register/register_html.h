#pragma once
// Read-only HTML views of the MoU register for QTextBrowser: one agreement
// (terms, parties, purposes, principles, signatories, escalation, Resolution
// Panel) and the service standards with their exclusions.

#include "core/catalogue/catalogue.h"

#include <QString>

namespace hub::ui
{

QString agreementHtml(const Agreement &agreement, const Catalogue &catalogue);
QString standardsHtml(const Catalogue &catalogue);

} // namespace hub::ui
