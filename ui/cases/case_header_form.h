#pragma once
// The case editor's header form: reference, status and owner; a banner when
// the case is not in the list as filtered; the title; CCG, practice,
// received and activity as stored; type, officer, priority and stage; and
// the requester's contact fields (one box per requester field of
// core/cases/case_fields.h). Edits leave as fieldEdited(code, value); the
// form never writes.

#include "database/cases/case_rows.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hub::ui
{

class CaseHeaderForm : public QWidget
{
    Q_OBJECT
public:
    explicit CaseHeaderForm(QWidget *parent = nullptr);

    void setOfficers(const QStringList &officers);
    // Every value as stored (typing marks cleared).
    void showCase(const db::CaseDetail &detail);
    void setEditable(bool editable);
    // The list beside the editor does not hold this case (filtered out, removed).
    void setNotInList(bool notInList);
    bool isNotInList() const;

    QString titleText() const;
    // Puts typed text back (after a reload) and marks it not saved when `unsaved`.
    void setTitleText(const QString &text, bool unsaved);
    // A field whose typing was refused or not saved: marked, with the reason as its tooltip.
    void markUnsaved(const QString &code, const QString &why = {});

signals:
    void fieldEdited(const QString &code, const QVariant &value);
    // The banner's "Show in list": the page clears the list's filter.
    void showInListRequested();

private:
    QWidget *buildRequester();
    QFrame *buildNotInList();

    QLabel *m_ref;
    QLabel *m_status;
    QLabel *m_owner;
    QFrame *m_notInList;
    QLineEdit *m_title;
    QComboBox *m_type;
    QComboBox *m_officer;
    QComboBox *m_priority;
    QComboBox *m_stage;
    QLabel *m_ccg;
    QLabel *m_practice;
    QLabel *m_received;
    QLabel *m_activity;
    // The requester fields' boxes by field code.
    QHash<QString, QLineEdit *> m_requester;
    bool m_showing = false;
};

} // namespace hub::ui
