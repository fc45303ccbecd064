#pragma once
// Print, print preview and PDF for any page's document or list, through the
// one renderer (print/document_printer.h), and the list exports (XLSX, CSV).
// Where to save and which printer are asked through two replaceable choosers,
// so tests drive the same code without modal dialogs.

#include "core/common/list_table.h"
#include "core/common/result.h"
#include "print/document_printer.h"

#include <QPageLayout>
#include <functional>

class QPrinter;
class QTextDocument;
class QWidget;

namespace hub::ui
{

// Something a page prints: a case summary, a specification, a list.
struct DocumentJob {
    QString what; // for menus: "case summary" -> "Print case summary…"
    QString title; // the PDF's title and the preview window's
    QString fileName; // suggested PDF file name
    print::PageDecoration decoration;
    std::function<void(QTextDocument &)> build;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
};

// A list printed as shown (print/list_document.h).
DocumentJob listJob(const ListTable &table, const QString &officeName, const QString &user);

enum class ListFormat { Xlsx, Csv, Pdf };
// Writes the list to `path` in `format`.
Status writeList(
    const ListTable &table, ListFormat format, const QString &path, const QString &officeName, const QString &user);

// Writes `bytes` to `path` all-or-nothing (QSaveFile): a CSV, say.
Status writeFileBytes(const QString &path, const QByteArray &bytes);

// Test seams: null restores the real dialogs.
using SaveFileChooser
    = std::function<QString(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter)>;
void setSaveFileChooser(SaveFileChooser chooser);
using PrinterChooser = std::function<bool(QWidget *parent, QPrinter &printer)>;
void setPrinterChooser(PrinterChooser chooser);

void previewDocument(QWidget *parent, const DocumentJob &job);
// Asks for a printer and prints; false when cancelled.
bool printDocument(QWidget *parent, const DocumentJob &job);
// Asks where and writes the PDF; the path written, or empty (cancelled, or
// the error was shown).
QString exportDocumentPdf(QWidget *parent, const DocumentJob &job);
// Asks where and writes the list as XLSX / CSV / PDF; the path, or empty.
QString exportList(
    QWidget *parent, const ListTable &table, ListFormat format, const QString &officeName, const QString &user);

// Asks where (suggesting `fileName` in the last folder used) and hands the
// path to `write`, the document's own writer (a query log's workbook or
// CSV); the path written, or empty (cancelled, or the error shown under `action`).
QString exportFile(QWidget *parent, const QString &caption, const QString &fileName, const QString &filter,
    const std::function<Status(const QString &path)> &write, const QString &action);

} // namespace hub::ui
