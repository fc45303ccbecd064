#pragma once
// The 14 CCGs as a table: code, name, current co-commissioning level, the
// named leads (editable in place) and how many practices each has.

#include "core/catalogue/catalogue.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace hub::ui
{

class CcgTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Code, Name, Level, HubContractingLead, HubFinanceLead, CcgLead, Practices, ColumnCount };

    explicit CcgTableModel(QObject *parent = nullptr);

    void setCcgs(const QVector<Ccg> &ccgs, const QHash<QString, int> &practiceCounts, const QDate &today);
    void setEditable(bool editable);

    const Ccg *ccgAt(int row) const;
    int rowOf(const QString &code) const;

    // The office-file field behind an editable column ("hub_contracting_lead", ...), else empty.
    static QString fieldOf(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Does not store: asks the page to write via editRequested.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void editRequested(const QString &ccgCode, const QString &field, const QString &value);

private:
    QString levelText(const Ccg &ccg) const;

    QVector<Ccg> m_ccgs;
    QHash<QString, int> m_counts;
    QDate m_today;
    bool m_editable = false;
};

} // namespace hub::ui
