// Case list model.
#include "ui/models/case_table_model.h"

#include "core/cases/case_status.h"
#include "core/cases/case_type.h"
#include "core/cases/clock_wording.h"
#include "core/common/format.h"
#include "database/cases/case_search.h"
#include "ui/cases/clock_palette.h"
#include "ui/models/roles.h"

#include <QBrush>
#include <QHash>

namespace hub::ui
{

using namespace Qt::StringLiterals;

namespace
{

QString dueText(const QDate &due, const QDate &)
{
    return formatDate(due); // when it was met: the tooltip
}

ClockState stateOfColumn(const db::CaseRow &r, int column)
{
    if (column == CaseTableModel::AcknowledgeDue)
        return r.acknowledgeState;
    if (column == CaseTableModel::ResponseDue)
        return r.responseState;
    return CaseTableModel::currentState(r);
}

} // namespace

CaseTableModel::CaseTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_calendar(WorkingCalendar::englandAndWales().value())
{
}

CaseTableModel::~CaseTableModel() = default;

void CaseTableModel::setOfficeFile(db::OfficeFile *file)
{
    beginResetModel();
    m_file = file;
    m_query = file ? std::make_unique<db::CaseListQuery>(*file) : nullptr;
    m_rows.clear();
    m_total = 0;
    m_more = false;
    m_error.clear();
    endResetModel();
}

void CaseTableModel::setPageSize(int rows)
{
    m_pageSize = std::max(1, rows);
}

bool CaseTableModel::setFilter(const db::CaseFilter &filter, int keepRows)
{
    m_filter = filter;
    m_filter.limit = 0;
    m_filter.offset = 0;
    return query(keepRows);
}

bool CaseTableModel::refresh()
{
    return query(int(m_rows.size()));
}

bool CaseTableModel::updateRows(const QSet<QString> &ids)
{
    if (!m_query || ids.isEmpty())
        return true;
    db::CaseFilter f = m_filter;
    f.ids = QStringList(ids.begin(), ids.end());
    f.limit = 0;
    f.offset = 0;
    auto listed = m_query->list(f);
    if (!listed)
        return false;
    QHash<QString, db::CaseRow> fresh;
    for (db::CaseRow &r : listed.value())
        fresh.insert(r.id, std::move(r));
    QSet<QString> loaded;
    bool removed = false;
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        const QString id = m_rows[i].id;
        if (!ids.contains(id))
            continue;
        loaded.insert(id);
        const auto it = fresh.constFind(id);
        if (it == fresh.constEnd()) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
            m_total = std::max(0, m_total - 1);
            removed = true;
            continue;
        }
        m_rows[i] = *it;
        emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
    }
    if (removed)
        emit queried();
    for (auto it = fresh.constBegin(); it != fresh.constEnd(); ++it)
        if (!loaded.contains(it.key()))
            return false;
    return true;
}

bool CaseTableModel::query(int rows)
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_exact = true;
    m_more = false;
    m_error.clear();
    bool ok = true;
    if (m_query) {
        // Whole pages, so later fetches continue where this one stops.
        const int pages = std::max(1, (rows + m_pageSize - 1) / m_pageSize);
        db::CaseFilter f = m_filter;
        f.limit = pages * m_pageSize;
        f.offset = 0;
        auto listed = m_query->list(f);
        auto counted = m_query->count(m_filter, kCountCap);
        if (auto calendar = m_query->calendar())
            m_calendar = std::move(calendar.value());
        if (listed && counted) {
            m_rows = std::move(listed.value());
            m_exact = counted.value() <= kCountCap;
            m_total = std::min(counted.value(), kCountCap);
            m_more = m_rows.size() == f.limit && (m_rows.size() < m_total || !m_exact);
        } else {
            m_error = (listed ? counted.error() : listed.error()).describe();
            ok = false;
        }
    }
    endResetModel();
    emit queried();
    return ok;
}

