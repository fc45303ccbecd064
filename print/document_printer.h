#pragma once
// One renderer for print preview, paper and PDF: lays a QTextDocument out on
// A4 pages with a running header and "Page n of m" footer.
//
// Every document is laid out once, on a fixed reference device (A4, 15 mm
// margins, kLayoutDpi, design metrics) and then painted scaled onto whatever
// device asked: a preview at the printer's 1200 dpi, a PDF at 300 dpi and a
// paper printer all break pages in the same places. Ranges marked with the
// anchors kKeepStart ... kKeepEnd (a signature block) never split across
// pages: one that would starts on a new page instead.

#include "core/common/result.h"

#include <QPageLayout>
#include <QPair>
#include <QString>
#include <QVector>

class QPagedPaintDevice;
class QTextDocument;

namespace hub::print
{

struct PageDecoration {
    QString header; // left of the header rule, e.g. "NHS Wolverhampton CCG — MoU specification"
    QString footer; // left of the footer, e.g. "Printed 23/11/2026 by a.patel"
};

// The resolution of the reference layout (device pixels per inch).
inline constexpr int kLayoutDpi = 1200;

// Anchor names (<a name="…"></a>) around a range that must stay on one page.
inline constexpr const char *kKeepStart = "hubcase-keep-start";
inline constexpr const char *kKeepEnd = "hubcase-keep-end";

// HTML for the two anchors.
QString keepTogetherStart();
QString keepTogetherEnd();

// Lays `doc` out on the reference A4 page (idempotent) and keeps marked
// ranges together. renderDocument() and writePdf() call it; tests may too.
void layOutForPrint(QTextDocument &doc, QPageLayout::Orientation orientation = QPageLayout::Portrait);

// After layOutForPrint: the page (0-based) showing the text at `position`.
int pageOfPosition(const QTextDocument &doc, int position);

// After layOutForPrint: the document positions of every kept range (start, end).
QVector<QPair<int, int>> keptRanges(const QTextDocument &doc);

// Paints every page of `doc` onto `device` (a QPrinter or QPdfWriter already
// set up for A4, either orientation); returns the number of pages painted.
int renderDocument(QTextDocument &doc, QPagedPaintDevice &device, const PageDecoration &decoration);

// Writes a PDF file (A4, portrait unless asked, 15 mm margins, 300 dpi).
Status writePdf(QTextDocument &doc, const QString &path, const PageDecoration &decoration, const QString &title,
    QPageLayout::Orientation orientation = QPageLayout::Portrait);
// The same, saying how many pages were written.
Result<int> writePdfPages(QTextDocument &doc, const QString &path, const PageDecoration &decoration,
    const QString &title, QPageLayout::Orientation orientation = QPageLayout::Portrait);

// Body font shared by every printed document (Liberation Sans: Arial metrics on every platform).
QString printFontFamily();

} // namespace hub::print
