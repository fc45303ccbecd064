#pragma once
// Print, print preview and PDF export of one CCG's specification, all through
// the one renderer in print/document_printer.h (the same pages everywhere).

#include "core/catalogue/catalogue.h"
#include "core/common/result.h"
#include "core/specification/ccg_specification.h"

#include <QDate>

class QWidget;

namespace hub::ui
{

struct SpecPrintJob {
    const Catalogue &catalogue;
    const Ccg &ccg;
    const CcgSpecification &spec;
    QString user;
    QDate asOf; // the office file's as-of day
};

void previewSpec(QWidget *parent, const SpecPrintJob &job);
void printSpec(QWidget *parent, const SpecPrintJob &job);
Status exportSpecPdf(const QString &path, const SpecPrintJob &job);

// "06A-wolverhampton-specification.pdf".
QString suggestedPdfName(const Ccg &ccg);

} // namespace hub::ui
