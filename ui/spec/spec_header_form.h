#pragma once
// The specification's "Approved by" block and notes: CCG lead name,
// designation and date; Locality Director name, designation and date; notes.
// Reports each changed field (by its office-file name) when editing finishes.

#include "core/specification/ccg_specification.h"

#include <QGroupBox>
#include <QHash>

class QLineEdit;

namespace hub::ui
{

class NotesEdit;

class SpecHeaderForm : public QGroupBox
{
    Q_OBJECT
public:
    explicit SpecHeaderForm(QWidget *parent = nullptr);

    void setSpecification(const CcgSpecification &spec);
    void clear();
    void setEditable(bool editable);
    // Emits fieldEdited for every field whose text differs from what was loaded.
    void commitPending();

signals:
    // value: QString, or QDate (invalid = cleared) for the *_signed_on fields.
    void fieldEdited(const QString &field, const QVariant &value);

private:
    QLineEdit *addLine(const QString &field, const QString &placeholder);
    void commitLine(const QString &field);
    void commitNotes();
    bool isDateField(const QString &field) const;

    QHash<QString, QLineEdit *> m_lines;
    QHash<QString, QString> m_loaded; // field -> text as shown after loading
    NotesEdit *m_notes;
    QString m_loadedNotes;
};

} // namespace hub::ui
