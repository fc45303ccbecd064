// The case list.
#include "ui/cases/case_list_view.h"
#include "ui/widgets/read_only_table.h"

#include "core/cases/case_status.h"
#include "core/cases/case_type.h"
#include "core/common/format.h"
#include "database/cases/case_search.h"
#include "database/ccgs/ccg_repository.h"
#include "database/demo/demo_as_of.h"
#include "database/office_file.h"
#include "ui/app_settings.h"
#include "ui/models/case_table_model.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace hub::ui
{

using namespace Qt::StringLiterals;

namespace
{

const QString kOpenOnly = u"@open"_s;
constexpr int kSearchPauseMs = 180;

// Selects the item whose data is `value` (the first item when none).
void selectData(QComboBox *combo, const QString &value)
{
    const int i = combo->findData(value);
    combo->setCurrentIndex(i < 0 ? 0 : i);
}

// Refills a pick-list keeping its current choice.
template <typename Fill> void refill(QComboBox *combo, Fill fill)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker block(combo);
    combo->clear();
    fill();
    selectData(combo, current);
}

} // namespace

CaseListView::CaseListView(QWidget *parent)
    : QWidget(parent)
    , m_model(new CaseTableModel(this))
    , m_search(new QLineEdit)
    , m_ccg(new QComboBox)
    , m_type(new QComboBox)
    , m_officer(new QComboBox)
    , m_status(new QComboBox)
    , m_overdue(new QCheckBox(tr("Overdue only")))
    , m_count(new QLabel)
    , m_asOfNote(new QLabel)
    , m_new(new QPushButton(tr("New case…")))
    , m_queryLog(new QPushButton(tr("Query log…")))
    , m_table(new QTableView)
    , m_searchDelay(new QTimer(this))
{
    m_search->setObjectName(u"caseSearch"_s);
    m_search->setPlaceholderText(tr("Search reference, title, notes…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(140);
    m_search->setToolTip(tr("Every word must appear; the last word matches as you type (from its second letter)."));
    m_ccg->setObjectName(u"caseCcgFilter"_s);
    m_type->setObjectName(u"caseTypeFilter"_s);
    m_officer->setObjectName(u"caseOfficerFilter"_s);
    m_status->setObjectName(u"caseStatusFilter"_s);
    m_overdue->setObjectName(u"caseOverdueOnly"_s);
    m_count->setObjectName(u"caseCount"_s);
    m_asOfNote->setObjectName(u"caseAsOfNote"_s);
    m_new->setObjectName(u"newCaseButton"_s);
    m_queryLog->setObjectName(u"caseQueryLogButton"_s);
    m_queryLog->setToolTip(tr("The monthly summary log of queries of the CCG filtered, or of the selected case's CCG"));
    m_table->setObjectName(u"caseTable"_s);
    for (QComboBox *c : { m_ccg, m_type, m_officer, m_status }) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(6); // the list fits beside the editor in a 1280-pixel window
    }
    m_ccg->setToolTip(tr("CCG"));
    m_type->setToolTip(tr("Case type"));
    m_officer->setToolTip(tr("Officer handling the case"));
    m_status->setToolTip(tr("Status"));
    m_overdue->setToolTip(tr("Only cases with a clock past its due date"));

    m_type->addItem(tr("All types"), QString());
    for (const CaseTypeInfo &t : caseTypes())
        m_type->addItem(QString::fromUtf8(t.name), QString::fromLatin1(t.code));
    m_status->addItem(tr("All statuses"), QString());
    m_status->addItem(tr("Open (not closed)"), kOpenOnly);
    for (CaseStatus st :
        { CaseStatus::Open, CaseStatus::Acknowledged, CaseStatus::Paused, CaseStatus::Responded, CaseStatus::Closed })
        m_status->addItem(caseStatusName(st), caseStatusCode(st));
    m_ccg->addItem(tr("All CCGs"), QString());
    m_officer->addItem(tr("All officers"), QString());

    m_table->setModel(m_model);
    setUpReadOnlyTable(m_table);
    m_table->setTextElideMode(Qt::ElideRight);
    auto *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    header->setSortIndicator(CaseTableModel::Received, Qt::DescendingOrder);
    // Widths from sample text, so every column fits a 1400-pixel window.
    const QFontMetrics fm = m_table->fontMetrics();
    const std::pair<int, const char *> widths[] = { { CaseTableModel::Reference, "WMH-2017-00000" },
        { CaseTableModel::Received, "00/00/0000" }, { CaseTableModel::Ccg, "CCG" },
        { CaseTableModel::Practice, "Dr A J Bywater & Pa" }, { CaseTableModel::Type, "Contract variation (n" },
        { CaseTableModel::Title, "Dr A J Bywater & Partners: Duplica" }, { CaseTableModel::Officer, "Rajinder Sandh" },
        { CaseTableModel::Owner, "Hub supports CCG" }, { CaseTableModel::Status, "Acknowledged" },
        { CaseTableModel::AcknowledgeDue, "00/00/0000" }, { CaseTableModel::ResponseDue, "Response due" },
        { CaseTableModel::Clock, "Overdue by 10 working days" } };
    // The clock and due columns carry the state's icon too.
    for (const auto &[column, sample] : widths)
        header->resizeSection(column,
            fm.horizontalAdvance(QString::fromLatin1(sample))
                + (column == CaseTableModel::Clock || column == CaseTableModel::AcknowledgeDue
                            || column == CaseTableModel::ResponseDue
                        ? 36
                        : 12));
    // The clock's wording ("Overdue by 4 working days") next to the dates, in view beside the editor;
    // a user's own column order (remembered below) wins.
    header->moveSection(header->visualIndex(CaseTableModel::Clock), header->visualIndex(CaseTableModel::Ccg));
    settings::rememberHeaderState(header, u"cases/list"_s);
    header->setSectionHidden(CaseTableModel::NextDue, true); // the clock column says it
    m_table->setSortingEnabled(true);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchPauseMs);

    // Two rows, so the list still fits beside the editor on a laptop screen.
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_overdue);
    bar->addWidget(m_new);
    bar->addWidget(m_queryLog);
    auto *filters = new QHBoxLayout;
    for (QComboBox *c : { m_ccg, m_type, m_officer, m_status })
        filters->addWidget(c, 1);

    auto *foot = new QHBoxLayout;
    foot->addWidget(m_count);
    foot->addStretch(1);
    foot->addWidget(m_asOfNote);
    m_asOfNote->setStyleSheet(u"color: #8a5a00;"_s);
    m_asOfNote->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(foot);

    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay->start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &CaseListView::flushPendingSearch);
    connect(m_searchDelay, &QTimer::timeout, this, &CaseListView::apply);
    for (QComboBox *c : { m_ccg, m_type, m_officer, m_status })
        connect(c, &QComboBox::currentIndexChanged, this, &CaseListView::apply);
    connect(m_overdue, &QCheckBox::toggled, this, &CaseListView::apply);
    connect(m_new, &QPushButton::clicked, this, &CaseListView::newCaseRequested);
    connect(m_queryLog, &QPushButton::clicked, this, [this] { emit queryLogRequested(shownCcg()); });
    connect(m_model, &CaseTableModel::queried, this, &CaseListView::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CaseListView::updateCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CaseListView::updateCurrent);
    connect(m_table, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        if (const db::CaseRow *r = m_model->rowAt(index.row()))
            emit caseClicked(r->ref);
    });
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const db::CaseRow *r = m_model->rowAt(index.row()))
            emit caseActivated(r->ref);
    });
    // A header click re-queries (sorted in SQL): keep the selected case in view.
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this] {
        if (!m_current.isEmpty())
            QTimer::singleShot(0, this, [this, ref = m_current] { restoreSelection(ref, -1); });
    });
    updateCount();
}

