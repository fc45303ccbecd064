// "Calendar & letters": the working calendar tab.
#include "ui/calendar_letters/calendar_tab.h"

#include "ui/calendar_letters/admin_page.h"

#include "core/common/format.h"
#include "database/cases/due_date_snapshot.h"
#include "database/demo/demo_as_of.h"
#include "database/office_file.h"
#include "ui/calendar_letters/calendar_models.h"
#include "ui/calendar_letters/closure_dialog.h"
#include "ui/calendar_letters/year_calendar_view.h"
#include "ui/dialogs/error_message.h"
#include "ui/models/roles.h"

#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hub::ui
{

using namespace Qt::StringLiterals;

namespace
{

const QString kClosed = u"closed"_s;
const QString kReason = u"reason"_s;

QTableView *makeTable(QAbstractItemModel *model, const QString &name)
{
    auto *proxy = new QSortFilterProxyModel(model);
    proxy->setSourceModel(model);
    proxy->setSortRole(SortRole);
    auto *t = new QTableView;
    t->setObjectName(name);
    t->setModel(proxy);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->setSortingEnabled(true);
    t->sortByColumn(0, Qt::AscendingOrder);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 10);
    t->horizontalHeader()->setHighlightSections(false);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QLabel *heading(const QString &text = {})
{
    auto *l = new QLabel(text);
    l->setTextFormat(Qt::RichText);
    return l;
}

} // namespace

CalendarTab::CalendarTab(AdminPage &page)
    : m_page(page)
    , m_year(new QSpinBox)
    , m_yearSummary(new QLabel)
    , m_yearView(new YearCalendarView)
    , m_holidays(new BankHolidayModel(this))
    , m_closureModel(new ClosureTableModel(this))
    , m_holidayTable(makeTable(m_holidays, u"bankHolidayTable"_s))
    , m_closureTable(makeTable(m_closureModel, u"closureTable"_s))
    , m_holidayTitle(heading())
    , m_closureTitle(heading())
    , m_addClosure(new QPushButton(tr("Add closure day…")))
    , m_removeClosure(new QPushButton(tr("Remove")))
    , m_changeNote(new QLabel)
    , m_workFrom(new QDateEdit)
    , m_workCount(new QSpinBox)
    , m_workResult(new QLabel)
    , m_workExplain(new QListWidget)
{
    setObjectName(u"calendarTab"_s);
    m_year->setObjectName(u"calendarYear"_s);
    m_year->setRange(1990, 2080);
    m_year->setValue(QDate::currentDate().year());
    m_year->setAccelerated(true);
    m_year->setMinimumWidth(80);
    m_yearSummary->setObjectName(u"calendarSummary"_s);
    m_yearSummary->setWordWrap(true);
    connect(m_year, &QSpinBox::valueChanged, this, [this] { showYear(); });

    auto *thisYear = new QPushButton(tr("This year"));
    thisYear->setObjectName(u"calendarThisYear"_s);
    connect(thisYear, &QPushButton::clicked, this, [this] { setYear(db::officeAsOf(m_page.officeFile()).year()); });

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("&Year:")));
    qobject_cast<QLabel *>(bar->itemAt(0)->widget())->setBuddy(m_year);
    bar->addWidget(m_year);
    bar->addWidget(thisYear);
    bar->addSpacing(16);
    bar->addWidget(m_yearSummary, 1);

    m_yearView->setToolTip(QString());
    connect(m_yearView, &YearCalendarView::dayClicked, this, [this](const QDate &d) {
        const int row = m_closureModel->rowOf(d);
        if (row >= 0) {
            auto *proxy = static_cast<QSortFilterProxyModel *>(m_closureTable->model());
            m_closureTable->setCurrentIndex(
                proxy->mapFromSource(m_closureModel->index(row, ClosureTableModel::Reason)));
        }
        m_workFrom->setDate(d);
    });
    connect(m_yearView, &YearCalendarView::dayActivated, this, [this](const QDate &d) {
        if (m_calendar && m_calendar->isWorkingDay(d) && m_page.isEditable())
            addClosure(d);
    });

    auto *left = new QWidget;
    auto *ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    ll->addLayout(bar);
    ll->addWidget(m_yearView, 1);
    ll->addWidget(new YearCalendarLegend);
    auto *hint = new QLabel(tr("Double-click a working day to close the office on it; hover a day to see why it "
                               "does not count."));
    hint->setStyleSheet(u"color:#425563"_s);
    hint->setWordWrap(true);
    ll->addWidget(hint);

    // Bank holidays.
    QHeaderView *hh = m_holidayTable->horizontalHeader();
    hh->resizeSection(BankHolidayModel::Date, 90);
    hh->resizeSection(BankHolidayModel::Day, 48);
    hh->setSectionResizeMode(BankHolidayModel::Name, QHeaderView::Stretch);
    hh->setStretchLastSection(false);
    hh->resizeSection(BankHolidayModel::Source, 64);
    m_holidayTable->setEditTriggers(QAbstractItemView::NoEditTriggers);

    // Closure days.
    QHeaderView *chd = m_closureTable->horizontalHeader();
    chd->resizeSection(ClosureTableModel::Date, 90);
    chd->resizeSection(ClosureTableModel::Day, 48);
    chd->setSectionResizeMode(ClosureTableModel::Reason, QHeaderView::Stretch);
    chd->setStretchLastSection(false);
    chd->resizeSection(ClosureTableModel::AddedBy, 150);
    m_closureTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    connect(
        m_closureModel, &ClosureTableModel::reasonEditRequested, this,
        [this](const QDate &d, const QString &reason) { changeClosureReason(d, reason); }, Qt::QueuedConnection);
    connect(m_closureTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateClosureButtons();
        const QModelIndex idx = m_closureTable->currentIndex();
        if (idx.isValid())
            m_yearView->setSelectedDate(idx.data(KeyRole).toDate());
    });

    m_addClosure->setObjectName(u"addClosureButton"_s);
    m_addClosure->setToolTip(tr("Close the office on a working day (staff training, Christmas shutdown)"));
    m_removeClosure->setObjectName(u"removeClosureButton"_s);
    m_removeClosure->setToolTip(tr("Make the selected closure day a working day again"));
    connect(m_addClosure, &QPushButton::clicked, this, [this] { addClosure(m_yearView->selectedDate()); });
    connect(m_removeClosure, &QPushButton::clicked, this, &CalendarTab::removeSelectedClosure);
    m_changeNote->setObjectName(u"closureChangeNote"_s);
    m_changeNote->setWordWrap(true);
    m_changeNote->setStyleSheet(u"color:#007F3B"_s);

    auto *closureButtons = new QHBoxLayout;
    closureButtons->addWidget(m_closureTitle, 1);
    closureButtons->addWidget(m_addClosure);
    closureButtons->addWidget(m_removeClosure);

    // Working-day counter.
    auto *counter = new QGroupBox(tr("Count working days"));
    counter->setObjectName(u"workingDaysBox"_s);
    m_workFrom->setObjectName(u"workingDaysFrom"_s);
    m_workFrom->setDisplayFormat(u"dd/MM/yyyy"_s);
    m_workFrom->setCalendarPopup(true);
    m_workFrom->setDate(QDate::currentDate());
    m_workCount->setObjectName(u"workingDaysCount"_s);
    m_workCount->setRange(0, 260);
    m_workCount->setValue(20);
    m_workResult->setObjectName(u"workingDaysResult"_s);
    m_workResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_workResult->setWordWrap(true);
    m_workExplain->setObjectName(u"workingDaysExplanation"_s);
    m_workExplain->setAlternatingRowColors(true);
    m_workExplain->setWordWrap(true);
    m_workExplain->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_workExplain->setMinimumHeight(90);
    connect(m_workFrom, &QDateEdit::dateChanged, this, &CalendarTab::updateWorkingDays);
    connect(m_workCount, &QSpinBox::valueChanged, this, &CalendarTab::updateWorkingDays);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("From")));
    row->addWidget(m_workFrom);
    row->addWidget(new QLabel(tr("plus")));
    row->addWidget(m_workCount);
    row->addWidget(new QLabel(tr("working days")));
    row->addStretch(1);
    auto *cl = new QVBoxLayout(counter);
    cl->addLayout(row);
    cl->addWidget(m_workResult);
    cl->addWidget(m_workExplain, 1);

    auto *right = new QWidget;
    auto *rl = new QVBoxLayout(right);
    rl->setContentsMargins(8, 0, 0, 0);
    rl->addWidget(m_holidayTitle);
    rl->addWidget(m_holidayTable, 3);
    rl->addLayout(closureButtons);
    rl->addWidget(m_closureTable, 3);
    rl->addWidget(m_changeNote);
    rl->addWidget(counter, 4);

    auto *split = new QSplitter(Qt::Horizontal);
    split->setObjectName(u"calendarSplitter"_s);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({ 820, 540 });
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
}

