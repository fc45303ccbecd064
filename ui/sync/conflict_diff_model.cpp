#include "ui/sync/conflict_diff_model.h"

#include "database/sync/conflict_repository.h"
#include "ui/sync/sync_text.h"

#include <QColor>
#include <QFont>

namespace hub::ui
{

namespace
{

// Columns restamped on every write: not worth comparing.
bool isBookkeeping(const QString &column)
{
    static const QStringList names { QStringLiteral("id"), QStringLiteral("rev"), QStringLiteral("row_version"),
        QStringLiteral("created_at"), QStringLiteral("created_by"), QStringLiteral("updated_at"),
        QStringLiteral("updated_by") };
    return names.contains(column);
}

} // namespace

void ConflictDiffModel::setConflict(const db::SyncConflict *c, const QString &ourOffice)
{
    beginResetModel();
    m_rows.clear();
    m_ourOffice = ourOffice;
    m_theirOffice = c ? c->originOfficeCode : QString();
    if (c) {
        QStringList fields;
        for (const QString &k : c->localRow.keys())
            if (!isBookkeeping(k))
                fields << k;
        for (const QString &k : c->incomingRow.keys())
            if (!isBookkeeping(k) && !fields.contains(k))
                fields << k;
        QVector<Row> same;
        for (const QString &f : fields) {
            Row row;
            row.field = f;
            row.ours = c->localRow.isEmpty() ? tr("(no such record here)") : synctext::cellText(c->localRow.value(f));
            row.theirs = synctext::cellText(c->incomingRow.value(f));
            row.differs = c->localRow.isEmpty() || c->incomingRow.isEmpty()
                || synctext::cellText(c->localRow.value(f)) != row.theirs;
            (row.differs ? m_rows : same) << row;
        }
        m_rows << same;
    }
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int ConflictDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Field:
        return tr("Field");
    case Ours:
        return m_ourOffice.isEmpty() ? tr("Ours (this office)") : tr("Ours (%1)").arg(m_ourOffice);
    case Theirs:
        return m_theirOffice.isEmpty() ? tr("Theirs (incoming)") : tr("Theirs (%1)").arg(m_theirOffice);
    default:
        return {};
    }
}

QVariant ConflictDiffModel::data(const QModelIndex &index, int role) const
{
    if (index.row() < 0 || index.row() >= m_rows.size() || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (index.column() == Field)
            return role == Qt::ToolTipRole ? row.field : synctext::humanName(row.field);
        return index.column() == Ours ? row.ours : row.theirs;
    case DiffersRole:
        return row.differs;
    case Qt::BackgroundRole:
        return row.differs ? QVariant(QColor(QStringLiteral("#FFF1C2"))) : QVariant();
    case Qt::ForegroundRole:
        return row.differs ? QVariant() : QVariant(QColor(QStringLiteral("#768692")));
    case Qt::FontRole:
        if (row.differs && index.column() == Field) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

} // namespace hub::ui
