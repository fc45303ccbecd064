#pragma once
// The printable functions specification of one CCG: the full responsibility
// matrix with that CCG's determinations, and the "Approved by" signature block.

#include "core/catalogue/catalogue.h"
#include "core/specification/ccg_specification.h"
#include "print/document_printer.h"

class QTextDocument;

namespace hub::print {

void buildSpecDocument(QTextDocument &doc, const Catalogue &catalogue, const Ccg &ccg, const CcgSpecification &spec);
PageDecoration specDecoration(const Ccg &ccg, const QString &user);

} // namespace hub::print
