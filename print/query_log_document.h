#pragma once
// The printable monthly summary log of queries for one CCG: totals,
// compliance against the 5- and 20-working-day standards, every query, and
// the excluded (clock stopped) ones in their own section.

#include "core/cases/query_log.h"
#include "print/document_printer.h"

class QTextDocument;

namespace hub::print
{

void buildQueryLogDocument(QTextDocument &doc, const QueryLog &log);
PageDecoration queryLogDecoration(const QueryLog &log, const QString &user);

} // namespace hub::print
