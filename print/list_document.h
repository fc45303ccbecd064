#pragma once
// A list printed as shown on screen: its title, what it is limited to, and one
// table (header repeated on every page, a row never split across pages),
// through the one renderer (document_printer.h). Wide lists go landscape.

#include "core/common/list_table.h"
#include "print/document_printer.h"

class QTextDocument;

namespace hub::print
{

void buildListDocument(QTextDocument &doc, const ListTable &table);
// Header: "<office> — <list title>"; footer: "Printed <date> by <person> · Hubcase".
PageDecoration listDecoration(const ListTable &table, const QString &officeName, const QString &user);
// Landscape when the list has more columns than a portrait page holds comfortably.
QPageLayout::Orientation listOrientation(const ListTable &table);

// Writes the PDF; returns its page count.
Result<int> writeListPdf(const ListTable &table, const QString &path, const QString &officeName, const QString &user);

} // namespace hub::print
