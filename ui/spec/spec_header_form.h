#pragma once
// The specification's "Approved by" block and notes: CCG lead name,
// designation and signature date; Locality Director name, designation and
// signature date (date pickers); notes. Reports each changed field (by its
// office-file name) when editing finishes; shows the lock and its reason
// once the specification is agreed.

#include "core/specification/ccg_specification.h"

#include <QGroupBox>
#include <QHash>

class QLabel;
class QLineEdit;

namespace hub::ui
{

class NotesEdit;
class SignatureDateEdit;

class SpecHeaderForm : public QGroupBox
{
    Q_OBJECT
public:
    explicit SpecHeaderForm(QWidget *parent = nullptr);

    void setSpecification(const CcgSpecification &spec);
    void clear();
    // Locked: every field read-only and greyed, the lock and `reason` shown.
    void setLocked(bool locked, const QString &reason);
    // The day a newly ticked signature starts at (the office's as-of day).
    void setDefaultDate(const QDate &day);
    // Emits fieldEdited for every text field whose text differs from what was loaded.
    void commitPending();

    // "CCG lead's name", ... for the Edit menu.
    static QString fieldLabel(const QString &field);

signals:
    // value: QString, or QDate (invalid = not signed) for the *_signed_on fields.
    void fieldEdited(const QString &field, const QVariant &value);

private:
    QLineEdit *addLine(const QString &field, const QString &placeholder);
    SignatureDateEdit *addDate(const QString &field);
    void commitLine(const QString &field);
    void commitNotes();

    QHash<QString, QLineEdit *> m_lines;
    QHash<QString, SignatureDateEdit *> m_dates;
    QHash<QString, QString> m_loaded; // field -> text as shown after loading
    NotesEdit *m_notes;
    QString m_loadedNotes;
    QWidget *m_lockBar;
    QLabel *m_lockReason;
};

} // namespace hub::ui
