#pragma once
// The case editor's action bar: the day an action happened (the as-of day by
// default), a note, and the timeline actions (acknowledge, update, respond,
// pause, resume, close, add note), each enabled only when the core rules
// allow it on that day. Enter in the note box adds the note. The bar asks,
// it never writes: the editor turns its requests into undo commands.

#include "database/cases/case_rows.h"

#include <QFrame>
#include <optional>

class QDateEdit;
class QLineEdit;
class QPushButton;

namespace hub::ui
{

class CaseActionBar : public QFrame
{
    Q_OBJECT
public:
    explicit CaseActionBar(QWidget *parent = nullptr);

    // The case the actions apply to, the day they default to, and whether it may be changed.
    void showCase(const db::CaseDetail &detail, const QDate &asOf, bool editable);
    void clear();

    QDate date() const;
    QString note() const;
    void clearNote();
    void focusNote();

signals:
    // Acknowledged, Updated, Responded, Resumed, Closed or Note, on date() with note().
    void eventRequested(CaseEventKind kind);
    void pauseRequested();

private:
    void updateButtons();
    bool allowed(CaseEventKind kind) const;

    std::optional<db::CaseDetail> m_detail;
    bool m_editable = false;
    QDateEdit *m_date;
    QLineEdit *m_note;
    QPushButton *m_ack;
    QPushButton *m_update;
    QPushButton *m_respond;
    QPushButton *m_pause;
    QPushButton *m_resume;
    QPushButton *m_close;
    QPushButton *m_addNote;
};

} // namespace hub::ui
