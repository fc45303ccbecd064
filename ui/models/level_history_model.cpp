// Level history model.
#include "ui/models/level_history_model.h"

#include "core/common/format.h"
#include "ui/models/roles.h"

namespace hub::ui
{

LevelHistoryModel::LevelHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LevelHistoryModel::setPeriods(const QVector<CommissioningPeriod> &periods)
{
    beginResetModel();
    m_periods = periods;
    endResetModel();
}

int LevelHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_periods.size());
}

int LevelHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LevelHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CommissioningPeriod &p = m_periods.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Note)
        return p.note;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Level:
        return role == SortRole ? QVariant(int(p.level)) : QVariant(commissioningLevelName(p.level));
    case From:
        if (role == SortRole)
            return p.effectiveFrom;
        return p.effectiveFrom.isValid() ? formatDate(p.effectiveFrom) : QStringLiteral("(earlier)");
    case To:
        if (role == SortRole)
            return p.effectiveTo;
        return p.effectiveTo.isValid() ? formatDate(p.effectiveTo) : QStringLiteral("(open)");
    case Note:
        return p.note;
    default:
        return {};
    }
}

QVariant LevelHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Level:
        return tr("Level");
    case From:
        return tr("From");
    case To:
        return tr("To");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace hub::ui
