// Printed documents: one layout for preview, paper and PDF (the same page
// breaks at any resolution), the signature block never split, activity
// references never wrapped, each CCG's own version line and current level,
// and a letter's letterhead and address block.
#include "ui_test_support.h"

#include "database/cases/case_search.h"
#include "database/cases/template_repository.h"
#include "database/catalogue/catalogue_repository.h"
#include "database/demo/demo_as_of.h"
#include "database/office_file.h"
#include "database/specs/spec_repository.h"
#include "print/document_printer.h"
#include "print/letter_document.h"
#include "print/spec_document.h"

#include <QAbstractTextDocumentLayout>
#include <QPdfWriter>
#include <QPrinter>
#include <QProcess>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

using namespace hub;
using namespace Qt::StringLiterals;

namespace
{

struct Demo {
    hubtest::TempDir dir;
    std::unique_ptr<db::OfficeFile> file;
    Catalogue catalogue;
    QDate asOf;

    Demo()
    {
        auto f = db::OfficeFile::open(uitest::demoCopy(dir));
        REQUIRE(f.ok());
        file = std::move(f.value());
        auto c = db::CatalogueRepository(*file).load();
        REQUIRE(c.ok());
        catalogue = c.value();
        asOf = db::officeAsOf(*file);
    }

    CcgSpecification spec(const QString &ccg)
    {
        auto s = db::SpecRepository(*file).loadOrCreate(ccg);
        REQUIRE(s.ok());
        return s.value();
    }

