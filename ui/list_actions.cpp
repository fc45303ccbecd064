#include "ui/list_actions.h"

#include "core/common/format.h"
#include "ui/models/roles.h"

#include <QAbstractItemView>
#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QListView>
#include <QMenu>
#include <QTableView>
#include <QTreeView>

namespace hub::ui
{

using namespace Qt::StringLiterals;

namespace
{

const char *const kProperty = "hubListActions";

QString shownText(const QModelIndex &index)
{
    const QVariant v = index.data(Qt::DisplayRole);
    if (v.typeId() == QMetaType::QDate)
        return formatDate(v.toDate());
    QString text = v.toString();
    text.replace(u'\n', u" · "_s);
    return text;
}

QHeaderView *columnsOf(const QAbstractItemView *view)
{
    if (auto *t = qobject_cast<const QTableView *>(view))
        return t->horizontalHeader();
    if (auto *t = qobject_cast<const QTreeView *>(view))
        return t->header();
    return nullptr;
}

// Logical columns in the order shown, hidden ones left out.
QVector<int> shownColumns(const QAbstractItemView *view)
{
    QVector<int> out;
    const QHeaderView *header = columnsOf(view);
    if (!header) {
        out << (qobject_cast<const QListView *>(view) ? qobject_cast<const QListView *>(view)->modelColumn() : 0);
        return out;
    }
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && !header->isSectionHidden(logical))
            out << logical;
    }
    return out;
}

bool rowHidden(const QAbstractItemView *view, int row, const QModelIndex &parent)
{
    if (auto *t = qobject_cast<const QTableView *>(view))
        return t->isRowHidden(row);
    if (auto *t = qobject_cast<const QTreeView *>(view))
        return t->isRowHidden(row, parent);
    if (auto *l = qobject_cast<const QListView *>(view))
        return l->isRowHidden(row);
    return false;
}

void addRows(
    const QAbstractItemView *view, const QModelIndex &parent, int depth, const QVector<int> &columns, ListTable &table)
{
    QAbstractItemModel *model = view->model();
    while (model->canFetchMore(parent))
        model->fetchMore(parent);
    const auto *tree = qobject_cast<const QTreeView *>(view);
    for (int r = 0; r < model->rowCount(parent); ++r) {
        if (rowHidden(view, r, parent))
            continue;
        QStringList cells;
        for (int c : columns)
            cells << shownText(model->index(r, c, parent));
        table.rows << cells;
        table.depth << depth;
        const QModelIndex first = model->index(r, 0, parent);
        if (tree && model->hasChildren(first) && tree->isExpanded(first))
            addRows(view, first, depth + 1, columns, table);
    }
}

} // namespace

ListActions::ListActions(QAbstractItemView *view, ListSetup setup)
    : QObject(view)
    , m_view(view)
    , m_setup(std::move(setup))
{
    setObjectName(u"listActions"_s);
    view->setProperty(kProperty, QVariant::fromValue(static_cast<QObject *>(this)));
    stopTabTrap(view);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, &ListActions::showMenu);
    // Ctrl+C on the list copies the current row's reference, as the menu says.
    auto *copy = new QAction(tr("Copy reference"), view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, [this] {
        if (m_view)
            copyReference(m_view->currentIndex());
    });
    view->addAction(copy);
}

ListActions *ListActions::of(const QAbstractItemView *view)
{
    return view ? qobject_cast<ListActions *>(view->property(kProperty).value<QObject *>()) : nullptr;
}

QAbstractItemView *ListActions::view() const
{
    return m_view;
}

QString ListActions::title() const
{
    const QString now = m_setup.currentTitle ? m_setup.currentTitle() : QString();
    return now.isEmpty() ? m_setup.title : now;
}

ListTable ListActions::snapshot() const
{
    ListTable table;
    table.title = title();
    table.subtitle = m_setup.subtitle ? m_setup.subtitle() : QString();
    if (!m_view || !m_view->model())
        return table;
    const QVector<int> columns = shownColumns(m_view);
    QAbstractItemModel *model = m_view->model();
    for (int c : columns) {
        ListColumn column;
        column.title = model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        if (column.title.isEmpty())
            column.title = columns.size() == 1 ? table.title : u"Column %1"_s.arg(c + 1);
        table.columns << column;
    }
    addRows(m_view, m_view->rootIndex(), 0, columns, table);
    if (!qobject_cast<const QTreeView *>(m_view.data()))
        table.depth.clear(); // a flat list: no levels to show
    detectColumnKinds(table);
    return table;
}

QString ListActions::referenceOf(const QModelIndex &index) const
{
    if (!index.isValid() || !m_view)
        return {};
    const QModelIndex first = index.sibling(index.row(), 0);
    const QVariant key = first.data(KeyRole);
    if (key.typeId() == QMetaType::QDate)
        return formatDate(key.toDate());
    if (!key.toString().isEmpty())
        return key.toString();
    const QVector<int> columns = shownColumns(m_view);
    return shownText(index.sibling(index.row(), columns.isEmpty() ? 0 : columns.first()));
}

void ListActions::open(const QModelIndex &index) const
{
    if (!index.isValid() || !m_view || !m_setup.canOpen)
        return;
    if (m_setup.open)
        m_setup.open(index);
    else
        emit m_view->activated(index);
}

void ListActions::copyReference(const QModelIndex &index) const
{
    const QString ref = referenceOf(index);
    if (!ref.isEmpty())
        QGuiApplication::clipboard()->setText(ref);
}

QMenu *ListActions::buildMenu(const QModelIndex &index, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(u"listContextMenu"_s);
    const QPersistentModelIndex at(index);
    if (m_setup.canOpen) {
        QAction *open = menu->addAction(tr("&Open"), this, [this, at] { this->open(at); });
        open->setObjectName(u"listOpenAction"_s);
        open->setEnabled(at.isValid());
        menu->setDefaultAction(open);
    }
    const QString ref = referenceOf(index);
    QAction *copy = menu->addAction(ref.isEmpty() ? tr("&Copy reference") : tr("&Copy reference (%1)").arg(ref), this,
        [this, at] { copyReference(at); });
    copy->setObjectName(u"listCopyReferenceAction"_s);
    copy->setShortcut(QKeySequence::Copy);
    copy->setEnabled(!ref.isEmpty());
    menu->addSeparator();
    QAction *print = menu->addAction(tr("&Print the list…"), this, &ListActions::printRequested);
    print->setObjectName(u"listPrintAction"_s);
    QAction *xlsx = menu->addAction(tr("Export the list to &Excel (XLSX)…"), this, &ListActions::exportXlsxRequested);
    xlsx->setObjectName(u"listExportXlsxAction"_s);
    QAction *csv = menu->addAction(tr("Export the list to C&SV…"), this, &ListActions::exportCsvRequested);
    csv->setObjectName(u"listExportCsvAction"_s);
    return menu;
}

void ListActions::showMenu(const QPoint &at)
{
    if (!m_view)
        return;
    const QModelIndex index = m_view->indexAt(at);
    if (index.isValid() && m_view->selectionModel())
        m_view->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QMenu *menu = buildMenu(index.isValid() ? index : m_view->currentIndex(), m_view);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_view->viewport()->mapToGlobal(at));
}

ListActions *setUpList(QAbstractItemView *view, ListSetup setup)
{
    if (ListActions *existing = ListActions::of(view))
        return existing;
    return new ListActions(view, std::move(setup));
}

} // namespace hub::ui
