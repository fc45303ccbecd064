#pragma once
// Opening a new case: type, CCG, practice (of that CCG, optional), date
// received (the office file's as-of day by default), title, description,
// officer, priority and the requester's contact details (one box per
// requester field of core/cases/case_fields.h). Problems are shown in the
// dialog; OK writes through CaseRepository::add.

#include <QDialog>
#include <QHash>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace hub::db
{
class OfficeFile;
}

namespace hub::ui
{

class NewCaseDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewCaseDialog(db::OfficeFile &file, QWidget *parent = nullptr);

    // The reference of the case created (empty until accepted).
    QString createdRef() const { return m_createdRef; }

    void accept() override;

private:
    void loadPractices();
    void showProblem(const QString &text, QWidget *field);

    db::OfficeFile &m_file;
    QComboBox *m_type;
    QComboBox *m_ccg;
    QComboBox *m_practice;
    QDateEdit *m_received;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QComboBox *m_officer;
    QComboBox *m_priority;
    // The requester fields' boxes by field code.
    QHash<QString, QLineEdit *> m_requester;
    QLabel *m_problem;
    QString m_createdRef;
};

} // namespace hub::ui