int CalendarTab::year() const
{
    return m_year->value();
}

void CalendarTab::setYear(int year)
{
    if (m_year->value() == year)
        showYear();
    else
        m_year->setValue(year); // showYear() follows
}

void CalendarTab::reload()
{
    m_closures.clear();
    m_calendar.reset();
    if (m_page.officeFile()) {
        db::ClosureRepository repo(*m_page.officeFile());
        Result<QVector<db::StoredClosure>> listed = repo.list();
        if (listed)
            m_closures = listed.value();
        else
            showError(this, tr("Reading the office closure days"), listed.error());
        QVector<OfficeClosure> days;
        for (const db::StoredClosure &c : m_closures)
            days.append(c.closure);
        Result<WorkingCalendar> cal = WorkingCalendar::englandAndWales(days);
        if (cal)
            m_calendar = cal.value();
    } else {
        Result<WorkingCalendar> cal = WorkingCalendar::englandAndWales();
        if (cal)
            m_calendar = cal.value();
    }
    m_closureModel->setEditable(m_page.isEditable());
    m_addClosure->setEnabled(m_page.isEditable());
    if (m_defaultsFor != m_page.officeFile()) {
        // A newly opened file: count from, and show the year of, its as-of day.
        m_defaultsFor = m_page.officeFile();
        const QDate asOf = db::officeAsOf(m_page.officeFile());
        const QSignalBlocker quiet(m_year);
        m_year->setValue(asOf.year());
        m_workFrom->setDate(asOf);
    }
    showYear();
}

