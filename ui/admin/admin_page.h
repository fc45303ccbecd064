#pragma once
// "Calendar & letters": the office's working calendar (a year at a glance
// with England and Wales bank holidays and the office's closure days, which
// an administrator adds, edits and removes, undoably), a working-day counter
// for officers checking a date, and the letter templates (rich text with
// {{merge}} fields, versioned saves, a preview merged with a real case).

#include "core/calendar/working_calendar.h"
#include "database/cases/closure_repository.h"
#include "database/cases/template_repository.h"
#include "ui/page.h"

#include <QHash>
#include <optional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QTextEdit;
class QToolButton;

namespace hub::ui
{

class BankHolidayModel;
class ClosureDialog;
class ClosureTableModel;
class YearCalendarLegend;
class YearCalendarView;

class AdminPage : public Page
{
    Q_OBJECT
public:
    explicit AdminPage(QWidget *parent = nullptr);

    void reload() override;

    // Working calendar tab.
    void setYear(int year);
    int year() const;
    void showCalendar();
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

    // Letter templates tab.
    void showTemplates();
    void selectTemplate(const QString &key);
    QString currentTemplate() const;
    // Saves the edited name, subject and body (undoable, conflict-checked); true when written.
    bool saveTemplate();
    bool templateModified() const;
    void previewTemplate();

    QTabWidget *tabs() const { return m_tabs; }

private:
    QWidget *buildCalendarTab();
    QWidget *buildTemplatesTab();

    // Calendar.
    void reloadCalendar();
    void showYear();
    void updateWorkingDays();
    void updateClosureButtons();
    std::optional<RecordState> readClosure(const QDate &date, bool mustExist);
    bool writeClosure(const QDate &date, const QVariantMap &values, std::int64_t version);
    void pushClosureEdit(const QString &text, const QDate &date, const QVariantMap &before, const QVariantMap &after,
        std::int64_t version);
    void reportChange(const QString &what, int moved);

    // Templates.
    // keepEdits: unsaved edits in the editor stay (the list and stored versions refresh).
    void reloadTemplates(bool keepEdits = true);
    void showSelectedTemplate();
    void showTemplate(const db::LetterTemplate *t);
    void checkMergeFields();
    void insertMergeField(const QString &field);
    std::optional<RecordState> readTemplate(const QString &key);
    bool writeTemplate(const QString &key, const QVariantMap &values, std::int64_t version);
    const db::LetterTemplate *templateByKey(const QString &key) const;
    QVariantMap editorValues() const;
    bool confirmLeavingTemplate();

    QTabWidget *m_tabs;

    // Working calendar.
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
    bool m_lastWriteOk = false;
    QString m_lastWriteError;

    // Letter templates.
    QVector<db::LetterTemplate> m_templates;
    QListWidget *m_templateList = nullptr;
    QLineEdit *m_templateName = nullptr;
    QLineEdit *m_templateSubject = nullptr;
    QTextEdit *m_templateBody = nullptr;
    QPushButton *m_insertField = nullptr;
    QToolButton *m_bold = nullptr;
    QToolButton *m_italic = nullptr;
    QToolButton *m_underline = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QLabel *m_templateMeta = nullptr;
    QLabel *m_templateWarning = nullptr;
    QLineEdit *m_previewRef = nullptr;
    QPushButton *m_previewButton = nullptr;
    QLabel *m_previewSubject = nullptr;
    QTextBrowser *m_preview = nullptr;
    QLabel *m_previewNote = nullptr;
    QString m_shownTemplate;
    std::optional<db::LetterTemplate> m_editorBase; // the stored template the editor started from
    bool m_loadingTemplate = false;
};

} // namespace hub::ui
