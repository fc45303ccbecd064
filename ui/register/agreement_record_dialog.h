#pragma once
// Recording an agreement's life after signing: an extension agreed, a notice
// of withdrawal given, or a party's written confirmation. The fields follow
// the kind; dates default to the office file's as-of day.

#include "core/catalogue/catalogue.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace hub::ui
{

class AgreementRecordDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind { Extension, Notice, Confirmation };

    AgreementRecordDialog(Kind kind, const Agreement &agreement, const QDate &asOf, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    QDate on() const; // agreed on / given on / confirmed on
    QDate newEnd() const; // extension only
    QString party() const; // notice and confirmation
    QString by() const;
    QString note() const; // extension and notice: a note; confirmation: the document

private:
    void updateHint();

    Kind m_kind;
    const Agreement m_agreement;
    QDateEdit *m_on;
    QDateEdit *m_newEnd = nullptr;
    QComboBox *m_party = nullptr;
    QLineEdit *m_by;
    QLineEdit *m_note;
    QLabel *m_hint;
};

} // namespace hub::ui
