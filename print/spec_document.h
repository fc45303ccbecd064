#pragma once
// The printable functions specification of one CCG: the full responsibility
// matrix with that CCG's determinations, and the "Approved by" signature
// block (kept on one page). The same document is previewed, printed and
// exported (print/document_printer.h).

#include "core/catalogue/catalogue.h"
#include "core/specification/ccg_specification.h"
#include "print/document_printer.h"

#include <QDate>

class QTextDocument;

namespace hub::print
{

// `asOf`: the office file's as-of day, for the CCG's current co-commissioning level.
void buildSpecDocument(
    QTextDocument &doc, const Catalogue &catalogue, const Ccg &ccg, const CcgSpecification &spec, const QDate &asOf);
PageDecoration specDecoration(const Ccg &ccg, const QString &user);

} // namespace hub::print
