#pragma once
// One CCG's monthly summary log of queries (activity XII.20) as a table:
// the queries within the standard, then the excluded ones, in the columns of
// the CLI's CSV (core/cases/query_log_csv.h). Read through QueryLogRepository;
// it re-reads itself when a commit (this desktop's or another's) touches the
// cases, their timelines, the calendar, the standards, practices or CCGs.

#include "core/cases/query_log.h"

#include <QAbstractTableModel>
#include <QMetaObject>

namespace hub::db
{
class OfficeFile;
}

namespace hub::ui
{

class QueryLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Section,
        Reference,
        Type,
        PracticeCode,
        Practice,
        Title,
        Officer,
        Received,
        AcknowledgeDue,
        Acknowledged,
        Acknowledgement,
        ResponseDue,
        Responded,
        Response,
        Closed,
        Open,
        Overdue,
        Exclusions,
        PausedWorkingDays,
        ColumnCount
    };

    explicit QueryLogModel(QObject *parent = nullptr);

    // The file to read (null: empty). Forgets the shown log.
    void setOfficeFile(db::OfficeFile *file);
    db::OfficeFile *officeFile() const { return m_file; }

    // Reads the log of `ccgCode` for the month, clocks as of `asOf` (null: the month's last day).
    void showLog(const QString &ccgCode, int year, int month, const QDate &asOf);
    // Reads the same log again.
    void refresh();

    // The log as last read; hasLog() false when nothing was read or the read failed (lastError()).
    bool hasLog() const { return m_has; }
    const QueryLog &log() const { return m_log; }
    QString lastError() const { return m_error; }
    // The line shown in `row` (null out of range), and whether it is an excluded one.
    const QueryLogLine *lineAt(int row) const;
    bool isExcludedRow(int row) const;

    // The tables whose changes make the log re-read itself.
    static QStringList readTables();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // The log was (re-)read: the figures may have changed.
    void logRead();

private:
    db::OfficeFile *m_file = nullptr;
    QMetaObject::Connection m_changes;
    QString m_ccg;
    int m_year = 0;
    int m_month = 0;
    QDate m_asOf;
    QueryLog m_log;
    bool m_has = false;
    QString m_error;
};

} // namespace hub::ui
