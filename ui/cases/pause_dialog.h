#pragma once
// Stopping a case's clocks: one of the CURRENT standard's exclusions, a note
// saying why (required: "A note is required" once the user tries to pause
// without one) and the day the clock stops.

#include "core/catalogue/catalogue.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace hub::ui
{

class PauseDialog : public QDialog
{
    Q_OBJECT
public:
    // Dates allowed: minDate (receipt / last restart) .. maxDate (today).
    PauseDialog(const ServiceStandard &standard, const QDate &date, const QDate &minDate, const QDate &maxDate,
        QWidget *parent = nullptr);

    QString exclusionCode() const;
    QString note() const;
    QDate date() const;

    void accept() override;

private:
    void updateOk();

    QComboBox *m_exclusion;
    QPlainTextEdit *m_note;
    QDateEdit *m_date;
    QLabel *m_hint;
    QPushButton *m_ok;
    bool m_tried = false; // the user tried to pause: say what is missing
};

} // namespace hub::ui
