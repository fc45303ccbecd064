// CCG table model.
#include "ui/models/ccg_table_model.h"

#include "core/catalogue/current_level.h"
#include "database/ccgs/ccg_repository.h"
#include "ui/models/roles.h"

#include <QLocale>

namespace hub::ui
{

CcgTableModel::CcgTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CcgTableModel::setCcgs(const QVector<Ccg> &ccgs, const QHash<QString, int> &practiceCounts, const QDate &today)
{
    beginResetModel();
    m_ccgs = ccgs;
    m_counts = practiceCounts;
    m_today = today;
    endResetModel();
}

void CcgTableModel::setEditable(bool editable)
{
    if (m_editable == editable)
        return;
    m_editable = editable;
    if (!m_ccgs.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const Ccg *CcgTableModel::ccgAt(int row) const
{
    return row >= 0 && row < m_ccgs.size() ? &m_ccgs.at(row) : nullptr;
}

int CcgTableModel::rowOf(const QString &code) const
{
    for (int i = 0; i < m_ccgs.size(); ++i) {
        if (m_ccgs.at(i).code == code)
            return i;
    }
    return -1;
}

QString CcgTableModel::fieldOf(int column)
{
    switch (column) {
    case HubContractingLead:
        return QStringLiteral("hub_contracting_lead");
    case HubFinanceLead:
        return QStringLiteral("hub_finance_lead");
    case CcgLead:
        return QStringLiteral("ccg_lead");
    default:
        return {};
    }
}

int CcgTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ccgs.size());
}

int CcgTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CcgTableModel::levelText(const Ccg &ccg) const
{
    return currentLevelText(ccg, m_today); // the one rule: none in force is never the last one
}

QVariant CcgTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Ccg &c = m_ccgs.at(index.row());
    if (role == KeyRole)
        return c.code;
    if (role == Qt::TextAlignmentRole && index.column() == Practices)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Name)
        return QStringLiteral("%1\n%2").arg(c.name, c.locality);
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Code:
        return c.code;
    case Name:
        return c.name;
    case Level:
        return levelText(c);
    case HubContractingLead:
        return c.hubContractingLead;
    case HubFinanceLead:
        return c.hubFinanceLead;
    case CcgLead:
        return c.ccgLead;
    case Practices: {
        const int n = m_counts.value(c.code);
        if (role == SortRole)
            return n;
        return QLocale().toString(n);
    }
    default:
        return {};
    }
}

QVariant CcgTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("CCG");
    case Level:
        return tr("Co-commissioning level");
    case HubContractingLead:
        return tr("Hub contracting lead");
    case HubFinanceLead:
        return tr("Hub finance lead");
    case CcgLead:
        return tr("CCG lead");
    case Practices:
        return tr("Practices");
    default:
        return {};
    }
}

Qt::ItemFlags CcgTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_editable && !fieldOf(index.column()).isEmpty())
        f |= Qt::ItemIsEditable;
    return f;
}

bool CcgTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString text = value.toString().trimmed();
    if (text == data(index, Qt::EditRole).toString())
        return false;
    emit editRequested(m_ccgs.at(index.row()).code, fieldOf(index.column()), text);
    return true;
}

} // namespace hub::ui
