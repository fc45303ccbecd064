#pragma once
// Edits an agreement's title, version, dates and notice period. Dates are
// typed as dd/mm/yyyy; blank means "not set".

#include "core/catalogue/catalogue.h"

#include <QDialog>
#include <QHash>
#include <QVariantMap>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace hub::ui
{

class AgreementDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AgreementDialog(const Agreement &agreement, QWidget *parent = nullptr);

    // Every editable field by its office-file name (dates as QDate, null when blank).
    QVariantMap values() const;
    static QVariantMap valuesOf(const Agreement &agreement);

    void accept() override;

private:
    QLineEdit *dateEdit(const QString &field, const QDate &date);

    QLineEdit *m_title;
    QLineEdit *m_version;
    QHash<QString, QLineEdit *> m_dates;
    QSpinBox *m_notice;
    QLabel *m_problem;
};

} // namespace hub::ui
