#include "print/document_printer.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QFontDatabase>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

#include <limits>

namespace hub::print
{

using namespace Qt::StringLiterals;

namespace
{

// Header and footer bands, in points.
constexpr qreal kBandPt = 16;

QPageLayout a4Layout(QPageLayout::Orientation orientation)
{
    return QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
}

QPdfWriter *makeReferenceDevice(QPageLayout::Orientation orientation)
{
    auto *w = new QPdfWriter(new QBuffer);
    w->setResolution(kLayoutDpi);
    w->setPageLayout(a4Layout(orientation));
    return w;
}

// The device every document is laid out on, one per orientation. Never
// painted on; kept for the life of the program because a document's layout
// holds on to its device.
QPagedPaintDevice &referenceDevice(QPageLayout::Orientation orientation)
{
    static QPdfWriter *portrait = makeReferenceDevice(QPageLayout::Portrait);
    static QPdfWriter *landscape = makeReferenceDevice(QPageLayout::Landscape);
    return orientation == QPageLayout::Landscape ? *landscape : *portrait;
}

qreal layoutPixelsPerPoint()
{
    return kLayoutDpi / 72.0;
}

// The body of a page (between the bands), in reference pixels.
QSizeF bodySize(QPageLayout::Orientation orientation)
{
    const QRectF page = a4Layout(orientation).paintRect(QPageLayout::Point);
    const qreal px = layoutPixelsPerPoint();
    return { page.width() * px, (page.height() - 2 * kBandPt) * px };
}

bool hasAnchor(const QTextCharFormat &format, const QString &name)
{
    return format.isAnchor() && format.anchorNames().contains(name);
}

void collectTables(QTextFrame *frame, QVector<QTextTable *> &out)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child))
            out << table;
        collectTables(child, out);
    }
}

// A row that would straddle a page boundary (and is shorter than half a
// page) moves whole to the next page: every cell's content starts there,
// which makes the layout drop the row, borders and all.
void keepRowsTogether(QTextDocument &doc)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    const qreal pageHeight = doc.pageSize().height();
    QVector<QTextTable *> tables;
    collectTables(doc.rootFrame(), tables);
    for (QTextTable *table : std::as_const(tables)) {
        for (int r = table->format().headerRowCount(); r < table->rows(); ++r) {
            qreal top = std::numeric_limits<qreal>::max();
            qreal bottom = std::numeric_limits<qreal>::lowest();
            QVector<QTextBlock> firsts;
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                if (!cell.isValid() || cell.row() != r || cell.column() != c || cell.rowSpan() > 1)
                    continue;
                const QTextBlock first = cell.firstCursorPosition().block();
                const QTextBlock last = cell.lastCursorPosition().block();
                top = qMin(top, layout->blockBoundingRect(first).top());
                bottom = qMax(bottom, layout->blockBoundingRect(last).bottom());
                firsts << first;
            }
            if (firsts.isEmpty() || bottom - top > pageHeight / 2)
                continue;
            if (int(top / pageHeight) == int((bottom - 1) / pageHeight))
                continue;
            for (const QTextBlock &b : std::as_const(firsts)) {
                QTextCursor cursor(b);
                QTextBlockFormat format = cursor.blockFormat();
                format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
                cursor.setBlockFormat(format);
            }
        }
    }
}

} // namespace

QString keepTogetherStart()
{
    return u"<a name=\"%1\"></a>"_s.arg(QLatin1String(kKeepStart));
}

QString keepTogetherEnd()
{
    return u"<a name=\"%1\"></a>"_s.arg(QLatin1String(kKeepEnd));
}

QString printFontFamily()
{
    const QStringList families = QFontDatabase::families();
    for (const QString &f : { u"Liberation Sans"_s, u"Arial"_s, u"Helvetica"_s }) {
        if (families.contains(f))
            return f;
    }
    return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
}

