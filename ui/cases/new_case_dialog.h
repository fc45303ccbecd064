#pragma once
// Opening a new case: type, CCG, practice (of that CCG, optional), date
// received, title, description, officer and priority. Problems are shown in
// the dialog; OK writes through CaseRepository::add.

#include <QDialog>

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
    QLabel *m_problem;
    QString m_createdRef;
};

} // namespace hub::ui
