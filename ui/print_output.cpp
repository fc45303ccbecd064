#include "ui/print_output.h"

#include "print/list_document.h"
#include "print/list_workbook.h"
#include "ui/app_settings.h"
#include "ui/dialogs/error_message.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QTextDocument>

namespace hub::ui
{

using namespace Qt::StringLiterals;

namespace
{

SaveFileChooser &saveChooser()
{
    static SaveFileChooser chooser;
    return chooser;
}

PrinterChooser &printerChooser()
{
    static PrinterChooser chooser;
    return chooser;
}

QString askWhere(QWidget *parent, const QString &caption, const QString &fileName, const QString &filter)
{
    const QString folder = settings::lastFolder().isEmpty() ? QDir::homePath() : settings::lastFolder();
    const QString suggested = QDir(folder).filePath(fileName);
    const QString path = saveChooser() ? saveChooser()(parent, caption, suggested, filter)
                                       : QFileDialog::getSaveFileName(parent, caption, suggested, filter);
    if (!path.isEmpty())
        settings::setLastFolder(QFileInfo(path).absolutePath());
    return path;
}

void setUpA4(QPrinter &printer, const DocumentJob &job)
{
    printer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), job.orientation, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    printer.setDocName(job.title);
}

void paint(QPrinter *printer, const DocumentJob &job)
{
    QTextDocument doc;
    job.build(doc);
    print::renderDocument(doc, *printer, job.decoration);
}

QString dated(const QString &stem, const QString &extension)
{
    return u"%1-%2.%3"_s.arg(stem, QDate::currentDate().toString(u"yyyy-MM-dd"_s), extension);
}

} // namespace

DocumentJob listJob(const ListTable &table, const QString &officeName, const QString &user)
{
    DocumentJob job;
    job.what = QObject::tr("list");
    job.title = table.title;
    job.fileName = dated(listFileStem(table.title), u"pdf"_s);
    job.decoration = print::listDecoration(table, officeName, user);
    job.orientation = print::listOrientation(table);
    job.build = [table](QTextDocument &doc) { print::buildListDocument(doc, table); };
    return job;
}

Status writeList(
    const ListTable &table, ListFormat format, const QString &path, const QString &officeName, const QString &user)
{
    switch (format) {
    case ListFormat::Xlsx:
        return print::writeListWorkbook(table, path);
    case ListFormat::Pdf: {
        const Result<int> pages = print::writeListPdf(table, path, officeName, user);
        return pages ? Status() : Status(pages.error());
    }
    case ListFormat::Csv:
        return writeFileBytes(path, listTableCsv(table));
    }
    return {};
}

Status writeFileBytes(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) < 0 || !f.commit())
        return makeError(ErrorCode::Io, u"Cannot write %1: %2"_s.arg(QDir::toNativeSeparators(path), f.errorString()));
    return {};
}

void setSaveFileChooser(SaveFileChooser chooser)
{
    saveChooser() = std::move(chooser);
}

void setPrinterChooser(PrinterChooser chooser)
{
    printerChooser() = std::move(chooser);
}

void previewDocument(QWidget *parent, const DocumentJob &job)
{
    QPrinter printer(QPrinter::HighResolution);
    setUpA4(printer, job);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(u"printPreviewDialog"_s);
    dialog.setWindowTitle(QObject::tr("Print preview — %1").arg(job.title));
    dialog.resize(900, 1000);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&job](QPrinter *p) { paint(p, job); });
    dialog.exec();
}

bool printDocument(QWidget *parent, const DocumentJob &job)
{
    QPrinter printer(QPrinter::HighResolution);
    setUpA4(printer, job);
    bool chosen = false;
    if (printerChooser()) {
        chosen = printerChooser()(parent, printer);
    } else {
        QPrintDialog dialog(&printer, parent);
        dialog.setObjectName(u"printDialog"_s);
        dialog.setWindowTitle(QObject::tr("Print %1").arg(job.title));
        chosen = dialog.exec() == QDialog::Accepted;
    }
    if (chosen)
        paint(&printer, job);
    return chosen;
}

QString exportDocumentPdf(QWidget *parent, const DocumentJob &job)
{
    const QString path = askWhere(parent, QObject::tr("Export PDF"), job.fileName, QObject::tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return {};
    QTextDocument doc;
    job.build(doc);
    const Status written = print::writePdf(doc, path, job.decoration, job.title, job.orientation);
    if (!written) {
        showError(parent, QObject::tr("Exporting the PDF"), written.error());
        return {};
    }
    return path;
}

QString exportList(
    QWidget *parent, const ListTable &table, ListFormat format, const QString &officeName, const QString &user)
{
    const QString stem = listFileStem(table.title);
    QString path;
    switch (format) {
    case ListFormat::Xlsx:
        path = askWhere(parent, QObject::tr("Export the list to Excel"), dated(stem, u"xlsx"_s),
            QObject::tr("Excel workbooks (*.xlsx)"));
        break;
    case ListFormat::Csv:
        path = askWhere(
            parent, QObject::tr("Export the list to CSV"), dated(stem, u"csv"_s), QObject::tr("CSV files (*.csv)"));
        break;
    case ListFormat::Pdf:
        path = askWhere(
            parent, QObject::tr("Export the list as PDF"), dated(stem, u"pdf"_s), QObject::tr("PDF files (*.pdf)"));
        break;
    }
    if (path.isEmpty())
        return {};
    const Status written = writeList(table, format, path, officeName, user);
    if (!written) {
        showError(parent, QObject::tr("Exporting the list"), written.error());
        return {};
    }
    return path;
}

QString exportFile(QWidget *parent, const QString &caption, const QString &fileName, const QString &filter,
    const std::function<Status(const QString &path)> &write, const QString &action)
{
    const QString path = askWhere(parent, caption, fileName, filter);
    if (path.isEmpty())
        return {};
    const Status written = write(path);
    if (!written) {
        showError(parent, action, written.error());
        return {};
    }
    return path;
}

} // namespace hub::ui
