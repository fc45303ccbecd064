// Practice table model.
#include "ui/models/practice_table_model.h"

#include "core/common/format.h"
#include "ui/models/roles.h"

#include <QLocale>

namespace hub::ui
{

PracticeTableModel::PracticeTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PracticeTableModel::setPractices(const QVector<db::StoredPractice> &practices)
{
    beginResetModel();
    m_rows = practices;
    endResetModel();
}

const PracticeRecord *PracticeTableModel::practiceAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).practice : nullptr;
}

qint64 PracticeTableModel::totalPatients() const
{
    qint64 n = 0;
    for (const db::StoredPractice &p : m_rows)
        n += p.practice.registeredPatients;
    return n;
}

int PracticeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PracticeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PracticeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PracticeRecord &p = m_rows.at(index.row()).practice;
    if (role == KeyRole)
        return p.odsCode;
    if (role == Qt::TextAlignmentRole && index.column() == Patients)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (index.column() == Contract)
            return contractTypeName(p.contractType);
        if (index.column() == Name && !p.address.isEmpty())
            return QStringLiteral("%1\n%2").arg(p.name, p.address);
        return {};
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case OdsCode:
        return p.odsCode;
    case Name:
        return p.name;
    case Contract:
        return p.contractType == ContractType::Unknown ? QStringLiteral("Unknown") : contractTypeCode(p.contractType);
    case Patients:
        if (role == SortRole)
            return p.registeredPatients;
        return p.registeredPatients > 0 ? QLocale().toString(p.registeredPatients) : QString();
    case Postcode:
        return p.postcode;
    default:
        return {};
    }
}

QVariant PracticeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OdsCode:
        return tr("ODS code");
    case Name:
        return tr("Practice");
    case Contract:
        return tr("Contract");
    case Patients:
        return tr("Registered patients");
    case Postcode:
        return tr("Postcode");
    default:
        return {};
    }
}

} // namespace hub::ui