void CalendarTab::showYear()
{
    const int y = m_year->value();
    const QDate keep = m_closureTable->currentIndex().data(KeyRole).toDate();
    m_yearView->setCalendar(m_calendar, y);

    QVector<db::StoredClosure> inYear;
    for (const db::StoredClosure &c : m_closures) {
        if (c.closure.date.year() == y)
            inYear.append(c);
    }
    m_closureModel->setClosures(inYear);
    const QVector<BankHoliday> holidays
        = m_calendar ? m_calendar->bankHolidays().holidaysIn(y) : QVector<BankHoliday> {};
    m_holidays->setHolidays(holidays);

    const bool listed = m_calendar && m_calendar->bankHolidays().listCovers(y);
    m_holidayTitle->setText(tr("<b>England and Wales bank holidays in %1</b>%2")
                                .arg(y)
                                .arg(listed || !m_calendar ? QString()
                                                           : tr(" <span style='color:#768692'>(worked out from the "
                                                                "rules: the GOV.UK list does not cover %1)</span>")
                                                                 .arg(y)));
    m_closureTitle->setText(tr("<b>Office closure days in %1</b>").arg(y));

    if (m_calendar) {
        const int working = m_calendar->workingDaysBetween(QDate(y - 1, 12, 31), QDate(y, 12, 31));
        m_yearSummary->setText(tr("<b>%1</b>: %2 working days · %3 bank holidays · %4 office closure days")
                                   .arg(y)
                                   .arg(working)
                                   .arg(holidays.size())
                                   .arg(inYear.size()));
    } else {
        m_yearSummary->clear();
    }
    if (keep.isValid() && m_closureModel->rowOf(keep) >= 0) {
        auto *proxy = static_cast<QSortFilterProxyModel *>(m_closureTable->model());
        m_closureTable->setCurrentIndex(
            proxy->mapFromSource(m_closureModel->index(m_closureModel->rowOf(keep), ClosureTableModel::Reason)));
    }
    updateClosureButtons();
    updateWorkingDays();
}

