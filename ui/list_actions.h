#pragma once
// What every list on a page can do, attached to its view by setUpList():
// Tab leaves it (no tab-key navigation inside the table), a right-click menu
// (Open, Copy reference, Print the list, Export to Excel / CSV), and a
// snapshot of the list as shown (columns in view order, hidden ones left
// out, rows as filtered and sorted, all of them, not only those read so far)
// for the printers and exporters.

#include "core/common/list_table.h"
#include "ui/widgets/tab_order.h"

#include <QModelIndex>
#include <QObject>
#include <QPointer>
#include <functional>

class QAbstractItemView;
class QMenu;

namespace hub::ui
{

// How a page describes one of its lists: ListSetup(tr("Cases")).describedBy(...).
struct ListSetup {
    explicit ListSetup(QString listTitle = {})
        : title(std::move(listTitle))
    {
    }
    // The title follows the page ("Practices of NHS Dudley CCG"); empty falls back to `title`.
    ListSetup &titledBy(std::function<QString()> f)
    {
        currentTitle = std::move(f);
        return *this;
    }
    // What the list is limited to, printed under the title ("Search: rent review").
    ListSetup &describedBy(std::function<QString()> f)
    {
        subtitle = std::move(f);
        return *this;
    }
    // "Open" on a row; by default the view's activated(index), which the page already handles.
    ListSetup &opensWith(std::function<void(const QModelIndex &)> f)
    {
        open = std::move(f);
        return *this;
    }
    // A list whose rows open nothing: no "Open" in its menu.
    ListSetup &opensNothing()
    {
        canOpen = false;
        return *this;
    }

    QString title; // "Cases" (printed, and the file name of an export)
    std::function<QString()> currentTitle;
    std::function<QString()> subtitle;
    std::function<void(const QModelIndex &)> open;
    bool canOpen = true;
};

class ListActions : public QObject
{
    Q_OBJECT
public:
    ListActions(QAbstractItemView *view, ListSetup setup);

    // The actions attached to `view` (null when it was never set up).
    static ListActions *of(const QAbstractItemView *view);

    QAbstractItemView *view() const;
    QString title() const;

    // The list as shown, every row (paged models are read to the end).
    ListTable snapshot() const;

    // The row's reference: its key (a case reference, CCG code, ODS code,
    // activity key, date), else the text of its first shown column.
    QString referenceOf(const QModelIndex &index) const;
    void open(const QModelIndex &index) const;
    bool canOpen() const { return m_setup.canOpen; }
    void copyReference(const QModelIndex &index) const;

    // The context menu for `index` (the caller shows it); its actions are
    // named listOpenAction, listCopyReferenceAction, listPrintAction,
    // listExportXlsxAction, listExportCsvAction.
    QMenu *buildMenu(const QModelIndex &index, QWidget *parent);

signals:
    // From the menu: the page prints or exports (it knows the office and the user).
    void printRequested();
    void exportXlsxRequested();
    void exportCsvRequested();

private:
    void showMenu(const QPoint &at);

    QPointer<QAbstractItemView> m_view;
    ListSetup m_setup;
};

// Sets the view up as one of the app's lists (see ListActions); the actions
// belong to the view.
ListActions *setUpList(QAbstractItemView *view, ListSetup setup);

} // namespace hub::ui
