// Every list can be printed as shown and exported (XLSX with real numbers,
// CSV that Excel opens safely), from its context menu or the File menu; a
// case summary prints from the Cases page. Files are read back.
#include "ui_test_support.h"

#include "core/common/list_table.h"
#include "database/cases/case_repository.h"
#include "database/office_file.h"
#include "print/case_summary_document.h"
#include "print/document_printer.h"
#include "print/list_document.h"
#include "print/list_workbook.h"
#include "ui/cases/case_editor.h"
#include "ui/cases/case_list_view.h"
#include "ui/cases/cases_page.h"
#include "ui/ccgs/ccg_page.h"
#include "ui/documents/case_document.h"
#include "ui/list_actions.h"
#include "ui/main_window.h"
#include "ui/models/case_table_model.h"
#include "ui/print_output.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QHeaderView>
#include <QMenu>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTableView>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextTable>

using namespace hub;
using namespace hub::ui;
using namespace Qt::StringLiterals;

namespace
{

// One part of an .xlsx (a zip), read with unzip; empty when unzip is missing.
QByteArray xlsxPart(const QString &xlsx, const QString &part)
{
    QProcess unzip;
    unzip.start(u"unzip"_s, { u"-p"_s, xlsx, part });
    if (!unzip.waitForStarted() || !unzip.waitForFinished(60000) || unzip.exitCode() != 0)
        return {};
    return unzip.readAllStandardOutput();
}

int pdfPages(const QString &pdf)
{
    QProcess info;
    info.start(u"pdfinfo"_s, { pdf });
    if (!info.waitForFinished(60000) || info.exitCode() != 0)
        return -1;
    for (const QByteArray &line : info.readAllStandardOutput().split('\n'))
        if (line.startsWith("Pages:"))
            return line.mid(6).trimmed().toInt();
    return -1;
}

// Saves go to `dir` under the suggested name, without a dialog.
struct SaveInto {
    QStringList asked;
    explicit SaveInto(const hubtest::TempDir &dir)
    {
        setSaveFileChooser([this, &dir](QWidget *, const QString &, const QString &suggested, const QString &) {
            asked << QFileInfo(suggested).fileName();
            return dir.path(QFileInfo(suggested).fileName());
        });
    }
    ~SaveInto() { setSaveFileChooser({}); }
};

QList<QByteArray> csvLines(const QByteArray &csv)
{
    QList<QByteArray> lines = csv.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

TEST_CASE("every list's context menu opens, copies the reference, prints and exports", "[ui][lists]")
{
    hubtest::TempDir dir;
    auto window = uitest::openWindow(uitest::demoCopy(dir));
    window->resize(1366, 768);
    window->show();
    for (int i = 0; i < MainWindow::PageCount; ++i) {
        window->showPage(static_cast<MainWindow::PageId>(i));
        uitest::pump();
    }
    int menus = 0;
    for (int i = 0; i < MainWindow::PageCount; ++i) {
        Page *page = window->page(static_cast<MainWindow::PageId>(i));
        for (ListActions *list : page->lists()) {
            INFO(MainWindow::pageNames().at(i).toStdString() << ": " << list->view()->objectName().toStdString());
            CHECK_FALSE(list->title().isEmpty());
            const QModelIndex first
                = list->view()->model() ? list->view()->model()->index(0, 0, list->view()->rootIndex()) : QModelIndex();
            std::unique_ptr<QMenu> menu(list->buildMenu(first, window.get()));
            for (const char *name :
                { "listCopyReferenceAction", "listPrintAction", "listExportXlsxAction", "listExportCsvAction" })
                CHECK(menu->findChild<QAction *>(QString::fromLatin1(name)));
            CHECK(bool(menu->findChild<QAction *>(u"listOpenAction"_s)) == list->canOpen());
            if (first.isValid()) {
                const QString ref = list->referenceOf(first);
                CHECK_FALSE(ref.isEmpty());
                menu->findChild<QAction *>(u"listCopyReferenceAction"_s)->trigger();
                CHECK(QGuiApplication::clipboard()->text() == ref);
            }
            ++menus;
        }
    }
    CHECK(menus >= 15);

    // Open on the case list opens the case in the editor; the reference is the case's.
    window->showPage(MainWindow::CasesPageId);
    CasesPage *cases = window->casesPage();
    ListActions *list = ListActions::of(cases->list()->table());
    REQUIRE(list);
    const QModelIndex row = cases->list()->model()->index(3, CaseTableModel::Title);
    const QString ref = cases->list()->model()->rowAt(3)->ref;
    CHECK(list->referenceOf(row) == ref);
    std::unique_ptr<QMenu> menu(list->buildMenu(row, window.get()));
    menu->findChild<QAction *>(u"listOpenAction"_s)->trigger();
    CHECK(cases->editor()->currentRef() == ref);
}

TEST_CASE("a list exported from the File menu reads back as shown: XLSX with real numbers, Excel-safe CSV",
    "[ui][lists][export]")
{
    hubtest::TempDir dir;
    const QString path = uitest::demoCopy(dir);
    {
        // A title that Excel would run as a formula if it were not guarded.
        auto file = db::OfficeFile::open(path).value();
        db::NewCase c;
        c.ccgCode = u"06A"_s;
        c.received = QDate(2017, 3, 31);
        c.title = u"=HYPERLINK(\"http://example.invalid\",\"Click\")"_s;
        REQUIRE(db::CaseRepository(*file).add(c).ok());
    }
    auto window = uitest::openWindow(path);
    window->resize(1366, 768);
    uitest::activate(window.get());
    SaveInto save(dir);

    // Practices: a column of registered patients, shown as 12,345.
    window->showPage(MainWindow::CcgPageId);
    uitest::pump();
    auto *practices = window->ccgPage()->findChild<QTableView *>(u"practiceTable"_s);
    REQUIRE(practices);
    practices->setFocus();
    uitest::pump(1);
    const ListTable shown = ListActions::of(practices)->snapshot();
    REQUIRE(shown.rowCount() == practices->model()->rowCount());
    REQUIRE(shown.rowCount() > 5);
    int patients = -1;
    for (int c = 0; c < shown.columnCount(); ++c)
        if (shown.columns.at(c).title.contains(u"patients"_s, Qt::CaseInsensitive))
            patients = c;
    REQUIRE(patients >= 0);
    CHECK(shown.columns.at(patients).kind == ListValueKind::Integer);

    auto *xlsx = window->findChild<QAction *>(u"exportListXlsxAction"_s);
    auto *csv = window->findChild<QAction *>(u"exportListCsvAction"_s);
    REQUIRE(xlsx);
    REQUIRE(csv);
    REQUIRE(xlsx->isEnabled());
    xlsx->trigger();
    REQUIRE(save.asked.size() == 1);
    CHECK(save.asked.first().startsWith(u"practices-of-"_s));
    CHECK(save.asked.first().endsWith(u".xlsx"_s));
    const QString book = dir.path(save.asked.first());
    REQUIRE(QFile::exists(book));
    CHECK(hubtest::bytesOf(book).startsWith("PK"));
    const QByteArray sheet = xlsxPart(book, u"xl/worksheets/sheet1.xml"_s);
    const QByteArray strings = xlsxPart(book, u"xl/sharedStrings.xml"_s);
    if (sheet.isEmpty()) {
        WARN("unzip not available: checked the zip signature only");
    } else {
        // The header row is frozen, and the patients are numbers, not text.
        CHECK(QRegularExpression(u"<pane ySplit=\"3\" topLeftCell=\"A4\"[^>]* state=\"frozen\""_s)
                  .match(QString::fromUtf8(sheet))
                  .hasMatch());
        const QString firstCount = shown.rows.at(0).at(patients);
        const QString bare = QString(firstCount).remove(u',');
        const QString column = QString(QChar(u'A' + patients));
        const QRegularExpression cell(u"<c r=\"%1%2\"( s=\"\\d+\")?><v>%3</v></c>"_s.arg(column).arg(4).arg(bare));
        INFO(firstCount.toStdString());
        CHECK(cell.match(QString::fromUtf8(sheet)).hasMatch());
        for (const ListColumn &c : shown.columns)
            CHECK(strings.contains(c.title.toHtmlEscaped().toUtf8()));
    }

    csv->trigger();
    REQUIRE(save.asked.size() == 2);
    const QByteArray practicesCsv = hubtest::bytesOf(dir.path(save.asked.at(1)));
    CHECK(practicesCsv.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = csvLines(practicesCsv);
    CHECK(lines.size() == shown.rowCount() + 1);
    CHECK(lines.first().endsWith('\r'));

    // The case list: every case the filter matches (not only the rows read so far), guarded.
    window->showPage(MainWindow::CasesPageId);
    CasesPage *cases = window->casesPage();
    cases->list()->table()->setFocus();
    uitest::pump(1);
    csv->trigger();
    REQUIRE(save.asked.size() == 3);
    CHECK(save.asked.at(2).startsWith(u"cases-"_s));
    const QByteArray casesCsv = hubtest::bytesOf(dir.path(save.asked.at(2)));
    CHECK_FALSE(cases->list()->model()->canFetchMore({})); // read to the end for the export
    CHECK(csvLines(casesCsv).size() == cases->list()->model()->rowCount() + 1);
    CHECK(cases->list()->model()->rowCount() > 500); // more than one page of the list
    CHECK(casesCsv.contains("\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"Click\"\")\""));
    CHECK_FALSE(casesCsv.contains(",=HYPERLINK"));
    // Hidden columns stay out, in the order shown.
    const QHeaderView *header = cases->list()->table()->horizontalHeader();
    QStringList titles;
    for (int v = 0; v < header->count(); ++v)
        if (!header->isSectionHidden(header->logicalIndex(v)))
            titles << cases->list()->model()->headerData(header->logicalIndex(v), Qt::Horizontal).toString();
    CHECK(QString::fromUtf8(csvLines(casesCsv).first()).trimmed().remove(QChar(0xFEFF)) == titles.join(u','));
}

TEST_CASE(
    "a list workbook holds money, dates, numbers and percentages as values with their formats", "[ui][lists][export]")
{
    ListTable t;
    t.title = u"Payments: May 2016"_s;
    t.columns = { { u"Practice"_s }, { u"Paid"_s }, { u"Due"_s }, { u"Patients"_s }, { u"Share"_s } };
    t.rows = { { u"Dr A Smith"_s, u"£1,234.56"_s, u"23/11/2016"_s, u"12,345"_s, u"94.1%"_s },
        { u"@SUM(A1)"_s, u"−£12.50"_s, u""_s, u"7"_s, u"5.0%"_s } };
    detectColumnKinds(t);
    CHECK(t.columns.at(0).kind == ListValueKind::Text);
    CHECK(t.columns.at(1).kind == ListValueKind::Money);
    CHECK(t.columns.at(2).kind == ListValueKind::Date);
    CHECK(t.columns.at(3).kind == ListValueKind::Integer);
    CHECK(t.columns.at(4).kind == ListValueKind::Percent);
    CHECK(t.value(1, 1).toDouble() == -12.5);
    CHECK(t.value(0, 2).toDate() == QDate(2016, 11, 23));

    hubtest::TempDir dir;
    const QString book = dir.path(u"payments.xlsx"_s);
    REQUIRE(print::writeListWorkbook(t, book).ok());
    const QByteArray sheet = xlsxPart(book, u"xl/worksheets/sheet1.xml"_s);
    const QByteArray styles = xlsxPart(book, u"xl/styles.xml"_s);
    if (sheet.isEmpty()) {
        WARN("unzip not available");
        return;
    }
    CHECK(sheet.contains("<v>1234.56</v>"));
    CHECK(sheet.contains("<v>-12.5</v>"));
    CHECK(sheet.contains("<v>42697</v>")); // 23/11/2016 as an Excel date
    CHECK(sheet.contains("<v>12345</v>"));
    CHECK(sheet.contains("<v>0.94")); // 94.1% as a fraction
    CHECK(styles.contains("formatCode=\"\xC2\xA3#,##0.00;-\xC2\xA3#,##0.00\""));
    CHECK(styles.contains("formatCode=\"dd/mm/yyyy\""));

    const QByteArray csv = listTableCsv(t);
    CHECK(csv.contains("\r\n'@SUM(A1),-12.50,,7,5.0%\r\n"));
    CHECK(csv.contains("Dr A Smith,1234.56,23/11/2016,12345,94.1%"));
}

TEST_CASE("a printed list keeps every table row on one page and numbers its pages", "[ui][lists][print]")
{
    ListTable t;
    t.title = u"Long list"_s;
    t.columns = { { u"Reference"_s }, { u"Title"_s }, { u"Officer"_s } };
    for (int i = 0; i < 400; ++i)
        t.rows << QStringList { u"WMH-2016-%1"_s.arg(i, 5, 10, QLatin1Char('0')),
            i % 7 == 0 ? u"A long title that wraps over several lines of its cell, so the row is taller "
                         "than the others and would be the first to be cut in two at a page break"_s
                       : u"Short title"_s,
            u"Rajinder Sandh"_s };
    detectColumnKinds(t);
    hubtest::TempDir dir;
    QTextDocument doc;
    print::buildListDocument(doc, t);
    QPdfWriter writer(dir.path(u"list.pdf"_s));
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    const int pages = print::renderDocument(doc, writer, print::listDecoration(t, u"WMH"_s, u"Rajinder Sandh"_s));
    CHECK(pages > 3);
    CHECK(pages == doc.pageCount());
    const qreal pageHeight = doc.pageSize().height();
    int rowsChecked = 0;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        QTextCursor at(b);
        QTextTable *table = at.currentTable();
        if (!table)
            continue;
        const QTextTableCell cell = table->cellAt(at);
        if (cell.row() == 0 || cell.column() != 1)
            continue;
        const QRectF box = doc.documentLayout()->blockBoundingRect(b);
        INFO("row " << cell.row() << " from " << box.top() << " to " << box.bottom() << ", pages of " << pageHeight);
        CHECK(int(box.top() / pageHeight) == int((box.bottom() - 0.5) / pageHeight));
        ++rowsChecked;
    }
    CHECK(rowsChecked == 400);
}

TEST_CASE("the Cases page prints and exports the open case's summary", "[ui][print][cases]")
{
    hubtest::TempDir dir;
    auto window = uitest::openWindow(uitest::demoCopy(dir));
    window->resize(1366, 768);
    uitest::activate(window.get());
    SaveInto save(dir);
    window->showPage(MainWindow::CasesPageId);
    CasesPage *cases = window->casesPage();
    CHECK_FALSE(cases->documentJob());
    // A case with a long history: the summary runs over pages.
    QString ref;
    int longest = 0;
    for (int r = 0; r < std::min(200, cases->list()->model()->rowCount()); ++r) {
        const auto d = db::CaseRepository(*window->officeFile()).get(cases->list()->model()->rowAt(r)->ref);
        if (d && d->timeline.size() > longest) {
            longest = int(d->timeline.size());
            ref = d->row.ref;
        }
    }
    REQUIRE_FALSE(ref.isEmpty());
    cases->openCase(ref);
    cases->editor()->setFocus();
    uitest::pump();
    REQUIRE(cases->documentJob());
    CHECK(cases->printWhat() == u"case summary"_s);
    auto *pdf = window->findChild<QAction *>(u"exportPdfAction"_s);
    REQUIRE(pdf->isEnabled());
    CHECK(pdf->text() == u"&Export the case summary as PDF…"_s);
    pdf->trigger();
    REQUIRE(save.asked == QStringList { u"%1-summary.pdf"_s.arg(ref) });
    const QString written = dir.path(save.asked.first());
    CHECK(hubtest::bytesOf(written).startsWith("%PDF"));

    // The renderer's page count, the file's, and one picture per page.
    const db::CaseDetail detail = cases->editor()->document()->detail();
    const Result<int> pages
        = print::writeCaseSummaryPdf(detail, dir.path(u"again.pdf"_s), window->officeFile()->user());
    REQUIRE(pages.ok());
    CHECK(pages.value() >= 1);
    const int counted = pdfPages(written);
    if (counted < 0) {
        WARN("pdfinfo not available");
    } else {
        CHECK(counted == pages.value());
        QProcess render;
        render.start(u"pdftoppm"_s, { u"-r"_s, u"20"_s, u"-png"_s, written, dir.path(u"page"_s) });
        REQUIRE(render.waitForFinished(120000));
        CHECK(render.exitCode() == 0);
        CHECK(QDir(dir.path(QString())).entryList({ u"page*.png"_s }).size() == pages.value());
    }
    QTextDocument doc;
    print::buildCaseSummaryDocument(doc, detail);
    const QString text = doc.toPlainText();
    CHECK(text.contains(ref));
    CHECK(text.contains(u"Service clocks as of"_s));
    CHECK(text.contains(u"Recorded by"_s));
    for (const CaseEvent &e : detail.timeline)
        CHECK(text.contains(e.actor));
}
