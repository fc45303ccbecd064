#pragma once
// Admin edit of one matrix activity: its wording, subgroup, the CCG ☒ and the
// Hub marker (CORE / TBC / SUPPORT / none) with its qualifier. The wording is
// the agreed MoU's, so Save first asks, naming what changes ("Change the
// wording of activity VIII.3 of the agreed MoU?"); No goes back to the form.

#include "core/catalogue/catalogue.h"

#include <QDialog>
#include <QVariantMap>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace hub::ui
{

class ActivityDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ActivityDialog(const Activity &activity, QWidget *parent = nullptr);

    // text, subgroup, ccg_role (bool), hub_role ("CORE"/"TBC"/"SUPPORT"/""), hub_qualifier.
    QVariantMap values() const;
    static QVariantMap valuesOf(const Activity &activity);

    // The question Save asks for these values (empty: nothing changed, nothing asked).
    QString confirmationQuestion() const;

    void accept() override;

private:
    QString m_key;
    QVariantMap m_before;
    QPlainTextEdit *m_text;
    QLineEdit *m_subgroup;
    QCheckBox *m_ccg;
    QComboBox *m_hub;
    QLineEdit *m_qualifier;
    QLabel *m_problem;
};

} // namespace hub::ui
