#pragma once
// The "Key dates" panel of an agreement: each date from keyDates() with how
// far away it is, deadlines (extension, latest notice) in bold.

#include "core/catalogue/catalogue.h"

#include <QGroupBox>

class QTableWidget;

namespace hub::ui
{

class KeyDatesBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit KeyDatesBox(QWidget *parent = nullptr);

    void setAgreement(const Agreement &agreement, const QDate &today);
    void clear();
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace hub::ui
