#pragma once
// Acknowledging a request for information or data: the Data and Information
// standard asks the acknowledgement to confirm "when the information will
// reasonably be made available", so the date is asked for here.

#include <QDialog>

class QDateEdit;

namespace hub::ui
{

class AvailableByDialog : public QDialog // no Q_OBJECT: no signals of its own
{
public:
    AvailableByDialog(
        const QString &ref, const QDate &acknowledgedOn, const QDate &suggested, QWidget *parent = nullptr);

    QDate availableBy() const;

private:
    QDateEdit *m_date;
};

} // namespace hub::ui
