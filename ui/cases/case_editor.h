#pragma once
// The case editor (detail side of the Cases page). It composes the header
// form, the two service clocks, the action bar and the tabs (timeline,
// description, attachments, letters), shows the CaseDocument's case in them,
// and turns their input into undo commands on the page's undo stack. Every
// write is checked against the version the editor loaded; a stale one goes to
// the conflict resolver, and typed input is kept when a write fails.

#include "database/cases/case_rows.h"
#include "ui/dialogs/conflict_dialog.h"

#include "core/calendar/working_calendar.h"

#include <QDate>
#include <QWidget>
#include <memory>
#include <optional>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QUndoStack;

namespace hub::db
{
class OfficeFile;
}

namespace hub::ui
{

class CaseActionBar;
class CaseAttachmentsTab;
class CaseChangedBar;
class CaseClockPanel;
class CaseDocument;
class CaseHeaderForm;
class CaseLettersTab;
class CaseTimelineView;
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
    // The list beside the editor holds the case shown, or not (the header says so).
    void setInList(bool inList);
    // The case being edited (null without an office file).
    CaseDocument *document() const { return m_doc.get(); }

signals:
    void statusMessage(const QString &message);
    // Another case is shown (opened, or the case an undo changed): the page selects it in the list.
    void caseShown(const QString &ref);
    // "Show in list" in the header: the page clears the list's filter.
    void showInListRequested();

private:
    void show(const db::CaseDetail &detail);
    void setEditable(bool editable);
    QDate asOfDay() const;

    // The document's news
    void showLoaded(const db::CaseDetail &detail);
    void showKeptTheirs(const QString &ref, const QVariantMap &values);
    void keepUnsaved(const QString &ref, const QVariantMap &values);
    void dropTyping();

    // Input forwarded to the document as undo commands
    void commitField(const QString &field, const QVariant &value);
    void addEvent(CaseEventKind kind);
    void pause();
    void closeCase();
    void pushEvent(const QString &text, const CaseEvent &event);
    ConflictChoice resolve(const Error &conflict);
    void showWhy(bool acknowledge);

    QUndoStack *m_undo;
    db::OfficeFile *m_file = nullptr;
    std::unique_ptr<CaseDocument> m_doc;
    ConflictResolver m_resolve;
    QDate m_asOf;
    QString m_ref;
    // The case as last shown (the document owns the loaded one), to tell typing from stored text.
    std::optional<db::CaseDetail> m_detail;
    bool m_loading = false;
    // Office calendar (closures included), for the working days shown.
    std::optional<WorkingCalendar> m_calendar;

    QStackedWidget *m_stack;
    QLabel *m_empty;
    CaseChangedBar *m_changedBar;
    CaseHeaderForm *m_header;
    CaseClockPanel *m_clocks;
    CaseActionBar *m_actions;
    QTabWidget *m_tabs;
    CaseTimelineView *m_timeline;
    NotesEdit *m_description;
    CaseAttachmentsTab *m_attachments;
    CaseLettersTab *m_letters;
};

} // namespace hub::ui
