#pragma once
// Records a CCG's move to another co-commissioning level from a given date.

#include "core/catalogue/catalogue.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace hub::ui
{

class ChangeLevelDialog : public QDialog
{
    Q_OBJECT
public:
    // The new level defaults to the first of the month after `asOf` (the file's as-of day).
    ChangeLevelDialog(const Ccg &ccg, const QDate &asOf, QWidget *parent = nullptr);

    CommissioningLevel level() const;
    QDate effectiveFrom() const;
    QString note() const;

    void accept() override;

private:
    QComboBox *m_level;
    QLineEdit *m_from;
    QLineEdit *m_note;
    QLabel *m_problem;
};

} // namespace hub::ui