QVector<QPair<int, int>> keptRanges(const QTextDocument &doc)
{
    const QString start = QLatin1String(kKeepStart);
    const QString end = QLatin1String(kKeepEnd);
    QVector<QPair<int, int>> out;
    int open = -1;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (hasAnchor(f.charFormat(), start))
                open = f.position();
            if (hasAnchor(f.charFormat(), end) && open >= 0) {
                out.append({ open, f.position() });
                open = -1;
            }
        }
        // An empty anchor may sit in a block with no fragment: its format is the block's.
        if (b.length() <= 1) {
            if (hasAnchor(b.charFormat(), start))
                open = b.position();
            if (hasAnchor(b.charFormat(), end) && open >= 0) {
                out.append({ open, b.position() });
                open = -1;
            }
        }
    }
    return out;
}

int pageOfPosition(const QTextDocument &doc, int position)
{
    const QTextBlock block = doc.findBlock(position);
    if (!block.isValid())
        return 0;
    const QRectF rect = doc.documentLayout()->blockBoundingRect(block);
    qreal y = rect.top();
    if (const QTextLayout *layout = block.layout()) {
        const QTextLine line = layout->lineForTextPosition(position - block.position());
        if (line.isValid())
            y = rect.top() + line.y() + line.height() / 2;
    }
    const qreal pageHeight = doc.pageSize().height();
    return pageHeight > 0 ? int(y / pageHeight) : 0;
}

void layOutForPrint(QTextDocument &doc, QPageLayout::Orientation orientation)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    QPagedPaintDevice *reference = &referenceDevice(orientation);
    if (layout->paintDevice() != reference)
        layout->setPaintDevice(reference);
    doc.setUseDesignMetrics(true); // unhinted advances: the same line breaks on Windows and Linux
    QFont base(printFontFamily());
    base.setPointSizeF(10);
    if (doc.defaultFont() != base)
        doc.setDefaultFont(base);
    const QSizeF body = bodySize(orientation);
    if (doc.pageSize() != body)
        doc.setPageSize(body);

    keepRowsTogether(doc);

    // A kept range that would straddle a page boundary starts a new page
    // (unless it is longer than a page, when it could never fit).
    for (const auto &[start, end] : keptRanges(doc)) {
        const int first = pageOfPosition(doc, start);
        const int last = pageOfPosition(doc, end);
        if (first == last)
            continue;
        QTextCursor cursor(doc.findBlock(start));
        QTextBlockFormat format = cursor.blockFormat();
        if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            continue;
        const qreal top = layout->blockBoundingRect(doc.findBlock(start)).top();
        const qreal bottom = layout->blockBoundingRect(doc.findBlock(end)).bottom();
        if (bottom - top > body.height())
            continue;
        format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
        cursor.setBlockFormat(format);
    }
}

int renderDocument(QTextDocument &doc, QPagedPaintDevice &device, const PageDecoration &decoration)
{
    layOutForPrint(doc, device.pageLayout().orientation());
    QPainter painter(&device);
    const QRectF page = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const qreal pt = device.logicalDpiX() / 72.0; // device pixels per point
    const qreal band = kBandPt * pt;
    const qreal scale = qreal(device.logicalDpiX()) / kLayoutDpi; // reference pixels -> device pixels
    const QSizeF body = doc.pageSize();
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
            u"Page %1 of %2"_s.arg(i + 1).arg(pages));

        painter.save();
        painter.translate(0, band);
        painter.scale(scale, scale);
        painter.translate(0, -i * body.height());
        const QRectF clip(0, i * body.height(), body.width(), body.height());
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = clip;
        painter.setClipRect(clip);
        doc.documentLayout()->draw(&painter, ctx);
        painter.restore();
    }
    return pages;
}

Status writePdf(QTextDocument &doc, const QString &path, const PageDecoration &decoration, const QString &title,
    QPageLayout::Orientation orientation)
{
    const Result<int> written = writePdfPages(doc, path, decoration, title, orientation);
    return written ? Status() : Status(written.error());
}

Result<int> writePdfPages(QTextDocument &doc, const QString &path, const PageDecoration &decoration,
    const QString &title, QPageLayout::Orientation orientation)
{
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, u"Cannot write %1: %2"_s.arg(path, probe.errorString()));
    probe.close();
    QPdfWriter writer(path);
    writer.setTitle(title);
    writer.setCreator(u"Hubcase"_s);
    writer.setResolution(300);
    writer.setPageLayout(a4Layout(orientation));
    return renderDocument(doc, writer, decoration);
}

} // namespace hub::print