void CalendarTab::updateClosureButtons()
{
    m_removeClosure->setEnabled(m_page.isEditable() && m_closureTable->currentIndex().isValid());
}

void CalendarTab::updateWorkingDays()
{
    m_workExplain->clear();
    if (!m_calendar) {
        m_workResult->clear();
        return;
    }
    const QDate from = m_workFrom->date();
    const int n = m_workCount->value();
    const QDate due = m_calendar->addWorkingDays(from, n);
    m_workResult->setText(tr("<b>Due %1</b> — %2 working days after %3 (that day itself is not counted)")
                              .arg(QLocale().toString(due, u"dddd d MMMM yyyy"_s))
                              .arg(n)
                              .arg(formatDate(from)));
    for (const ExplainedDay &d : m_calendar->explain(from, n)) {
        auto *item = new QListWidgetItem(d.text(), m_workExplain);
        if (!d.counted)
            item->setForeground(QColor(0x76, 0x86, 0x92));
    }
}

// --- closure edits -------------------------------------------------------

void CalendarTab::addClosure(const QDate &date)
{
    if (!m_page.isEditable())
        return;
    QDate initial = date;
    if (!initial.isValid() || initial.year() != year()) {
        const QDate asOf = db::officeAsOf(m_page.officeFile());
        initial = asOf.year() == year() ? asOf : QDate(year(), 1, 1);
    }
    ClosureDialog dialog(m_calendar, initial, this);
    dialog.setSubmit([this](const QDate &d, const QString &reason) { return applyAddClosure(d, reason); });
    m_openDialog = &dialog;
    dialog.exec();
    m_openDialog = nullptr;
}

QString CalendarTab::applyAddClosure(const QDate &date, const QString &reason)
{
    if (!m_page.isEditable())
        return tr("The office file is open read-only.");
    // A refusal is returned to the dialog instead of a message box (see writeClosure).
    m_lastWriteError.clear();
    pushClosureEdit(tr("Add closure day %1").arg(formatDate(date)), date,
        { { kClosed, false }, { kReason, QString() } }, { { kClosed, true }, { kReason, reason } }, 0);
    if (m_lastWriteOk)
        return {};
    return m_lastWriteError.isEmpty() ? tr("The closure day was not added.") : m_lastWriteError;
}

void CalendarTab::removeSelectedClosure()
{
    const QModelIndex idx = m_closureTable->currentIndex();
    if (idx.isValid())
        removeClosure(idx.data(KeyRole).toDate());
}

void CalendarTab::removeClosure(const QDate &date)
{
    if (!m_page.isEditable())
        return;
    const db::StoredClosure *c = nullptr;
    for (const db::StoredClosure &s : m_closures)
        c = s.closure.date == date ? &s : c;
    if (!c)
        return;
    const QString reason = c->closure.reason;
    pushClosureEdit(tr("Remove closure day %1").arg(formatDate(date)), date, { { kClosed, true }, { kReason, reason } },
        { { kClosed, false }, { kReason, QString() } }, c->meta.version);
}

void CalendarTab::changeClosureReason(const QDate &date, const QString &reason)
{
    if (!m_page.isEditable())
        return;
    for (const db::StoredClosure &c : m_closures) {
        if (c.closure.date != date)
            continue;
        RecordEditCommand::Access access;
        access.readFresh = [this, date] { return readClosure(date, true); };
        access.write = [this, date](const QVariantMap &values, std::int64_t version) {
            return writeClosure(date, values, version);
        };
        m_page.pushChangedFields(tr("Change reason for closure day %1").arg(formatDate(date)),
            { { kReason, c.closure.reason } }, { { kReason, reason } }, c.meta.version, std::move(access));
        return;
    }
}

