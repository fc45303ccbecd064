#pragma once
// The monthly summary log of queries per CCG (MoU activity XII.20, a CORE Hub
// activity) on screen: a CCG and a month (by default the office file's as-of
// month), the figures (counts; acknowledged within 5 and responded within 20
// working days), the log as a table, and Print preview…, Print…, Export PDF…,
// Export XLSX…, Export CSV… through the same writers as `hubcase-cli
// query-log` (print/query_log_document.h, database/cases/query_log_xlsx.h,
// core/cases/query_log_csv.h). Opened from the CCG page, the case list and
// File › Query log…; it follows change events, so a case recorded elsewhere
// shows at once.

#include "ui/print_output.h"

#include <QDate>
#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class QToolButton;

namespace hub::db
{
class OfficeFile;
}

namespace hub::ui
{

class QueryLogFigures;
class QueryLogModel;

class QueryLogDialog : public QDialog
{
    Q_OBJECT
public:
    // `file` outlives the dialog (the main window closes it before the file).
    explicit QueryLogDialog(db::OfficeFile &file, QWidget *parent = nullptr);

    // Shows the log of `ccgCode` (empty: the one chosen) for the month (0: the as-of month).
    void showLog(const QString &ccgCode, int year = 0, int month = 0);

    QString ccgCode() const;
    int year() const;
    int month() const;
    // The day the office file is read as of (db::officeAsOf): the default month's day.
    QDate asOfDay() const { return m_asOfDay; }

    QueryLogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QueryLogFigures *figures() const { return m_figures; }

    // The printed log (print/query_log_document.h); none while no log is read.
    std::optional<DocumentJob> documentJob() const;
    void printPreview();
    bool print();
    // Ask where and write; the path written, or empty.
    QString exportPdf();
    QString exportXlsx();
    QString exportCsv();

signals:
    // Open on a row: show the case in the Cases page.
    void caseOpenRequested(const QString &ref);
    void statusMessage(const QString &message);

private:
    void fillCcgs();
    void readChosen();
    void stepMonth(int by);
    void showRead();
    QString fileName(const QString &extension) const;
    void said(const QString &path);

    db::OfficeFile &m_file;
    QDate m_asOfDay;
    QueryLogModel *m_model;
    QComboBox *m_ccg;
    QComboBox *m_month;
    QSpinBox *m_year;
    QToolButton *m_previous;
    QToolButton *m_next;
    QueryLogFigures *m_figures;
    QTableView *m_table;
    QLabel *m_done;
    QList<QPushButton *> m_outputs;
};

} // namespace hub::ui
