#include "ui/sync/conflict_table_model.h"

#include "ui/sync/sync_text.h"

#include <QColor>
#include <QFont>

#include <algorithm>

namespace hub::ui
{

namespace
{

bool isOpen(const db::SyncConflict &c)
{
    return c.status == QLatin1String("open");
}

QString statusText(const db::SyncConflict &c)
{
    if (isOpen(c))
        return ConflictTableModel::tr("To review");
    if (c.status == QLatin1String("auto"))
        return ConflictTableModel::tr("Automatic (nothing lost)");
    if (c.resolution == QLatin1String("keep-local"))
        return ConflictTableModel::tr("Resolved: kept ours");
    if (c.resolution == QLatin1String("take-theirs"))
        return ConflictTableModel::tr("Resolved: took theirs");
    return ConflictTableModel::tr("Resolved");
}

QString winnerText(const QString &winner)
{
    return winner == QLatin1String("theirs") ? ConflictTableModel::tr("Theirs") : ConflictTableModel::tr("Ours");
}

} // namespace

void ConflictTableModel::setConflicts(QVector<db::SyncConflict> conflicts)
{
    // Newest first: the ones just met are the ones to look at.
    std::reverse(conflicts.begin(), conflicts.end());
    beginResetModel();
    m_rows = std::move(conflicts);
    endResetModel();
}

const db::SyncConflict *ConflictTableModel::conflictAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int ConflictTableModel::rowOf(std::int64_t id) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].id == id)
            return r;
    return -1;
}

int ConflictTableModel::openCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), isOpen));
}

int ConflictTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Detected:
        return tr("Detected");
    case Kind:
        return tr("Kind");
    case Table:
        return tr("Table");
    case Record:
        return tr("Record");
    case Office:
        return tr("From office");
    case Winner:
        return tr("In the file now");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

QVariant ConflictTableModel::data(const QModelIndex &index, int role) const
{
    const db::SyncConflict *c = conflictAt(index.row());
    if (!c || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const bool status = index.column() == Status;
    if (status && isOpen(*c)) {
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role == Qt::ForegroundRole)
            return QColor(QStringLiteral("#DA291C"));
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (index.column()) {
    case Detected:
        return synctext::localDateTime(c->detectedAt);
    case Kind:
        return tip ? synctext::kindExplanation(c->kind) : synctext::kindName(c->kind);
    case Table:
        return tip ? c->table : synctext::humanName(c->table);
    case Record:
        return tip ? tr("Record id %1").arg(c->rowId) : synctext::rowLabel(c->localRow, c->incomingRow, c->rowId);
    case Office:
        return tip ? tr("Their change number %1").arg(c->originSeq) : c->originOfficeCode;
    case Winner:
        return tip ? tr("The newer version is in the file now") : winnerText(c->winner);
    case Status:
        return tip && !c->note.isEmpty() ? c->note : statusText(*c);
    default:
        return {};
    }
}

} // namespace hub::ui
