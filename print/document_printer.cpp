#include "print/document_printer.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QFontDatabase>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace hub::print {

QString printFontFamily()
{
    const QStringList families = QFontDatabase::families();
    for (const char *f : {"Liberation Sans", "Arial", "Helvetica"}) {
        if (families.contains(QString::fromLatin1(f)))
            return QString::fromLatin1(f);
    }
    return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
}

void renderDocument(QTextDocument &doc, QPagedPaintDevice &device, const PageDecoration &decoration)
{
    QPainter painter(&device);
    const QRectF page = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const qreal pt = device.logicalDpiX() / 72.0;   // device pixels per point
    const qreal band = 16 * pt;                   // header/footer bands

    // Lay the document out in device pixels so point sizes print true.
    doc.documentLayout()->setPaintDevice(&device);
    QFont base(printFontFamily());
    base.setPointSizeF(10);
    doc.setDefaultFont(base);
    const QRectF body(0, band, page.width(), page.height() - 2 * band);
    doc.setPageSize(body.size());
    const int pages = doc.pageCount();

    QFont small(printFontFamily());
    small.setPointSizeF(8);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device.newPage();
        painter.setFont(small);
        painter.setPen(QPen(Qt::darkGray, 0.5 * pt));
        painter.drawText(QRectF(0, 0, page.width(), band - 4 * pt), Qt::AlignLeft | Qt::AlignBottom, decoration.header);
        painter.drawLine(QPointF(0, band - 2 * pt), QPointF(page.width(), band - 2 * pt));
        const qreal footTop = page.height() - band + 4 * pt;
        painter.drawLine(QPointF(0, footTop - 2 * pt), QPointF(page.width(), footTop - 2 * pt));
        painter.drawText(QRectF(0, footTop, page.width(), band), Qt::AlignLeft | Qt::AlignTop, decoration.footer);
        painter.drawText(QRectF(0, footTop, page.width(), band), Qt::AlignRight | Qt::AlignTop,
                         QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages));

        painter.save();
        painter.translate(0, band - i * body.height());
        const QRectF clip(0, i * body.height(), body.width(), body.height());
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = clip;
        painter.setClipRect(clip);
        doc.documentLayout()->draw(&painter, ctx);
        painter.restore();
    }
}

Status writePdf(QTextDocument &doc, const QString &path, const PageDecoration &decoration, const QString &title)
{
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, QStringLiteral("Cannot write %1: %2").arg(path, probe.errorString()));
    probe.close();
    QPdfWriter writer(path);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Hubcase"));
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                     QPageLayout::Millimeter));
    renderDocument(doc, writer, decoration);
    return {};
}

} // namespace hub::print
