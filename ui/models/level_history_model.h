#pragma once
// A CCG's co-commissioning level history: level, from, to, note.

#include "core/catalogue/catalogue.h"

#include <QAbstractTableModel>

namespace hub::ui
{

class LevelHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Level, From, To, Note, ColumnCount };

    explicit LevelHistoryModel(QObject *parent = nullptr);

    void setPeriods(const QVector<CommissioningPeriod> &periods);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<CommissioningPeriod> m_periods;
};

} // namespace hub::ui
