#pragma once
// The case list as a table: one row per case (db::CaseRow), with the clock's
// state in words counted in working days ("Overdue by 3 working days", "Due
// today", "Met late", core/cases/clock_wording.h) and the state's colour and
// icon (ui/cases/clock_palette.h). Rows are read a page at a time (canFetchMore /
// fetchMore), so a filter matching 200,000 cases costs one page until the
// user scrolls; sorting (header clicks) is done by the query, so the pages
// stay in order.

#include "core/calendar/working_calendar.h"
#include "database/cases/case_rows.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QSet>
#include <memory>

namespace hub::db
{
class CaseListQuery;
class OfficeFile;
}

namespace hub::ui
{

class CaseTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Reference,
        Received,
        Ccg,
        Practice,
        Type,
        Title,
        Officer,
        Owner,
        Status,
        AcknowledgeDue,
        ResponseDue,
        Clock,
        NextDue, // the due date of the clock that matters now ("Due"); hidden in the full list
        ColumnCount
    };

    explicit CaseTableModel(QObject *parent = nullptr);
    ~CaseTableModel() override;

    void setOfficeFile(db::OfficeFile *file);
    db::OfficeFile *officeFile() const { return m_file; }

    // Rows read per fetch (500 by default).
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }

    // Runs `filter` (its limit and offset are ignored; paging is the model's)
    // from the first row, reading at least `keepRows` rows so a re-query can
    // keep the user's scroll position. False (rows cleared) on an error: see lastError().
    bool setFilter(const db::CaseFilter &filter, int keepRows = 0);
    // The same filter again (another desktop saved), keeping as many rows loaded as now.
    bool refresh();
    // A change event named these cases (case_record ids): the loaded rows are
    // re-read in place (dataChanged) and those no longer matching removed.
    // False when the change may add rows (a case matching that is not loaded:
    // new, or moved into the filter); the caller refresh()es then.
    bool updateRows(const QSet<QString> &ids);
    const db::CaseFilter &filter() const { return m_filter; }
    QString lastError() const { return m_error; }

    // Every case the filter matches (not just the rows read so far); while a
    // search walks many matches the count stops past kCountCap (totalIsExact() false).
    int totalCount() const { return m_total; }
    bool totalIsExact() const { return m_exact; }
    static constexpr int kCountCap = 5000;

    const db::CaseRow *rowAt(int row) const;
    // The row of a loaded case, -1 when not (yet) read.
    int rowOf(const QString &ref) const;
    // Reads further pages until `ref` is loaded (at most `maxRows` rows); its row or -1.
    int loadUntil(const QString &ref, int maxRows = 20000);
    // Whether the filter keeps the case (case_record id), loaded yet or not: one indexed query.
    bool holds(const QString &id);

    // The day the clocks are read at (the filter's asOf, else today).
    QDate asOf() const;

    // "Overdue by 3 working days", "Due today", "Due in 2 working days", "Paused", "Met", "Met late", "—",
    // counted by `calendar` (the office's).
    static QString clockText(const db::CaseRow &row, const QDate &asOf, const WorkingCalendar &calendar);
    // The office calendar the rows were read with (England and Wales without an office file).
    const WorkingCalendar &calendar() const { return m_calendar; }
    // The state behind clockText: the clock that matters now.
    static ClockState currentState(const db::CaseRow &row);
    // The due date behind clockText (null when no clock is running).
    static QDate currentDue(const db::CaseRow &row);
    // The palette's colour (clockStateColour) for breached, due today / soon, met late and met; invalid otherwise.
    static QColor stateColour(ClockState state);
    static db::CaseFilter::Column sortColumnOf(int column);
    static int columnOfSort(db::CaseFilter::Column sort);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Re-queries sorted by `column` (done in SQL, so paging stays right).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // The filter ran (setFilter, refresh, sort): totalCount() may have changed.
    void queried();

private:
    bool query(int rows);

    db::OfficeFile *m_file = nullptr;
    std::unique_ptr<db::CaseListQuery> m_query;
    db::CaseFilter m_filter;
    QVector<db::CaseRow> m_rows;
    WorkingCalendar m_calendar;
    int m_pageSize = 500;
    int m_total = 0;
    bool m_exact = true;
    bool m_more = false;
    QString m_error;
};

} // namespace hub::ui
