#pragma once
// One case on paper: the header (reference, title, CCG, practice, officer,
// owner, status), the two service clocks as of the case's as-of day (with any
// pauses), and the timeline with who recorded each entry. Printed from the
// Cases page and by `hubcase-cli case summary`, through the one renderer.

#include "database/cases/case_rows.h"
#include "print/document_printer.h"

class QTextDocument;

namespace hub::print
{

void buildCaseSummaryDocument(QTextDocument &doc, const db::CaseDetail &detail);
// Header: "<ref> — case summary (<CCG>)"; footer: "Printed <date> by <person> · Hubcase".
PageDecoration caseSummaryDecoration(const db::CaseDetail &detail, const QString &user);
// "WMH-2016-00042-summary.pdf".
QString caseSummaryFileName(const db::CaseDetail &detail);

// Writes the PDF; returns its page count.
Result<int> writeCaseSummaryPdf(const db::CaseDetail &detail, const QString &path, const QString &user);

} // namespace hub::print
