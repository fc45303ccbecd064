#pragma once
// The case list: a filter bar (type-ahead search, CCG, type, officer, status,
// overdue only), the paged, SQL-sorted table and a count. Re-queries keep the
// selected case and the scroll position, so another desktop's save (reload)
// does not disturb what the user is doing.

#include "database/cases/case_rows.h"

#include <QDate>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace hub::db
{
class OfficeFile;
}

namespace hub::ui
{

class CaseTableModel;

class CaseListView : public QWidget
{
    Q_OBJECT
public:
    explicit CaseListView(QWidget *parent = nullptr);

    // Shows the cases of `file` (or nothing). The as-of day becomes the demo's
    // (database/demo/demo_as_of.h) for a demo office, else today.
    void setOfficeFile(db::OfficeFile *file);
    db::OfficeFile *officeFile() const { return m_file; }

    // Re-queries (pick-lists too), keeping the selected case and the scroll position.
    void reload();
    // A change event named these cases: updates their rows in place, and
    // re-queries only when the change may add rows (see CaseTableModel::updateRows).
    void updateCases(const QSet<QString> &ids);

    // The day clocks are read at; null = today.
    void setAsOf(const QDate &day);
    QDate asOf() const { return m_asOf; }

    db::CaseFilter filter() const;
    // Sets the filter bar (and sort) from `filter` and runs it.
    void setFilter(const db::CaseFilter &filter);

    // Selects (reading further pages if needed) and scrolls to a case; false,
    // and no current row, when the list does not hold it.
    bool selectCase(const QString &ref);
    QString currentRef() const;
    // Whether the filter keeps the case (case_record id), read yet or not.
    bool holdsCase(const QString &id) const;
    // A search or any filter narrows the list.
    bool isFiltered() const;
    // The CCG the list is about: the CCG filter's, else the selected case's; empty when neither.
    QString shownCcg() const;
    // Clears the search and the filters (the sort stays) and runs the list again.
    void clearFilter();
    // Runs a search still waiting for the typing pause now.
    void flushPendingSearch();

    CaseTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

signals:
    void currentCaseChanged(const QString &ref);
    // A row was clicked (also the current one: it opens that row's case).
    void caseClicked(const QString &ref);
    void caseActivated(const QString &ref);
    void newCaseRequested();
    // "Query log…": the monthly query log of the CCG filtered, else of the selected case's CCG.
    void queryLogRequested(const QString &ccgCode);
    // The rows may have changed (a query, a reload, rows updated in place).
    void listChanged();

private:
    void fillPickLists();
    void apply();
    void updateCount();
    void updateCurrent();
    void restoreSelection(const QString &ref, int scroll);

    db::OfficeFile *m_file = nullptr;
    QDate m_asOf;
    CaseTableModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_ccg;
    QComboBox *m_type;
    QComboBox *m_officer;
    QComboBox *m_status;
    QCheckBox *m_overdue;
    QLabel *m_count;
    QLabel *m_asOfNote;
    QPushButton *m_new;
    QPushButton *m_queryLog;
    QTableView *m_table;
    QTimer *m_searchDelay;
    QString m_current;
    bool m_restoring = false;
};

} // namespace hub::ui