const db::CaseRow *CaseTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int CaseTableModel::rowOf(const QString &ref) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).ref.compare(ref, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

int CaseTableModel::loadUntil(const QString &ref, int maxRows)
{
    int row = rowOf(ref);
    while (row < 0 && m_more && m_rows.size() < maxRows) {
        const int before = int(m_rows.size());
        fetchMore({});
        if (m_rows.size() == before)
            break;
        for (int i = before; i < m_rows.size(); ++i) {
            if (m_rows.at(i).ref.compare(ref, Qt::CaseInsensitive) == 0) {
                row = i;
                break;
            }
        }
    }
    return row;
}

bool CaseTableModel::holds(const QString &id)
{
    if (id.isEmpty())
        return false;
    for (const db::CaseRow &r : std::as_const(m_rows)) {
        if (r.id == id)
            return true;
    }
    if (!m_query)
        return false;
    db::CaseFilter f = m_filter;
    f.ids = QStringList { id };
    f.limit = 1;
    f.offset = 0;
    const auto listed = m_query->list(f);
    return listed && !listed->isEmpty();
}

QDate CaseTableModel::asOf() const
{
    return m_filter.asOf.isValid() ? m_filter.asOf : QDate::currentDate();
}

ClockState CaseTableModel::currentState(const db::CaseRow &r)
{
    const ClockState a = r.acknowledgeState;
    const ClockState b = r.responseState;
    const auto open = [](ClockState s) { return s != ClockState::NotApplicable && !isFinished(s); };
    // The worst unmet clock speaks for the case; once both are met, how they were met.
    for (ClockState s :
        { ClockState::Breached, ClockState::DueToday, ClockState::DueSoon, ClockState::Paused, ClockState::Running }) {
        if ((open(a) && a == s) || (open(b) && b == s))
            return s;
    }
    if (a == ClockState::MetLate || b == ClockState::MetLate)
        return ClockState::MetLate;
    if (a == ClockState::Met || b == ClockState::Met)
        return ClockState::Met;
    return ClockState::NotApplicable;
}

QDate CaseTableModel::currentDue(const db::CaseRow &r)
{
    // The acknowledgement while it is unmet, then the response.
    const auto open
        = [](ClockState s) { return s != ClockState::NotApplicable && !isFinished(s) && s != ClockState::Paused; };
    if (open(r.acknowledgeState))
        return r.acknowledgeDue;
    if (open(r.responseState))
        return r.responseDue;
    return {};
}

QString CaseTableModel::clockText(const db::CaseRow &r, const QDate &asOf, const WorkingCalendar &calendar)
{
    return clockStateText(currentState(r), currentDue(r), asOf, calendar);
}

QColor CaseTableModel::stateColour(ClockState state)
{
    switch (state) {
    case ClockState::Breached:
    case ClockState::DueToday:
    case ClockState::DueSoon:
    case ClockState::MetLate:
    case ClockState::Met:
        return clockStateColour(state);
    default:
        return {};
    }
}

db::CaseFilter::Column CaseTableModel::sortColumnOf(int column)
{
    using C = db::CaseFilter::Column;
    switch (column) {
    case Reference:
        return C::Reference;
    case Received:
        return C::Received;
    case Ccg:
        return C::Ccg;
    case Practice:
        return C::Practice;
    case Type:
        return C::Type;
    case Title:
        return C::Title;
    case Officer:
        return C::Officer;
    case Owner:
        return C::Owner;
    case Status:
        return C::Status;
    case AcknowledgeDue:
        return C::AcknowledgeDue;
    case ResponseDue:
        return C::ResponseDue;
    case Clock:
        return C::NextDue;
    case NextDue:
        return C::NextDue;
    default:
        return C::None;
    }
}

int CaseTableModel::columnOfSort(db::CaseFilter::Column sort)
{
    if (sort == db::CaseFilter::Column::None)
        return -1;
    for (int c = 0; c < ColumnCount; ++c) {
        if (sortColumnOf(c) == sort)
            return c;
    }
    return -1;
}

int CaseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const db::CaseRow &r = m_rows.at(index.row());
    const int col = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (col) {
        case Reference:
            return r.ref;
        case Received:
            return formatDate(r.received);
        case Ccg:
            return r.ccgCode;
        case Practice:
            return r.practiceName.isEmpty() ? r.practiceOds : r.practiceName;
        case Type:
            return caseTypeLabel(r.typeCode);
        case Title:
            return r.title;
        case Officer:
            return r.officer;
        case Owner:
            return r.owner;
        case Status:
            return caseStatusLabel(r.status);
        case AcknowledgeDue:
            return dueText(r.acknowledgeDue, r.acknowledgedOn);
        case ResponseDue:
            return dueText(r.responseDue, r.respondedOn);
        case Clock:
            return clockText(r, asOf(), m_calendar);
        case NextDue:
            return formatDate(currentDue(r));
        default:
            return {};
        }
    case SortRole:
        switch (col) {
        case Received:
            return r.received;
        case AcknowledgeDue:
            return r.acknowledgeDue;
        case ResponseDue:
            return r.responseDue;
        case NextDue:
            return currentDue(r);
        default:
            return data(index, Qt::DisplayRole);
        }
    case KeyRole:
        return r.ref;
    case Qt::ForegroundRole:
        if (col == Clock || col == AcknowledgeDue || col == ResponseDue || col == NextDue) {
            const QColor c = stateColour(stateOfColumn(r, col));
            if (c.isValid())
                return QBrush(c);
        }
        return {};
    case Qt::DecorationRole:
        // The state's icon beside its colour, so no state is told by colour alone.
        if (col == Clock || col == AcknowledgeDue || col == ResponseDue || col == NextDue) {
            const ClockState state = stateOfColumn(r, col);
            if (stateColour(state).isValid())
                return clockStateIcon(state);
        }
        return {};
    case Qt::ToolTipRole:
        switch (col) {
        case Practice:
            return r.practiceOds.isEmpty() ? QVariant() : u"%1 (%2)"_s.arg(r.practiceName, r.practiceOds);
        case Title:
            return r.title;
        case Type:
            return caseTypeLabel(r.typeCode);
        case AcknowledgeDue:
        case ResponseDue:
        case NextDue:
        case Clock: {
            QStringList lines;
            const auto line = [&](const QString &what, ClockState s, const QDate &due, const QDate &met) {
                if (s == ClockState::NotApplicable)
                    return tr("%1: not applicable").arg(what);
                QString t = tr("%1: %2").arg(what, clockStateName(s));
                if (due.isValid())
                    t += tr(", due %1").arg(formatDate(due));
                if (met.isValid() && met <= asOf())
                    t += tr(", met %1").arg(formatDate(met));
                return t;
            };
            lines << line(tr("Acknowledgement"), r.acknowledgeState, r.acknowledgeDue, r.acknowledgedOn);
            lines << line(tr("Response"), r.responseState, r.responseDue, r.respondedOn);
            lines << tr("As of %1").arg(formatDate(asOf()));
            return lines.join(QLatin1Char('\n'));
        }
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (col == Received || col == Ccg)
            return int(Qt::AlignCenter);
        return {};
    default:
        return {};
    }
}

