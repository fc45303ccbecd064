#pragma once
// A letter merged from an editable template, laid out for print and PDF: the
// Hub's letterhead and the officer's contact, the addressee's name and
// address, the date and our reference, the subject, then the merged body.

#include "database/cases/template_repository.h"
#include "print/document_printer.h"

class QTextDocument;

namespace hub::print
{

// `officeName` heads the letter when the merged letter carries no letterhead.
void buildLetterDocument(QTextDocument &doc, const db::MergedLetter &letter, const QString &officeName);
PageDecoration letterDecoration(const db::MergedLetter &letter, const QString &officeName);

} // namespace hub::print
