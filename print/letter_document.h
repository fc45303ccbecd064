#pragma once
// An acknowledgement or holding letter merged from an editable template,
// laid out for print and PDF.

#include "database/cases/template_repository.h"
#include "print/document_printer.h"

class QTextDocument;

namespace hub::print {

void buildLetterDocument(QTextDocument &doc, const db::MergedLetter &letter, const QString &officeName);
PageDecoration letterDecoration(const db::MergedLetter &letter, const QString &officeName);

} // namespace hub::print