    void build(QTextDocument &doc, const QString &ccg, const CcgSpecification &s)
    {
        print::buildSpecDocument(doc, catalogue, *catalogue.ccg(ccg), s, asOf);
    }
};

// The text of each page of a PDF (pdftotext, one form feed between pages).
QStringList pdfPages(const QString &pdf)
{
    QProcess p;
    p.start(u"pdftotext"_s, { u"-layout"_s, pdf, u"-"_s });
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    QStringList pages = QString::fromUtf8(p.readAllStandardOutput()).split(u'\f');
    while (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    for (QString &page : pages)
        page = page.simplified();
    return pages;
}

int pageWith(const QStringList &pages, const QString &text)
{
    for (int i = 0; i < pages.size(); ++i) {
        if (pages.at(i).contains(text))
            return i;
    }
    return -1;
}

} // namespace

TEST_CASE("the Approved by block is never split across pages, whatever comes before it", "[ui][print]")
{
    Demo demo;
    CcgSpecification spec = demo.spec(u"06A"_s);
    int moved = 0;
    for (int lines = 0; lines <= 60; lines += 3) {
        QStringList notes;
        for (int i = 0; i < lines; ++i)
            notes << u"Agreed at the Primary Care Committee, item %1."_s.arg(i + 1);
        spec.notes = notes.join(u'\n');
        QTextDocument doc;
        demo.build(doc, u"06A"_s, spec);
        print::layOutForPrint(doc);
        const auto ranges = print::keptRanges(doc);
        REQUIRE(ranges.size() == 1);
        const int first = print::pageOfPosition(doc, ranges.first().first);
        const int last = print::pageOfPosition(doc, ranges.first().second);
        INFO("notes lines: " << lines << ", pages " << first + 1 << " to " << last + 1);
        CHECK(first == last);
        CHECK(doc.findBlock(ranges.first().first).text() == u"Approved by"_s);
        moved += (doc.findBlock(ranges.first().first).blockFormat().pageBreakPolicy()
                     & QTextFormat::PageBreak_AlwaysBefore)
            ? 1
            : 0;
    }
    CHECK(moved > 0); // some note lengths pushed the block onto a new page, and it moved whole
}

TEST_CASE("preview, paper and PDF break the specification's pages in the same places", "[ui][print]")
{
    Demo demo;
    const CcgSpecification spec = demo.spec(u"06A"_s);
    const print::PageDecoration decoration = print::specDecoration(*demo.catalogue.ccg(u"06A"_s), u"a.patel"_s);

    // The PDF export (300 dpi) ...
    QTextDocument exported;
    demo.build(exported, u"06A"_s, spec);
    const QString pdf = demo.dir.path(u"export.pdf"_s);
    REQUIRE(print::writePdf(exported, pdf, decoration, u"06A"_s).ok());
    // ... and what the print preview and a printer get: a QPrinter at high resolution.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString preview = demo.dir.path(u"preview.pdf"_s);
    printer.setOutputFileName(preview);
    printer.setPageLayout(QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    QTextDocument previewed;
    demo.build(previewed, u"06A"_s, spec);
    print::renderDocument(previewed, printer, decoration);
    // A third device at yet another resolution.
    const QString odd = demo.dir.path(u"odd.pdf"_s);
    {
        QPdfWriter writer(odd);
        writer.setResolution(600);
        writer.setPageLayout(printer.pageLayout());
        QTextDocument third;
        demo.build(third, u"06A"_s, spec);
        print::renderDocument(third, writer, decoration);
    }

    const QStringList a = pdfPages(pdf);
    const QStringList b = pdfPages(preview);
    const QStringList c = pdfPages(odd);
    REQUIRE(a.size() >= 3);
    CHECK(b.size() == a.size());
    CHECK(c.size() == a.size());
    for (int i = 0; i < qMin(a.size(), b.size()); ++i) {
        INFO("page " << i + 1);
        CHECK(b.at(i).left(200) == a.at(i).left(200));
        CHECK(b.at(i).right(200) == a.at(i).right(200));
    }
    for (const QStringList &pages : { a, b, c }) {
        const int approved = pageWith(pages, u"Approved by"_s);
        REQUIRE(approved >= 0);
        const QString &page = pages.at(approved);
        CHECK(page.count(u"Print Name:"_s) == 2);
        CHECK(page.count(u"Designation:"_s) == 2);
        CHECK(page.contains(u"Signature:"_s));
    }
}

TEST_CASE("activity references never wrap in the specification", "[ui][print]")
{
    Demo demo;
    QTextDocument doc;
    demo.build(doc, u"06A"_s, demo.spec(u"06A"_s));
    print::layOutForPrint(doc);
    int checked = 0;
    for (const DelegatedFunction &f : demo.catalogue.functions) {
        for (const Activity &a : f.activities) {
            const QTextCursor found = doc.find(a.key, 0, QTextDocument::FindCaseSensitively);
            REQUIRE_FALSE(found.isNull());
            QTextBlock block = found.block();
            // The cell holding only the reference.
            QTextCursor cursor = found;
            while (!cursor.isNull() && cursor.block().text() != a.key)
                cursor = doc.find(a.key, cursor, QTextDocument::FindCaseSensitively);
            REQUIRE_FALSE(cursor.isNull());
            block = cursor.block();
            INFO(a.key.toStdString());
            CHECK(block.layout()->lineCount() == 1);
            ++checked;
        }
    }
    CHECK(checked == 77); // every activity of the West Midlands MoU
}

TEST_CASE(
    "every specification names its own CCG and its level on the office's as-of day, and no working note", "[ui][print]")
{
    Demo demo;
    REQUIRE(demo.asOf == QDate(2017, 3, 31));
    QTextDocument walsall;
    demo.build(walsall, u"05Y"_s, demo.spec(u"05Y"_s));
    const QString w = walsall.toPlainText();
    CHECK(w.contains(u"Version 1.0 Walsall CCG"_s));
    CHECK_FALSE(w.contains(u"Wolverhampton"_s));
    CHECK(w.contains(u"co-commissioning level on 31/03/2017: Joint commissioning"_s));

    QTextDocument wolverhampton;
    demo.build(wolverhampton, u"06A"_s, demo.spec(u"06A"_s));
    const QString v = wolverhampton.toPlainText();
    CHECK(v.contains(u"Version 1.0 Wolverhampton CCG"_s));
    CHECK(v.contains(u"co-commissioning level on 31/03/2017: No level recorded after 01/10/2015"_s));
    CHECK_FALSE(v.contains(u"Greater collaboration"_s));
    for (const QString &text : { w, v }) {
        CHECK_FALSE(text.contains(u"seed"_s, Qt::CaseInsensitive));
        CHECK_FALSE(text.contains(u"transcri"_s, Qt::CaseInsensitive));
    }
}

TEST_CASE("a letter prints the letterhead, the contact, the addressee and address, the date and the reference",
    "[ui][print][letters]")
{
    Demo demo;
    db::CaseFilter filter;
    filter.limit = 50;
    const auto rows = db::CaseListQuery(*demo.file).list(filter);
    REQUIRE(rows.ok());
    const db::CaseRow *withPractice = nullptr;
    for (const db::CaseRow &r : rows.value()) {
        if (!r.practiceOds.isEmpty() && !withPractice)
            withPractice = &r;
    }
    REQUIRE(withPractice);
    db::TemplateRepository templates(*demo.file);
    const auto merged = templates.merge(u"acknowledgement"_s, withPractice->ref, demo.asOf);
    REQUIRE(merged.ok());
    QTextDocument doc;
    print::buildLetterDocument(doc, merged.value(), demo.file->officeName());
    const QString text = doc.toPlainText();
    CHECK(text.contains(u"NHS England West Midlands Primary Care Hub"_s)); // the demo's letterhead
    CHECK(text.contains(u"1 Hagley Road"_s));
    CHECK(text.contains(u"Contact: %1"_s.arg(withPractice->officer)));
    CHECK(text.contains(u"Telephone 0121 496 0000"_s));
    CHECK(text.contains(withPractice->practiceName));
    CHECK(merged->to.size() >= 2); // the practice and its ODS address
    CHECK(text.contains(u"Our reference: %1"_s.arg(withPractice->ref)));
    CHECK(text.contains(u"31 March 2017"_s));
    CHECK(text.contains(u"Dear colleague,"_s)); // the demo's cases name no requester
    CHECK_FALSE(text.contains(u"{{"_s));

    const QString pdf = demo.dir.path(u"letter.pdf"_s);
    REQUIRE(
        print::writePdf(doc, pdf, print::letterDecoration(merged.value(), demo.file->officeName()), u"letter"_s).ok());
    const QStringList pages = pdfPages(pdf);
    REQUIRE(pages.size() == 1);
    CHECK(pages.first().contains(u"Page 1 of 1"_s));
}

TEST_CASE("no row of the specification's table is split across pages", "[ui][print]")
{
    Demo demo;
    QTextDocument doc;
    demo.build(doc, u"06A"_s, demo.spec(u"06A"_s));
    print::layOutForPrint(doc);
    const qreal pageHeight = doc.pageSize().height();
    QTextTable *table = nullptr;
    for (QTextFrame *f : doc.rootFrame()->childFrames())
        table = table ? table : qobject_cast<QTextTable *>(f);
    REQUIRE(table);
    REQUIRE(table->rows() > 80);
    for (int r = table->format().headerRowCount(); r < table->rows(); ++r) {
        const QTextTableCell cell = table->cellAt(r, 1).isValid() ? table->cellAt(r, 1) : table->cellAt(r, 0);
        const QRectF first = doc.documentLayout()->blockBoundingRect(cell.firstCursorPosition().block());
        const QRectF last = doc.documentLayout()->blockBoundingRect(cell.lastCursorPosition().block());
        INFO("row " << r << ": " << cell.firstCursorPosition().block().text().toStdString());
        CHECK(int(first.top() / pageHeight) == int((last.bottom() - 1) / pageHeight));
    }
}