void CaseListView::setOfficeFile(db::OfficeFile *file)
{
    m_file = file;
    m_searchDelay->stop();
    m_current.clear();
    const QDate demo = file ? db::demoAsOf(*file) : QDate();
    m_asOf = demo;
    m_asOfNote->setVisible(demo.isValid());
    m_asOfNote->setText(tr("Demo office: dates as of %1").arg(formatDate(demo)));
    {
        const QSignalBlocker b(m_search);
        m_search->clear();
    }
    m_model->setOfficeFile(file);
    fillPickLists();
    apply();
    m_new->setEnabled(file && !file->isReadOnly());
    m_queryLog->setEnabled(file != nullptr);
}

void CaseListView::fillPickLists()
{
    refill(m_ccg, [this] {
        m_ccg->addItem(tr("All CCGs"), QString());
        if (!m_file)
            return;
        const auto ccgs = db::CcgRepository(*m_file).list();
        if (!ccgs)
            return;
        for (const Ccg &c : ccgs.value())
            m_ccg->addItem(u"%1 %2"_s.arg(c.code, c.shortName.isEmpty() ? c.name : c.shortName), c.code);
    });
    refill(m_officer, [this] {
        m_officer->addItem(tr("All officers"), QString());
        if (!m_file)
            return;
        const auto officers = db::CaseListQuery(*m_file).officers();
        if (!officers)
            return;
        for (const QString &o : officers.value())
            m_officer->addItem(o, o);
    });
}

