// Responsibility matrix tree model.
#include "ui/models/activity_tree_model.h"

#include "ui/models/roles.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace hub::ui
{

ActivityTreeModel::ActivityTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    m_nodes.append(Node {});
}

int ActivityTreeModel::addNode(Node node)
{
    const int id = int(m_nodes.size());
    node.row = int(m_nodes[node.parent].children.size());
    m_nodes.append(node);
    m_nodes[node.parent].children.append(id);
    return id;
}

void ActivityTreeModel::setFunctions(const QVector<DelegatedFunction> &functions)
{
    beginResetModel();
    m_functions = functions;
    m_nodes.clear();
    m_nodes.append(Node {});
    for (int f = 0; f < m_functions.size(); ++f) {
        Node fn;
        fn.kind = NodeKind::Function;
        fn.parent = 0;
        fn.function = f;
        const int fnId = addNode(fn);
        const DelegatedFunction &func = m_functions.at(f);
        if (!func.note.isEmpty()) {
            Node note;
            note.kind = NodeKind::Note;
            note.parent = fnId;
            note.function = f;
            addNode(note);
        }
        int group = fnId;
        QString groupName;
        for (int a = 0; a < func.activities.size(); ++a) {
            const Activity &act = func.activities.at(a);
            if (act.subgroup != groupName) {
                groupName = act.subgroup;
                group = fnId;
                if (!groupName.isEmpty()) {
                    Node sg;
                    sg.kind = NodeKind::Subgroup;
                    sg.parent = fnId;
                    sg.function = f;
                    sg.subgroup = groupName;
                    group = addNode(sg);
                }
            }
            Node leaf;
            leaf.kind = NodeKind::Activity;
            leaf.parent = group;
            leaf.function = f;
            leaf.activity = a;
            addNode(leaf);
        }
    }
    endResetModel();
}

int ActivityTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : 0;
}

ActivityTreeModel::NodeKind ActivityTreeModel::kindOf(const QModelIndex &index) const
{
    return m_nodes.at(nodeOf(index)).kind;
}

const Activity *ActivityTreeModel::activityAt(const QModelIndex &index) const
{
    const Node &n = m_nodes.at(nodeOf(index));
    if (n.kind != NodeKind::Activity)
        return nullptr;
    return &m_functions.at(n.function).activities.at(n.activity);
}

const DelegatedFunction *ActivityTreeModel::functionAt(const QModelIndex &index) const
{
    const Node &n = m_nodes.at(nodeOf(index));
    return n.function >= 0 ? &m_functions.at(n.function) : nullptr;
}

QModelIndex ActivityTreeModel::indexOfActivity(const QString &key) const
{
    for (int i = 1; i < m_nodes.size(); ++i) {
        const Node &n = m_nodes.at(i);
        if (n.kind == NodeKind::Activity && m_functions.at(n.function).activities.at(n.activity).key == key)
            return createIndex(n.row, 0, quintptr(i));
    }
    return {};
}

int ActivityTreeModel::activityCount() const
{
    int n = 0;
    for (const DelegatedFunction &f : m_functions)
        n += int(f.activities.size());
    return n;
}

QModelIndex ActivityTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const Node &p = m_nodes.at(nodeOf(parent));
    if (row < 0 || row >= p.children.size())
        return {};
    return createIndex(row, column, quintptr(p.children.at(row)));
}

QModelIndex ActivityTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int p = m_nodes.at(nodeOf(child)).parent;
    if (p <= 0)
        return {};
    return createIndex(m_nodes.at(p).row, 0, quintptr(p));
}

int ActivityTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(m_nodes.at(nodeOf(parent)).children.size());
}

int ActivityTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ActivityTreeModel::displayData(const Node &node, int column, int role) const
{
    const DelegatedFunction &f = m_functions.at(node.function);
    switch (node.kind) {
    case NodeKind::Function:
        if (column == Ref)
            return role == SortRole ? QVariant(f.number * 1000) : QVariant(f.numeral);
        if (column == Text)
            return f.title;
        return {};
    case NodeKind::Subgroup:
        if (column == Text)
            return node.subgroup;
        return {};
    case NodeKind::Note:
        if (column == Text)
            return f.note;
        return {};
    case NodeKind::Activity: {
        const Activity &a = f.activities.at(node.activity);
        switch (column) {
        case Ref:
            return role == SortRole ? QVariant(f.number * 1000 + node.activity + 1) : QVariant(a.key);
        case Text:
            return a.text;
        case Ccg:
            return role == SortRole ? QVariant(a.ccgRole) : QVariant(a.ccgRole ? QStringLiteral("\u2612") : QString());
        case Hub:
            return a.hubMarker();
        case Determines:
            if (role == SortRole)
                return a.needsDetermination();
            return a.needsDetermination() ? tr("determines") : QString();
        default:
            return {};
        }
    }
    case NodeKind::Root:
        break;
    }
    return {};
}

QVariant ActivityTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = m_nodes.at(nodeOf(index));
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        return displayData(node, column, role);
    case Qt::ToolTipRole:
        if (column == Text)
            return displayData(node, column, Qt::DisplayRole);
        if ((column == Hub || column == Determines) && node.kind == NodeKind::Activity
            && activityAt(index)->needsDetermination())
            return tr("Each CCG determines who does this in its specification");
        return {};
    case KeyRole:
        if (node.kind == NodeKind::Activity)
            return m_functions.at(node.function).activities.at(node.activity).key;
        if (node.kind == NodeKind::Function)
            return m_functions.at(node.function).numeral;
        return {};
    case NodeKindRole:
        return int(node.kind);
    case Qt::FontRole: {
        QFont font;
        if (node.kind == NodeKind::Function)
            font.setBold(true);
        else if (node.kind == NodeKind::Subgroup || node.kind == NodeKind::Note)
            font.setItalic(true);
        else if (column == Hub)
            font.setBold(true);
        return font;
    }
    case Qt::ForegroundRole:
        if (node.kind == NodeKind::Note)
            return QBrush(QColor(0x42, 0x52, 0x63));
        if (node.kind == NodeKind::Activity && column == Hub) {
            switch (m_functions.at(node.function).activities.at(node.activity).hubRole) {
            case HubRole::Core:
                return QBrush(QColor(0x00, 0x5E, 0xB8));
            case HubRole::Tbc:
                return QBrush(QColor(0x8A, 0x53, 0x00));
            case HubRole::Support:
                return QBrush(QColor(0x00, 0x7F, 0x3B));
            case HubRole::None:
                break;
            }
        }
        return {};
    case Qt::BackgroundRole:
        if (node.kind == NodeKind::Function)
            return QBrush(QColor(0xE8, 0xED, 0xEE));
        if (node.kind == NodeKind::Activity
            && m_functions.at(node.function).activities.at(node.activity).needsDetermination())
            return QBrush(QColor(0xFF, 0xF9, 0xE5));
        return {};
    case Qt::TextAlignmentRole:
        if (column == Ccg || column == Hub || column == Determines)
            return QVariant(Qt::AlignCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ActivityTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Hub)
        return tr("CORE: key function of the Hub. TBC: for individual determination between CCG and Hub. "
                  "SUPPORT: the Hub provides to the CCG.");
    if (role == Qt::ToolTipRole && section == Determines)
        return tr("The activities each CCG determines in its own specification: those marked TBC, and those "
                  "shared between the CCG (\u2612) and the Hub (CORE or SUPPORT)");
    if (role == Qt::TextAlignmentRole)
        return QVariant((section == Ccg || section == Hub || section == Determines ? Qt::AlignHCenter : Qt::AlignLeft)
            | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && section == Ccg)
        return tr("\u2612: a CCG function");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Ref:
        return tr("Ref");
    case Text:
        return tr("Activity");
    case Ccg:
        return tr("CCG");
    case Hub:
        return tr("Hub");
    case Determines:
        return tr("Each CCG");
    default:
        return {};
    }
}

} // namespace hub::ui
