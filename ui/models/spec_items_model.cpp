// Specification items model.
#include "ui/models/spec_items_model.h"

#include "ui/models/roles.h"

#include <QBrush>
#include <QColor>

namespace hub::ui
{

QVector<Determination> determinationChoices()
{
    return { Determination::HubDelivers, Determination::CcgDelivers, Determination::HubSupports,
        Determination::Undetermined };
}

SpecItemsModel::SpecItemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SpecItemsModel::setSpecification(const Catalogue &catalogue, const CcgSpecification &spec)
{
    QVector<Row> rows;
    for (const Activity *a : determinableActivities(catalogue)) {
        Row row;
        row.activity = *a;
        if (const SpecItem *item = spec.item(a->key)) {
            row.item = *item;
            row.hasItem = true;
        }
        rows.append(row);
    }
    bool sameRows = spec.ccgCode == m_ccgCode && rows.size() == m_rows.size();
    for (int i = 0; sameRows && i < rows.size(); ++i)
        sameRows = rows.at(i).activity.key == m_rows.at(i).activity.key;
    if (sameRows) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    m_ccgCode = spec.ccgCode;
    endResetModel();
}

void SpecItemsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_ccgCode.clear();
    endResetModel();
}

void SpecItemsModel::setLocked(bool locked)
{
    if (m_locked == locked)
        return;
    m_locked = locked;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

QString SpecItemsModel::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).activity.key : QString();
}

int SpecItemsModel::rowOf(const QString &activityKey) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).activity.key == activityKey)
            return i;
    }
    return -1;
}

const SpecItem *SpecItemsModel::itemAt(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).hasItem ? &m_rows.at(row).item : nullptr;
}

int SpecItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SpecItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SpecItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const hub::Determination det = r.item.determination;
    if (role == KeyRole)
        return r.activity.key;
    if (role == Qt::ToolTipRole) {
        if (index.column() == Text)
            return r.activity.text;
        if (index.column() == Determination && r.hasItem && !r.item.meta.updatedBy.isEmpty())
            return tr("Last changed by %1").arg(r.item.meta.updatedBy);
        if (index.column() == Note)
            return r.item.note;
        return {};
    }
    if (role == Qt::ForegroundRole && m_locked)
        return QBrush(QColor(0x42, 0x55, 0x63)); // locked rows look locked, not merely uneditable
    if (role == Qt::BackgroundRole && index.column() == Determination && det == hub::Determination::Undetermined)
        return QBrush(QColor(0xFF, 0xF0, 0xC2));
    if (role == Qt::TextAlignmentRole && index.column() == Marker)
        return QVariant(Qt::AlignCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Ref:
        return r.activity.key;
    case Text:
        return r.activity.text;
    case Marker: {
        QStringList parts;
        if (r.activity.ccgRole)
            parts << QStringLiteral("\u2612");
        if (r.activity.hubRole != HubRole::None)
            parts << r.activity.hubMarker();
        return parts.join(QStringLiteral(" · "));
    }
    case Determination:
        if (role == Qt::EditRole)
            return int(det);
        return determinationName(det);
    case Note:
        return r.item.note;
    default:
        return {};
    }
}

QVariant SpecItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Ref:
        return tr("Ref");
    case Text:
        return tr("Activity");
    case Marker:
        return tr("MoU marker");
    case Determination:
        return tr("Determination");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

Qt::ItemFlags SpecItemsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_locked && m_rows.at(index.row()).hasItem
        && (index.column() == Determination || index.column() == Note))
        f |= Qt::ItemIsEditable;
    return f;
}

bool SpecItemsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const Row &r = m_rows.at(index.row());
    hub::Determination det = r.item.determination;
    QString note = r.item.note;
    if (index.column() == Determination) {
        bool isInt = false;
        const int n = value.toInt(&isInt);
        det = isInt ? static_cast<hub::Determination>(n) : determinationFromCode(value.toString());
    } else {
        note = value.toString().trimmed();
    }
    if (det == r.item.determination && note == r.item.note)
        return false;
    emit determinationEdited(r.activity.key, det, note);
    return true;
}

} // namespace hub::ui