void CalendarTab::pushClosureEdit(
    const QString &text, const QDate &date, const QVariantMap &before, const QVariantMap &after, std::int64_t version)
{
    RecordEditCommand::Access access;
    access.readFresh = [this, date] { return readClosure(date, false); };
    access.write = [this, date](const QVariantMap &values, std::int64_t v) { return writeClosure(date, values, v); };
    m_lastWriteOk = false;
    m_page.pushRecordEdit(text, before, after, version, std::move(access));
}

std::optional<RecordState> CalendarTab::readClosure(const QDate &date, bool mustExist)
{
    reload();
    for (const db::StoredClosure &c : m_closures) {
        if (c.closure.date == date)
            return RecordState { { { kClosed, true }, { kReason, c.closure.reason } }, c.meta };
    }
    if (mustExist)
        return std::nullopt;
    return RecordState { { { kClosed, false }, { kReason, QString() } }, RecordMeta {} };
}

bool CalendarTab::writeClosure(const QDate &date, const QVariantMap &values, std::int64_t version)
{
    m_lastWriteOk = false;
    if (!m_page.officeFile())
        return false;
    db::ClosureRepository repo(*m_page.officeFile());
    const db::DueDateSnapshot before = db::DueDateSnapshot::ofOpenCases(*m_page.officeFile());
    const QString reason = values.value(kReason).toString();
    WriteOutcome outcome = WriteOutcome::Failed;
    QString what;
    if (!values.contains(kClosed)) {
        outcome = m_page.guardedWrite(
            version, [&](std::int64_t v) { return repo.updateReason(date, v, reason); },
            tr("Changing the reason for %1").arg(formatDate(date)));
        what = tr("Reason for %1 changed.").arg(formatDate(date));
    } else if (values.value(kClosed).toBool()) {
        const Status s = repo.add(date, reason);
        if (s.ok()) {
            outcome = WriteOutcome::Written;
        } else if (m_openDialog) {
            m_lastWriteError = s.error().describe();
        } else {
            showError(this, tr("Adding the closure day %1").arg(formatDate(date)), s.error());
        }
        what = tr("Office closed on %1.").arg(QLocale().toString(date, u"ddd dd/MM/yyyy"_s));
    } else {
        outcome = m_page.guardedWrite(
            version, [&](std::int64_t v) { return repo.remove(date, v); },
            tr("Removing the closure day %1").arg(formatDate(date)));
        what = tr("%1 is a working day again.").arg(QLocale().toString(date, u"ddd dd/MM/yyyy"_s));
    }
    reload();
    if (outcome != WriteOutcome::Written)
        return false;
    m_lastWriteOk = true;
    int moved = -1;
    if (values.contains(kClosed)) {
        moved = before.movedIn(db::DueDateSnapshot::ofOpenCases(*m_page.officeFile()));
    }
    if (date.year() != year())
        setYear(date.year());
    const int row = m_closureModel->rowOf(date);
    if (row >= 0) {
        auto *proxy = static_cast<QSortFilterProxyModel *>(m_closureTable->model());
        m_closureTable->setCurrentIndex(proxy->mapFromSource(m_closureModel->index(row, ClosureTableModel::Reason)));
    }
    m_yearView->setSelectedDate(date);
    reportChange(what, moved);
    emit m_page.officeDataChanged();
    return true;
}

void CalendarTab::reportChange(const QString &what, int moved)
{
    QString note = what;
    if (moved == 0)
        note += QLatin1Char(' ') + tr("No open case's due dates moved.");
    else if (moved == 1)
        note += QLatin1Char(' ') + tr("Due dates of 1 open case moved.");
    else if (moved > 1)
        note += QLatin1Char(' ') + tr("Due dates of %1 open cases moved.").arg(QLocale().toString(moved));
    m_changeNote->setText(note);
    emit m_page.statusMessage(note);
}

} // namespace hub::ui
