#pragma once
// The "Working calendar" tab of Calendar & letters: a year at a glance with
// England and Wales bank holidays and the office's closure days, which an
// administrator adds, edits and removes (undoably, through the page's undo
// stack), and a working-day counter for officers checking a date.

#include "core/calendar/working_calendar.h"
#include "database/cases/closure_repository.h"
#include "ui/undo/record_edit_command.h"

#include <QHash>
#include <QWidget>
#include <optional>

class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableView;

namespace hub::ui
{

class AdminPage;
class BankHolidayModel;
class ClosureDialog;
class ClosureTableModel;
class YearCalendarView;

class CalendarTab : public QWidget
{
    Q_OBJECT
public:
    // The tab writes through `page` (its office file, undo stack and conflict resolver).
    explicit CalendarTab(AdminPage &page);

    void reload();

    void setYear(int year);
    int year() const;
    // Asks for a date and reason (prefilled with `date` when valid) and adds the closure day.
    void addClosure(const QDate &date = {});
    // Adds a closure day undoably; returns "" when written, else the message shown.
    QString applyAddClosure(const QDate &date, const QString &reason);
    // Removes the selected closure day (undoably).
    void removeSelectedClosure();
    void removeClosure(const QDate &date);
    void changeClosureReason(const QDate &date, const QString &reason);
    // The closure days shown (the office's, all years).
    const QVector<db::StoredClosure> &closures() const { return m_closures; }
    YearCalendarView *yearView() const { return m_yearView; }

private:
    void showYear();
    void updateWorkingDays();
    void updateClosureButtons();
    std::optional<RecordState> readClosure(const QDate &date, bool mustExist);
    bool writeClosure(const QDate &date, const QVariantMap &values, std::int64_t version);
    void pushClosureEdit(const QString &text, const QDate &date, const QVariantMap &before, const QVariantMap &after,
        std::int64_t version);
    void reportChange(const QString &what, int moved);

    AdminPage &m_page;
    std::optional<WorkingCalendar> m_calendar;
    QVector<db::StoredClosure> m_closures;
    QSpinBox *m_year;
    QLabel *m_yearSummary;
    YearCalendarView *m_yearView;
    BankHolidayModel *m_holidays;
    ClosureTableModel *m_closureModel;
    QTableView *m_holidayTable;
    QTableView *m_closureTable;
    QLabel *m_holidayTitle;
    QLabel *m_closureTitle;
    QPushButton *m_addClosure;
    QPushButton *m_removeClosure;
    QLabel *m_changeNote;
    QDateEdit *m_workFrom;
    QSpinBox *m_workCount;
    QLabel *m_workResult;
    QListWidget *m_workExplain;
    ClosureDialog *m_openDialog = nullptr;
    // The file the as-of defaults (year shown, "count from") were set for.
    const void *m_defaultsFor = nullptr;
    bool m_lastWriteOk = false;
    QString m_lastWriteError;
};

} // namespace hub::ui
