#pragma once
// One renderer for print preview, paper and PDF: lays a QTextDocument out on
// A4 pages with a running header and "Page n of m" footer.

#include "core/common/result.h"

#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace hub::print {

struct PageDecoration {
    QString header;     // left of the header rule, e.g. "NHS Wolverhampton CCG — MoU specification"
    QString footer;     // left of the footer, e.g. "Printed 23/11/2026 by a.patel"
};

// Paints every page of `doc` onto `device` (a QPrinter or QPdfWriter already set up for A4).
void renderDocument(QTextDocument &doc, QPagedPaintDevice &device, const PageDecoration &decoration);

// Writes a PDF file (A4 portrait, 15 mm margins, 300 dpi).
Status writePdf(QTextDocument &doc, const QString &path, const PageDecoration &decoration, const QString &title);

// Body font shared by every printed document (Liberation Sans: Arial metrics on every platform).
QString printFontFamily();

} // namespace hub::print