void CaseListView::reload()
{
    if (!m_file)
        return;
    const QString ref = m_current;
    const int scroll = m_table->verticalScrollBar()->value();
    fillPickLists();
    m_restoring = true;
    m_model->refresh();
    m_restoring = false;
    restoreSelection(ref, scroll);
    emit listChanged();
}

void CaseListView::updateCases(const QSet<QString> &ids)
{
    if (!m_file || ids.isEmpty())
        return;
    fillPickLists(); // a new officer, say
    if (!m_model->updateRows(ids))
        reload();
    else
        emit listChanged();
}

void CaseListView::setAsOf(const QDate &day)
{
    if (day == m_asOf)
        return;
    m_asOf = day;
    const QDate demo = m_file ? db::demoAsOf(*m_file) : QDate();
    m_asOfNote->setVisible(day.isValid());
    m_asOfNote->setText(demo.isValid() && day == demo ? tr("Demo office: dates as of %1").arg(formatDate(day))
                                                      : tr("Dates as of %1").arg(formatDate(day)));
    apply();
}

db::CaseFilter CaseListView::filter() const
{
    db::CaseFilter f;
    f.search = m_search->text();
    f.searchAsTyped = true;
    f.ccgCode = m_ccg->currentData().toString();
    f.typeCode = m_type->currentData().toString();
    f.officer = m_officer->currentData().toString();
    const QString status = m_status->currentData().toString();
    if (status == kOpenOnly)
        f.openOnly = true;
    else
        f.status = status;
    f.overdueOnly = m_overdue->isChecked();
    f.asOf = m_asOf;
    f.sortColumn = m_model->filter().sortColumn;
    f.sortDescending = m_model->filter().sortDescending;
    f.limit = m_model->pageSize();
    return f;
}

