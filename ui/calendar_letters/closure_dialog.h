#pragma once
// "Add closure day": a date and the reason the office is shut. While the
// date is chosen it says what that day already is; on OK the page tries to
// save, and a refusal (a weekend, a bank holiday, a day already closed) is
// shown here in the repository's words, leaving the dialog open.

#include "core/calendar/working_calendar.h"

#include <QDialog>
#include <functional>
#include <optional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hub::ui
{

class ClosureDialog : public QDialog
{
    Q_OBJECT
public:
    ClosureDialog(const std::optional<WorkingCalendar> &calendar, const QDate &initial, QWidget *parent = nullptr);

    QDate date() const;
    QString reason() const;
    void setDate(const QDate &date);
    void setReason(const QString &reason);

    // Called on OK with the date and reason; returns an empty string when
    // saved (the dialog closes) or the message to show (it stays open).
    using Submit = std::function<QString(const QDate &date, const QString &reason)>;
    void setSubmit(Submit submit) { m_submit = std::move(submit); }

    QString message() const;

    void accept() override;

private:
    void describeDate();
    void showMessage(const QString &text, bool problem);

    std::optional<WorkingCalendar> m_calendar;
    QDateEdit *m_date;
    QLineEdit *m_reason;
    QLabel *m_dayInfo;
    QLabel *m_message;
    QPushButton *m_ok;
    Submit m_submit;
};

} // namespace hub::ui
