// Letter printing glue (QPrintPreviewDialog / PDF).
#include "ui/cases/case_letter_actions.h"

#include "print/document_printer.h"
#include "print/letter_document.h"

#include <QPageLayout>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

namespace hub::ui
{

using namespace hub::print;

void previewCaseLetter(QWidget *parent, const db::MergedLetter &letter, const QString &officeName)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    printer.setDocName(QStringLiteral("%1 letter").arg(letter.ref));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("printPreviewDialog"));
    dialog.setWindowTitle(
        QObject::tr("Print preview — %1").arg(letter.subject.isEmpty() ? letter.ref : letter.subject));
    dialog.resize(900, 1000);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter *p) {
        QTextDocument doc;
        buildLetterDocument(doc, letter, officeName);
        renderDocument(doc, *p, letterDecoration(letter, officeName));
    });
    dialog.exec();
}

Status saveCaseLetterPdf(const QString &path, const db::MergedLetter &letter, const QString &officeName)
{
    QTextDocument doc;
    buildLetterDocument(doc, letter, officeName);
    return writePdf(doc, path, letterDecoration(letter, officeName),
        letter.subject.isEmpty() ? letter.ref : QStringLiteral("%1 — %2").arg(letter.ref, letter.subject));
}

QString suggestedLetterFileName(const db::MergedLetter &letter, const QString &templateKey)
{
    return QStringLiteral("%1-%2.pdf").arg(letter.ref, templateKey.isEmpty() ? QStringLiteral("letter") : templateKey);
}

} // namespace hub::ui
