#pragma once
// Edits a CCG's named leads: Hub contracting lead, Hub finance lead, CCG lead.

#include "core/catalogue/catalogue.h"

#include <QDialog>
#include <QVariantMap>

class QLineEdit;

namespace hub::ui
{

class CcgLeadsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CcgLeadsDialog(const Ccg &ccg, QWidget *parent = nullptr);

    // hub_contracting_lead, hub_finance_lead, ccg_lead.
    QVariantMap values() const;
    static QVariantMap valuesOf(const Ccg &ccg);

private:
    QLineEdit *m_contracting;
    QLineEdit *m_finance;
    QLineEdit *m_ccgLead;
};

} // namespace hub::ui
