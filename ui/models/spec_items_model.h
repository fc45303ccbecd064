#pragma once
// One CCG's determinable activities: Ref, Activity, the MoU's markers, the
// CCG's determination (editable) and a note. Edits are requested, not stored:
// the spec page turns each into an undoable write.

#include "core/catalogue/catalogue.h"
#include "core/specification/ccg_specification.h"

#include <QAbstractTableModel>

namespace hub::ui
{

class SpecItemsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Ref, Text, Marker, Determination, Note, ColumnCount };

    explicit SpecItemsModel(QObject *parent = nullptr);

    // Rows follow determinableActivities(catalogue); values come from spec.
    // Same CCG and rows: updates in place (open editors keep their place).
    void setSpecification(const Catalogue &catalogue, const CcgSpecification &spec);
    void clear();
    // Locked (agreed or read-only): nothing is editable.
    void setLocked(bool locked);
    bool isLocked() const { return m_locked; }

    QString keyAt(int row) const;
    int rowOf(const QString &activityKey) const;
    const SpecItem *itemAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Determination column takes an int (hub::Determination) or a code; Note takes text.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void determinationEdited(const QString &activityKey, hub::Determination determination, const QString &note);

private:
    struct Row {
        Activity activity;
        SpecItem item;
        bool hasItem = false;
    };
    QVector<Row> m_rows;
    QString m_ccgCode;
    bool m_locked = false;
};

// Every choice in the determination combobox, in display order.
QVector<Determination> determinationChoices();

} // namespace hub::ui
