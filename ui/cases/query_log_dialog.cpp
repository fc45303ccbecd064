#include "ui/cases/query_log_dialog.h"

#include "core/cases/query_log_csv.h"
#include "core/common/format.h"
#include "database/cases/query_log_xlsx.h"
#include "database/ccgs/ccg_repository.h"
#include "database/demo/demo_as_of.h"
#include "database/events/change_notifier.h"
#include "database/events/records_changed.h"
#include "database/office_file.h"
#include "print/query_log_document.h"
#include "ui/app_settings.h"
#include "ui/cases/query_log_figures.h"
#include "ui/list_actions.h"
#include "ui/models/query_log_model.h"
#include "ui/models/roles.h"
#include "ui/widgets/busy_cursor.h"
#include "ui/widgets/read_only_table.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace hub::ui
{

using namespace Qt::StringLiterals;

namespace
{

constexpr int kFirstYear = 2013; // CCGs took over commissioning on 1 April 2013

QPushButton *outputButton(const QString &text, const QString &name, const QString &tip)
{
    auto *b = new QPushButton(text);
    b->setObjectName(name);
    b->setToolTip(tip);
    b->setAutoDefault(false);
    return b;
}

} // namespace

QueryLogDialog::QueryLogDialog(db::OfficeFile &file, QWidget *parent)
    : QDialog(parent)
    , m_file(file)
    , m_asOfDay(db::officeAsOf(file))
    , m_model(new QueryLogModel(this))
    , m_ccg(new QComboBox)
    , m_month(new QComboBox)
    , m_year(new QSpinBox)
    , m_previous(new QToolButton)
    , m_next(new QToolButton)
    , m_figures(new QueryLogFigures)
    , m_table(new QTableView)
    , m_done(new QLabel)
{
    setObjectName(u"queryLogDialog"_s);
    setWindowTitle(tr("Monthly query log"));
    setSizeGripEnabled(true);

    m_ccg->setObjectName(u"queryLogCcg"_s);
    m_ccg->setMinimumContentsLength(24);
    m_ccg->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_month->setObjectName(u"queryLogMonth"_s);
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    for (int m = 1; m <= 12; ++m)
        m_month->addItem(uk.standaloneMonthName(m), m);
    m_year->setObjectName(u"queryLogYear"_s);
    m_year->setRange(kFirstYear, std::max(kFirstYear, m_asOfDay.year()));
    m_year->setAccelerated(false);
    m_previous->setObjectName(u"queryLogPreviousMonth"_s);
    m_previous->setArrowType(Qt::LeftArrow);
    m_previous->setToolTip(tr("Previous month"));
    m_previous->setAccessibleName(tr("Previous month"));
    m_next->setObjectName(u"queryLogNextMonth"_s);
    m_next->setArrowType(Qt::RightArrow);
    m_next->setToolTip(tr("Next month"));
    m_next->setAccessibleName(tr("Next month"));

    auto *ccgLabel = new QLabel(tr("&CCG:"));
    ccgLabel->setBuddy(m_ccg);
    auto *monthLabel = new QLabel(tr("&Month:"));
    monthLabel->setBuddy(m_month);
    auto *asOf = new QLabel;
    asOf->setObjectName(u"queryLogAsOfNote"_s);
    asOf->setStyleSheet(u"color: #8a5a00;"_s);
    asOf->setText(db::demoAsOf(file).isValid() ? tr("Demo office: dates as of %1").arg(formatDate(m_asOfDay))
                                               : tr("Dates as of %1").arg(formatDate(m_asOfDay)));

    auto *choose = new QHBoxLayout;
    choose->addWidget(ccgLabel);
    choose->addWidget(m_ccg, 1);
    choose->addSpacing(12);
    choose->addWidget(monthLabel);
    choose->addWidget(m_previous);
    choose->addWidget(m_month);
    choose->addWidget(m_year);
    choose->addWidget(m_next);
    choose->addSpacing(12);
    choose->addWidget(asOf);
    choose->addStretch(0);

    m_table->setObjectName(u"queryLogTable"_s);
    m_table->setModel(m_model);
    setUpReadOnlyTable(m_table);
    m_table->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    const QFontMetrics fm = m_table->fontMetrics();
    // Widths from sample text, tight enough that the clocks start within a 1280-pixel window.
    const std::pair<int, const char *> widths[] = { { QueryLogModel::Section, "within standard" },
        { QueryLogModel::Reference, "WMH-2017-00000" }, { QueryLogModel::Type, "Provider query" },
        { QueryLogModel::PracticeCode, "M84629" }, { QueryLogModel::Practice, "Priory Medical Ce" },
        { QueryLogModel::Title, "Priory Medical Centre: Query a" }, { QueryLogModel::Officer, "Rajinder Sand" },
        { QueryLogModel::Received, "00/00/0000" }, { QueryLogModel::AcknowledgeDue, "00/00/0000" },
        { QueryLogModel::Acknowledged, "Acknowledged" }, { QueryLogModel::Acknowledgement, "Met late" },
        { QueryLogModel::ResponseDue, "00/00/0000" }, { QueryLogModel::Responded, "00/00/0000" },
        { QueryLogModel::Response, "Met late" }, { QueryLogModel::Closed, "00/00/0000" },
        { QueryLogModel::Open, "Open" }, { QueryLogModel::Overdue, "Overdue" },
        { QueryLogModel::Exclusions, "further-investigation" }, { QueryLogModel::PausedWorkingDays, "00" } };
    // Long headers take two lines (the model breaks them); a column is as wide as its sample or its header's longest
    // line.
    const QFontMetrics hm = header->fontMetrics();
    for (const auto &[column, sample] : widths) {
        int headerWidth = 0;
        for (const QString &line : m_model->headerData(column, Qt::Horizontal).toString().split(u'\n'))
            headerWidth = std::max(headerWidth, hm.horizontalAdvance(line) + 14);
        header->resizeSection(column,
            std::max(headerWidth,
                fm.horizontalAdvance(QString::fromLatin1(sample))
                    + (column == QueryLogModel::Acknowledgement || column == QueryLogModel::Response ? 36 : 14)));
    }
    settings::rememberHeaderState(header, u"queryLog"_s);

    auto *preview = outputButton(tr("Print pre&view…"), u"queryLogPreviewButton"_s, tr("See the printed log"));
    auto *printButton = outputButton(tr("&Print…"), u"queryLogPrintButton"_s, tr("Print the log on A4"));
    auto *pdf = outputButton(tr("Export P&DF…"), u"queryLogPdfButton"_s, tr("Save the printed log as a PDF"));
    auto *xlsx = outputButton(tr("Export &XLSX…"), u"queryLogXlsxButton"_s,
        tr("Save the log as an Excel workbook (counts as numbers, real dates)"));
    auto *csv = outputButton(tr("Export C&SV…"), u"queryLogCsvButton"_s, tr("Save the log as CSV that Excel opens"));
    auto *close = outputButton(tr("Close"), u"queryLogCloseButton"_s, QString());
    m_outputs = { preview, printButton, pdf, xlsx, csv };
    m_done->setObjectName(u"queryLogExported"_s);
    m_done->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : m_outputs)
        buttons->addWidget(b);
    buttons->addSpacing(12);
    buttons->addWidget(m_done, 1);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choose);
    layout->addWidget(m_figures);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    // The table is one of the app's lists: its menu prints and exports the log, Open shows the case.
    ListActions *list = setUpList(m_table,
        ListSetup(tr("Query log"))
            .titledBy([this] { return QueryLogFigures::headingText(m_model->log()); })
            .opensWith([this](const QModelIndex &index) {
                const QString ref = index.data(KeyRole).toString();
                if (!ref.isEmpty())
                    emit caseOpenRequested(ref);
            }));
    connect(list, &ListActions::printRequested, this, [this] { print(); });
    connect(list, &ListActions::exportXlsxRequested, this, [this] { exportXlsx(); });
    connect(list, &ListActions::exportCsvRequested, this, [this] { exportCsv(); });
    connect(m_table, &QAbstractItemView::activated, this, [list](const QModelIndex &index) { list->open(index); });

    connect(preview, &QPushButton::clicked, this, &QueryLogDialog::printPreview);
    connect(printButton, &QPushButton::clicked, this, [this] { print(); });
    connect(pdf, &QPushButton::clicked, this, [this] { exportPdf(); });
    connect(xlsx, &QPushButton::clicked, this, [this] { exportXlsx(); });
    connect(csv, &QPushButton::clicked, this, [this] { exportCsv(); });
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_ccg, &QComboBox::currentIndexChanged, this, &QueryLogDialog::readChosen);
    connect(m_month, &QComboBox::currentIndexChanged, this, &QueryLogDialog::readChosen);
    connect(m_year, &QSpinBox::valueChanged, this, &QueryLogDialog::readChosen);
    connect(m_previous, &QToolButton::clicked, this, [this] { stepMonth(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { stepMonth(1); });
    connect(m_model, &QueryLogModel::logRead, this, &QueryLogDialog::showRead);
    // A CCG added or renamed elsewhere joins the chooser; the model follows the cases itself.
    if (file.changes())
        connect(file.changes(), &db::ChangeNotifier::recordsChanged, this, [this](const db::RecordsChanged &change) {
            if (change.touches(u"ccg"_s))
                fillCcgs();
        });

    m_model->setOfficeFile(&file);
    fillCcgs();
    showLog(QString());
}

void QueryLogDialog::fillCcgs()
{
    const QString keep = ccgCode();
    const QSignalBlocker block(m_ccg);
    m_ccg->clear();
    const Result<QVector<Ccg>> ccgs = db::CcgRepository(m_file).list();
    if (ccgs) {
        for (const Ccg &c : ccgs.value())
            m_ccg->addItem(u"%1 %2"_s.arg(c.code, c.name), c.code);
    }
    const int i = m_ccg->findData(keep);
    m_ccg->setCurrentIndex(i < 0 ? 0 : i);
}

void QueryLogDialog::showLog(const QString &ccgCode, int year, int month)
{
    {
        const QSignalBlocker b1(m_ccg), b2(m_month), b3(m_year);
        if (!ccgCode.isEmpty()) {
            const int i = m_ccg->findData(ccgCode.trimmed().toUpper());
            if (i >= 0)
                m_ccg->setCurrentIndex(i);
        }
        const bool given = year > 0 && month >= 1 && month <= 12;
        m_year->setValue(given ? year : m_asOfDay.year());
        m_month->setCurrentIndex((given ? month : m_asOfDay.month()) - 1);
    }
    readChosen();
}

QString QueryLogDialog::ccgCode() const
{
    return m_ccg->currentData().toString();
}

int QueryLogDialog::year() const
{
    return m_year->value();
}

int QueryLogDialog::month() const
{
    return m_month->currentData().toInt();
}

void QueryLogDialog::readChosen()
{
    m_done->clear();
    m_model->showLog(ccgCode(), year(), month(), queryLogClockDay(year(), month(), m_asOfDay));
}

void QueryLogDialog::stepMonth(int by)
{
    const QDate to = QDate(year(), month(), 1).addMonths(by);
    if (to.year() < m_year->minimum() || to.year() > m_year->maximum())
        return;
    showLog(QString(), to.year(), to.month());
}

void QueryLogDialog::showRead()
{
    const bool has = m_model->hasLog();
    if (has)
        m_figures->showLog(m_model->log());
    else
        m_figures->showError(m_model->lastError().isEmpty() ? tr("Choose a CCG.") : m_model->lastError());
    for (QPushButton *b : m_outputs)
        b->setEnabled(has);
    const QDate first(year(), month(), 1);
    m_previous->setEnabled(first.addMonths(-1).year() >= m_year->minimum());
    m_next->setEnabled(first.addMonths(1).year() <= m_year->maximum());
    if (has)
        setWindowTitle(tr("Monthly query log — %1 %2").arg(m_model->log().ccgCode, m_model->log().monthName()));
}

QString QueryLogDialog::fileName(const QString &extension) const
{
    return u"%1-query-log-%2-%3.%4"_s.arg(ccgCode()).arg(year()).arg(month(), 2, 10, QLatin1Char('0')).arg(extension);
}

std::optional<DocumentJob> QueryLogDialog::documentJob() const
{
    if (!m_model->hasLog())
        return std::nullopt;
    const QueryLog log = m_model->log();
    DocumentJob job;
    job.what = tr("query log");
    job.title = tr("Query log %1 %2").arg(log.ccgCode, log.monthName());
    job.fileName = fileName(u"pdf"_s);
    job.decoration = print::queryLogDecoration(log, m_file.user());
    job.build = [log](QTextDocument &doc) { print::buildQueryLogDocument(doc, log); };
    return job;
}

void QueryLogDialog::printPreview()
{
    if (const auto job = documentJob())
        previewDocument(this, *job);
}

bool QueryLogDialog::print()
{
    const auto job = documentJob();
    return job && printDocument(this, *job);
}

QString QueryLogDialog::exportPdf()
{
    const auto job = documentJob();
    if (!job)
        return {};
    const QString path = [&] {
        const BusyCursor busy;
        return exportDocumentPdf(this, *job);
    }();
    said(path);
    return path;
}

QString QueryLogDialog::exportXlsx()
{
    if (!m_model->hasLog())
        return {};
    const QueryLog log = m_model->log();
    const QString path = exportFile(
        this, tr("Export the query log to Excel"), fileName(u"xlsx"_s), tr("Excel workbooks (*.xlsx)"),
        [&log](const QString &to) {
            const BusyCursor busy;
            return db::writeQueryLogXlsx(log, to);
        },
        tr("Exporting the query log"));
    said(path);
    return path;
}

QString QueryLogDialog::exportCsv()
{
    if (!m_model->hasLog())
        return {};
    const QueryLog log = m_model->log();
    const QString path = exportFile(
        this, tr("Export the query log to CSV"), fileName(u"csv"_s), tr("CSV files (*.csv)"),
        [&log](const QString &to) { return writeFileBytes(to, queryLogCsv(log)); }, tr("Exporting the query log"));
    said(path);
    return path;
}

void QueryLogDialog::said(const QString &path)
{
    if (path.isEmpty())
        return;
    const QString message = tr("Exported %1").arg(QFileInfo(path).fileName());
    m_done->setText(message);
    m_done->setToolTip(QDir::toNativeSeparators(path));
    emit statusMessage(message);
}

} // namespace hub::ui