QVariant CaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Reference:
            return tr("Reference");
        case Received:
            return tr("Received");
        case Ccg:
            return tr("CCG");
        case Practice:
            return tr("Practice");
        case Type:
            return tr("Type");
        case Title:
            return tr("Title");
        case Officer:
            return tr("Officer");
        case Owner:
            return tr("Owner");
        case Status:
            return tr("Status");
        case AcknowledgeDue:
            return tr("Ack due");
        case ResponseDue:
            return tr("Response due");
        case Clock:
            return tr("Clock");
        case NextDue:
            return tr("Due");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case AcknowledgeDue:
            return tr("Acknowledgement due (working days from receipt)");
        case ResponseDue:
            return tr("Full response or update due");
        case Clock:
            return tr("The clock that matters now, as of %1").arg(formatDate(asOf()));
        default:
            return {};
        }
    }
    return {};
}

bool CaseTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void CaseTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more || !m_query)
        return;
    db::CaseFilter f = m_filter;
    f.limit = m_pageSize;
    f.offset = int(m_rows.size());
    auto listed = m_query->list(f);
    if (!listed) {
        m_error = listed.error().describe();
        m_more = false;
        return;
    }
    QVector<db::CaseRow> page = std::move(listed.value());
    m_more = page.size() == m_pageSize && (m_rows.size() + page.size() < m_total || !m_exact);
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    m_rows += page;
    endInsertRows();
}

void CaseTableModel::sort(int column, Qt::SortOrder order)
{
    db::CaseFilter::Column c = sortColumnOf(column);
    bool descending = order == Qt::DescendingOrder;
    if (c == db::CaseFilter::Column::Received && descending) {
        // Newest first is the list's own order (and, while searching, the index's: no sort needed).
        c = db::CaseFilter::Column::None;
        descending = false;
    }
    if (c == m_filter.sortColumn && descending == m_filter.sortDescending)
        return;
    m_filter.sortColumn = c;
    m_filter.sortDescending = descending;
    if (m_query)
        query(0);
}

} // namespace hub::ui
