#pragma once
// The sync conflicts this office's imports met, newest first, one row each
// (Office sync page, docs/sync.md).

#include "database/sync/conflict_repository.h"

#include <QAbstractTableModel>
#include <QVector>

namespace hub::ui
{

class ConflictTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Detected, Kind, Table, Record, Office, Winner, Status, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    // Conflicts in the order the repository lists them (oldest first); shown newest first.
    void setConflicts(QVector<db::SyncConflict> conflicts);
    const db::SyncConflict *conflictAt(int row) const;
    int rowOf(std::int64_t id) const; // -1 when not listed
    int openCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<db::SyncConflict> m_rows;
};

} // namespace hub::ui
