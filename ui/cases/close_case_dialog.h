#pragma once
// Closing a case: what the outcome was (required) and, for a provider query,
// whether the practice had a full response. The rule is core's
// (checkClosure); a problem is shown once the user tries to close.

#include "core/cases/case_event.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QRadioButton;

namespace hub::ui
{

class CloseCaseDialog : public QDialog
{
    Q_OBJECT
public:
    CloseCaseDialog(const QString &ref, const QString &typeCode, const QDate &on, QWidget *parent = nullptr);

    // The closure as asked: kind Closed, the day, the outcome and (provider queries) the full-response answer.
    CaseEvent closure() const;

    void accept() override;

private:
    QString m_typeCode;
    QDate m_on;
    QPlainTextEdit *m_outcome;
    QRadioButton *m_full = nullptr;
    QRadioButton *m_notFull = nullptr;
    QLabel *m_problem;
};

} // namespace hub::ui
