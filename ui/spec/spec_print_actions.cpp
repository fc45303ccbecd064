// Specification printing glue (QPrinter / QPrintPreviewDialog / PDF).
#include "ui/spec/spec_print_actions.h"

#include "print/document_printer.h"
#include "print/spec_document.h"

#include <QPageLayout>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QTextDocument>

namespace hub::ui
{

using namespace hub::print;

namespace
{

void setUpA4(QPrinter &printer, const SpecPrintJob &job)
{
    printer.setPageLayout(QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    printer.setDocName(QStringLiteral("%1 specification").arg(job.ccg.code));
}

void paint(QPrinter *printer, const SpecPrintJob &job)
{
    QTextDocument doc;
    buildSpecDocument(doc, job.catalogue, job.ccg, job.spec, job.asOf);
    renderDocument(doc, *printer, specDecoration(job.ccg, job.user));
}

} // namespace

void previewSpec(QWidget *parent, const SpecPrintJob &job)
{
    QPrinter printer(QPrinter::HighResolution);
    setUpA4(printer, job);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("printPreviewDialog"));
    dialog.setWindowTitle(QStringLiteral("Print preview — %1").arg(job.ccg.name));
    dialog.resize(900, 1000);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&job](QPrinter *p) { paint(p, job); });
    dialog.exec();
}

void printSpec(QWidget *parent, const SpecPrintJob &job)
{
    QPrinter printer(QPrinter::HighResolution);
    setUpA4(printer, job);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(QStringLiteral("Print %1 specification").arg(job.ccg.code));
    if (dialog.exec() == QDialog::Accepted)
        paint(&printer, job);
}

Status exportSpecPdf(const QString &path, const SpecPrintJob &job)
{
    QTextDocument doc;
    buildSpecDocument(doc, job.catalogue, job.ccg, job.spec, job.asOf);
    return writePdf(doc, path, specDecoration(job.ccg, job.user),
        QStringLiteral("%1 — Primary Care Hub functions specification").arg(job.ccg.name));
}

QString suggestedPdfName(const Ccg &ccg)
{
    QString slug = (ccg.shortName.isEmpty() ? ccg.name : ccg.shortName).toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return QStringLiteral("%1-%2-specification.pdf").arg(ccg.code, slug);
}

} // namespace hub::ui
