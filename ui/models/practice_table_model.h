#pragma once
// One CCG's GP practices: ODS code, name, contract, registered patients, postcode.

#include "database/practices/practice_repository.h"

#include <QAbstractTableModel>

namespace hub::ui
{

class PracticeTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { OdsCode, Name, Contract, Patients, Postcode, ColumnCount };

    explicit PracticeTableModel(QObject *parent = nullptr);

    void setPractices(const QVector<db::StoredPractice> &practices);
    const PracticeRecord *practiceAt(int row) const;
    qint64 totalPatients() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<db::StoredPractice> m_rows;
};

} // namespace hub::ui