void CaseListView::setFilter(const db::CaseFilter &f)
{
    m_searchDelay->stop();
    {
        const QSignalBlocker b1(m_search), b2(m_ccg), b3(m_type), b4(m_officer), b5(m_status), b6(m_overdue);
        m_search->setText(f.search);
        if (!f.ccgCode.isEmpty() && m_ccg->findData(f.ccgCode.toUpper()) < 0)
            m_ccg->addItem(f.ccgCode.toUpper(), f.ccgCode.toUpper());
        selectData(m_ccg, f.ccgCode.toUpper());
        selectData(m_type, f.typeCode);
        if (!f.officer.isEmpty() && m_officer->findData(f.officer) < 0)
            m_officer->addItem(f.officer, f.officer);
        selectData(m_officer, f.officer);
        selectData(m_status, f.status.isEmpty() && f.openOnly ? kOpenOnly : f.status);
        m_overdue->setChecked(f.overdueOnly);
    }
    if (f.asOf.isValid())
        m_asOf = f.asOf;
    db::CaseFilter run = filter();
    run.sortColumn = f.sortColumn;
    run.sortDescending = f.sortDescending;
    {
        const int column = CaseTableModel::columnOfSort(f.sortColumn);
        const QSignalBlocker b(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(column < 0 ? int(CaseTableModel::Received) : column,
            column < 0 || f.sortDescending ? Qt::DescendingOrder : Qt::AscendingOrder);
    }
    const QString ref = m_current;
    m_restoring = true;
    m_model->setFilter(run);
    m_restoring = false;
    restoreSelection(ref, -1);
    emit listChanged();
}

void CaseListView::apply()
{
    m_searchDelay->stop();
    const QString ref = m_current;
    m_restoring = true;
    m_model->setFilter(filter());
    m_restoring = false;
    restoreSelection(ref, -1);
    emit listChanged();
}

void CaseListView::flushPendingSearch()
{
    if (m_searchDelay->isActive())
        apply();
}

bool CaseListView::selectCase(const QString &ref)
{
    const int row = ref.isEmpty() ? -1 : m_model->loadUntil(ref);
    if (row < 0) {
        // No row stays current for a case the list does not hold.
        m_table->selectionModel()->clear();
    } else {
        const QModelIndex index = m_model->index(row, 0);
        m_table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    }
    updateCurrent();
    return row >= 0;
}

QString CaseListView::currentRef() const
{
    return m_current;
}

bool CaseListView::holdsCase(const QString &id) const
{
    return m_model->holds(id);
}

bool CaseListView::isFiltered() const
{
    const db::CaseFilter f = filter();
    return !f.search.trimmed().isEmpty() || !f.ccgCode.isEmpty() || !f.typeCode.isEmpty() || !f.officer.isEmpty()
        || !f.status.isEmpty() || f.openOnly || f.overdueOnly;
}

QString CaseListView::shownCcg() const
{
    const QString filtered = m_ccg->currentData().toString();
    if (!filtered.isEmpty())
        return filtered;
    const db::CaseRow *r = m_model->rowAt(m_table->selectionModel()->currentIndex().row());
    return r ? r->ccgCode : QString();
}

void CaseListView::clearFilter()
{
    {
        const QSignalBlocker b1(m_search), b2(m_ccg), b3(m_type), b4(m_officer), b5(m_status), b6(m_overdue);
        m_search->clear();
        for (QComboBox *c : { m_ccg, m_type, m_officer, m_status })
            c->setCurrentIndex(0);
        m_overdue->setChecked(false);
    }
    apply();
}

void CaseListView::restoreSelection(const QString &ref, int scroll)
{
    m_restoring = true;
    int row = -1;
    if (!ref.isEmpty()) {
        // Keep the case if it still matches; read on a little if it slid past the loaded pages.
        row = m_model->loadUntil(ref, m_model->rowCount() + m_model->pageSize());
        if (row >= 0) {
            const QModelIndex index = m_model->index(row, 0);
            m_table->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
    }
    if (scroll >= 0)
        m_table->verticalScrollBar()->setValue(scroll);
    else if (row >= 0)
        m_table->scrollTo(m_model->index(row, 0));
    else
        m_table->scrollToTop(); // a new filter without the case: its first rows, not a leftover position
    m_restoring = false;
    updateCurrent();
}

void CaseListView::updateCurrent()
{
    if (m_restoring)
        return;
    const db::CaseRow *r = m_model->rowAt(m_table->selectionModel()->currentIndex().row());
    const QString ref = r ? r->ref : QString();
    if (ref == m_current)
        return;
    m_current = ref;
    emit currentCaseChanged(ref);
}

void CaseListView::updateCount()
{
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    const int n = m_model->totalCount();
    if (!m_model->lastError().isEmpty())
        m_count->setText(tr("The case list could not be read: %1").arg(m_model->lastError()));
    else if (!m_model->totalIsExact())
        m_count->setText(tr("More than %1 cases").arg(uk.toString(n)));
    else
        m_count->setText(n == 1 ? tr("1 case") : tr("%1 cases").arg(uk.toString(n)));
}

} // namespace hub::ui
