#pragma once
// How a CCG's specification names itself: its version line (each CCG's copy
// names that CCG, not the CCG whose copy of the MoU was transcribed), and the
// reason an agreed specification is locked.

#include "core/catalogue/catalogue.h"
#include "core/specification/ccg_specification.h"

#include <QDate>
#include <QString>

namespace hub
{

// The agreement's version number without the name of the CCG whose copy it
// was: "1.0 Wolverhampton CCG" -> "1.0".
QString agreementVersionNumber(const QString &version);

// "Version 1.0 Walsall CCG": the version number and this CCG's own name.
QString specVersionLabel(const QString &agreementVersion, const Ccg &ccg);

// The day an agreed specification took effect: the later signature date
// (null while a date is missing).
QDate specAgreedOn(const CcgSpecification &spec);

// "Agreed 15/02/2016 by Sarah Okafor and Andy Williams"; empty for a draft.
QString specAgreedText(const CcgSpecification &spec);

} // namespace hub
