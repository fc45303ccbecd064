#pragma once
// Admin edit of one matrix activity: its wording, subgroup, the CCG ☒ and the
// Hub marker (CORE / TBC / SUPPORT / none) with its qualifier.

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

    void accept() override;

private:
    QPlainTextEdit *m_text;
    QLineEdit *m_subgroup;
    QCheckBox *m_ccg;
    QComboBox *m_hub;
    QLineEdit *m_qualifier;
    QLabel *m_problem;
};

} // namespace hub::ui
