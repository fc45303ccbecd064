#pragma once
// The responsibility matrix as a tree: function (I-XII) -> [subgroup] ->
// activity, with columns Ref, Activity, CCG (☒), Hub (CORE/TBC/SUPPORT) and
// "Each CCG" ("determines" on the rows each CCG settles in its specification).

#include "core/catalogue/catalogue.h"

#include <QAbstractItemModel>

namespace hub::ui
{

class ActivityTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Ref, Text, Ccg, Hub, Determines, ColumnCount };
    enum class NodeKind { Root, Function, Subgroup, Activity, Note };

    explicit ActivityTreeModel(QObject *parent = nullptr);

    void setFunctions(const QVector<DelegatedFunction> &functions);

    NodeKind kindOf(const QModelIndex &index) const;
    // The activity / function an index belongs to (nullptr for none).
    const Activity *activityAt(const QModelIndex &index) const;
    const DelegatedFunction *functionAt(const QModelIndex &index) const;
    QModelIndex indexOfActivity(const QString &key) const;
    int activityCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node {
        NodeKind kind = NodeKind::Root;
        int parent = -1;
        int row = 0; // position under its parent
        int function = -1; // index into m_functions
        int activity = -1; // index into the function's activities
        QString subgroup;
        QVector<int> children;
    };
    int addNode(Node node);
    int nodeOf(const QModelIndex &index) const;
    QVariant displayData(const Node &node, int column, int role) const;

    QVector<DelegatedFunction> m_functions;
    QVector<Node> m_nodes; // m_nodes[0] is the invisible root
};

} // namespace hub::ui
