#pragma once
// The tables of the "Working calendar" tab: a year's England and Wales bank
// holidays, and the office's closure days (reason editable in place).

#include "core/calendar/bank_holiday.h"
#include "database/cases/closure_repository.h"

#include <QAbstractTableModel>

namespace hub::ui
{

class BankHolidayModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Day, Name, Source, ColumnCount };

    explicit BankHolidayModel(QObject *parent = nullptr);
    void setHolidays(const QVector<BankHoliday> &holidays);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<BankHoliday> m_holidays;
};

class ClosureTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Day, Reason, AddedBy, ColumnCount };

    explicit ClosureTableModel(QObject *parent = nullptr);
    void setClosures(const QVector<db::StoredClosure> &closures);
    void setEditable(bool editable);

    const db::StoredClosure *closureAt(int row) const;
    int rowOf(const QDate &date) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Does not store: asks the page to write via reasonEditRequested.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void reasonEditRequested(const QDate &date, const QString &reason);

private:
    QVector<db::StoredClosure> m_closures;
    bool m_editable = false;
};

} // namespace hub::ui
