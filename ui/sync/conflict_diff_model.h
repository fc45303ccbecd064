#pragma once
// One sync conflict compared field by field: ours (this office) beside
// theirs (incoming), the differing fields first and highlighted, then the
// ones both agree on. Bookkeeping columns restamped on every write are left out.

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QVector>

namespace hub::db
{
struct SyncConflict;
}

namespace hub::ui
{

class ConflictDiffModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Field, Ours, Theirs, ColumnCount };
    // True on every cell of a field the two versions disagree on.
    static constexpr int DiffersRole = Qt::UserRole + 2;

    using QAbstractTableModel::QAbstractTableModel;

    // Compares `conflict` (nullptr: empty); the headers name the two offices.
    void setConflict(const db::SyncConflict *conflict, const QString &ourOffice);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString field;
        QString ours;
        QString theirs;
        bool differs = false;
    };
    QVector<Row> m_rows;
    QString m_ourOffice;
    QString m_theirOffice;
};

} // namespace hub::ui
