#pragma once
// The case editor (detail side of the Cases page): header fields, the two
// service clocks with "Why this date?", timeline actions (each an undoable
// command on the page's undo stack), the timeline, description, attachments
// and letters. Every write is checked against the version the editor loaded;
// a stale one goes to the conflict resolver, and typed input is kept when a
// write fails.

#include "database/cases/case_rows.h"
#include "ui/dialogs/conflict_dialog.h"

#include "core/calendar/working_calendar.h"

#include <QDate>
#include <QWidget>
#include <memory>
#include <optional>

class QComboBox;
class QDateEdit;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableWidget;
class QTextBrowser;
class QUndoStack;

namespace hub::db
{
class OfficeFile;
}

namespace hub::ui
{

class CaseClockPanel;
class CaseDocument;
class NotesEdit;

class CaseEditor : public QWidget
{
    Q_OBJECT
public:
    explicit CaseEditor(QUndoStack *undo, QWidget *parent = nullptr);
    ~CaseEditor() override;

    void setOfficeFile(db::OfficeFile *file);
    void setConflictResolver(ConflictResolver resolver);
    // Clocks as of that day (null = today); also the default date of new events.
    void setAsOf(const QDate &asOf);

    void openCase(const QString &ref);
    QString currentRef() const;
    // The case_record id of the case shown ("" when none).
    QString currentId() const;
    void clear();

    // Re-reads the case (after our own or others' writes).
    void reload();
    // Another desktop committed to the shared file: reload if this case moved
    // (keeping anything the user is typing).
    void recordMayHaveChanged();
    // A change event touched the case shown: another desktop's change goes
    // through recordMayHaveChanged(); this desktop's is shown at once.
    void recordsChanged(bool fromOtherDesktop);
    // Typed into the title or description and not saved yet.
    bool hasUnsavedInput() const;
    // The case being edited (null without an office file).
    CaseDocument *document() const { return m_doc.get(); }

signals:
    void statusMessage(const QString &message);

private:
    // Building
    QWidget *buildHeader();
    QWidget *buildActions();
    QWidget *buildTimelineTab();
    QWidget *buildAttachmentsTab();
    QWidget *buildLettersTab();
    QFrame *buildChangedBar();

    // Showing
    void show(const db::CaseDetail &detail);
    void showHeader(const db::CaseDetail &detail);
    void showTimeline(const db::CaseDetail &detail);
    void showAttachments(const db::CaseDetail &detail);
    void updateActions();
    void refreshLetter();
    void showChangedBar(const QString &text, bool warning);
    void hideChangedBar();
    void setEditable(bool editable);
    QDate asOfDay() const;

    // The document's news
    void showLoaded(const db::CaseDetail &detail);
    void showKeptTheirs(const QString &ref, const QVariantMap &values);
    void keepUnsaved(const QString &ref, const QVariantMap &values);

    // Input forwarded to the document as undo commands
    void commitField(const QString &field, const QVariant &value, const QString &label);
    void addEvent(CaseEventKind kind);
    void pause();
    void pushEvent(const QString &text, const CaseEvent &event);
    ConflictChoice resolve(const Error &conflict);
    void showWhy(bool acknowledge);

    // Attachments and letters
    void addAttachment();
    void saveAttachment();
    void removeAttachment();
    void previewLetter();
    void saveLetterPdf();

    QUndoStack *m_undo;
    db::OfficeFile *m_file = nullptr;
    std::unique_ptr<CaseDocument> m_doc;
    ConflictResolver m_resolve;
    QDate m_asOf;
    QString m_ref;
    // The case as last shown (the document owns the loaded one), to tell typing from stored text.
    std::optional<db::CaseDetail> m_detail;
    bool m_loading = false;
    // Office calendar (closures included), for the paused working days shown.
    std::optional<WorkingCalendar> m_calendar;

    QStackedWidget *m_stack;
    QLabel *m_empty;
    QFrame *m_changedBar;
    QLabel *m_changedText;
    QPushButton *m_reloadButton;
    QPushButton *m_keepMineButton;

    QLabel *m_refLabel;
    QLabel *m_status;
    QLabel *m_owner;
    QLabel *m_ccg;
    QLabel *m_practice;
    QLabel *m_received;
    QLabel *m_activity;
    QLineEdit *m_title;
    QComboBox *m_type;
    QComboBox *m_officer;
    QComboBox *m_priority;
    QComboBox *m_stage;

    CaseClockPanel *m_clocks;

    QDateEdit *m_actionDate;
    QLineEdit *m_actionNote;
    QPushButton *m_ack;
    QPushButton *m_update;
    QPushButton *m_respond;
    QPushButton *m_pause;
    QPushButton *m_resume;
    QPushButton *m_close;
    QPushButton *m_note;

    QTabWidget *m_tabs;
    QTableWidget *m_timeline;
    NotesEdit *m_description;
    QTableWidget *m_attachments;
    QPushButton *m_addAttachment;
    QPushButton *m_saveAttachment;
    QPushButton *m_removeAttachment;
    QComboBox *m_template;
    QLabel *m_letterWarning;
    QTextBrowser *m_letterPreview;
    QPushButton *m_letterPreviewButton;
    QPushButton *m_letterPdfButton;
};

} // namespace hub::ui
