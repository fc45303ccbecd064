// Bank holiday and closure-day tables.
#include "ui/calendar_letters/calendar_models.h"

#include "core/common/format.h"
#include "ui/models/roles.h"

#include <QDateTime>
#include <QLocale>

namespace hub::ui
{

namespace
{

QString shortDay(const QDate &d)
{
    return QLocale().dayName(d.dayOfWeek(), QLocale::ShortFormat);
}

// "a.patel, 23/11/2026" (or with the time, for the tooltip) from the stored UTC time.
QString whoAndWhen(const RecordMeta &meta, bool withTime)
{
    const QDateTime at = QDateTime::fromString(meta.updatedAt, Qt::ISODateWithMs);
    if (!at.isValid())
        return meta.updatedBy;
    return QStringLiteral("%1, %2").arg(meta.updatedBy,
        at.toLocalTime().toString(withTime ? QStringLiteral("dd/MM/yyyy HH:mm") : QStringLiteral("dd/MM/yyyy")));
}

} // namespace

BankHolidayModel::BankHolidayModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BankHolidayModel::setHolidays(const QVector<BankHoliday> &holidays)
{
    beginResetModel();
    m_holidays = holidays;
    endResetModel();
}

int BankHolidayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_holidays.size());
}

int BankHolidayModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BankHolidayModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_holidays.size())
        return {};
    const BankHoliday &h = m_holidays.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Date:
            return formatDate(h.date);
        case Day:
            return shortDay(h.date);
        case Name:
            return h.describe();
        case Source:
            return h.source == HolidaySource::GovUkList ? tr("GOV.UK") : tr("Rule");
        default:
            return {};
        }
    }
    if (role == SortRole)
        return index.column() == Date || index.column() == Day ? QVariant(h.date) : data(index, Qt::DisplayRole);
    if (role == KeyRole)
        return h.date;
    if (role == Qt::ToolTipRole && index.column() == Source)
        return h.source == HolidaySource::GovUkList
            ? tr("From the GOV.UK list of bank holidays")
            : tr("Worked out by Hubcase from the standing rules: the GOV.UK list does not cover this year yet");
    return {};
}

QVariant BankHolidayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Day:
        return tr("Day");
    case Name:
        return tr("Bank holiday");
    case Source:
        return tr("Source");
    default:
        return {};
    }
}

ClosureTableModel::ClosureTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ClosureTableModel::setClosures(const QVector<db::StoredClosure> &closures)
{
    beginResetModel();
    m_closures = closures;
    endResetModel();
}

void ClosureTableModel::setEditable(bool editable)
{
    m_editable = editable;
    if (!m_closures.isEmpty())
        emit dataChanged(index(0, Reason), index(rowCount() - 1, Reason), { Qt::EditRole });
}

const db::StoredClosure *ClosureTableModel::closureAt(int row) const
{
    return row >= 0 && row < m_closures.size() ? &m_closures.at(row) : nullptr;
}

int ClosureTableModel::rowOf(const QDate &date) const
{
    for (int r = 0; r < m_closures.size(); ++r) {
        if (m_closures.at(r).closure.date == date)
            return r;
    }
    return -1;
}

int ClosureTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_closures.size());
}

int ClosureTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClosureTableModel::data(const QModelIndex &index, int role) const
{
    const db::StoredClosure *c = index.isValid() ? closureAt(index.row()) : nullptr;
    if (!c)
        return {};
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Date:
            return formatDate(c->closure.date);
        case Day:
            return shortDay(c->closure.date);
        case Reason:
            return c->closure.reason;
        case AddedBy:
            return whoAndWhen(c->meta, false);
        default:
            return {};
        }
    }
    if (role == SortRole)
        return index.column() == Date || index.column() == Day ? QVariant(c->closure.date)
                                                               : data(index, Qt::DisplayRole);
    if (role == KeyRole)
        return c->closure.date;
    if (role == Qt::ToolTipRole && index.column() == AddedBy)
        return tr("Last saved by %1 (version %2)").arg(whoAndWhen(c->meta, true)).arg(c->meta.version);
    if (role == Qt::ToolTipRole && index.column() == Reason && m_editable)
        return tr("Double-click to change the reason (shown in every due-date explanation)");
    return {};
}

QVariant ClosureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Day:
        return tr("Day");
    case Reason:
        return tr("Reason");
    case AddedBy:
        return tr("Added or changed by");
    default:
        return {};
    }
}

Qt::ItemFlags ClosureTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Reason && m_editable)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ClosureTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const db::StoredClosure *c = index.isValid() ? closureAt(index.row()) : nullptr;
    if (!c || role != Qt::EditRole || index.column() != Reason || !m_editable)
        return false;
    const QString reason = value.toString().trimmed();
    if (reason.isEmpty() || reason == c->closure.reason)
        return false;
    emit reasonEditRequested(c->closure.date, reason);
    return true;
}

} // namespace hub::ui
