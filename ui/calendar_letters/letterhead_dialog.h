#pragma once
// "Letterhead": the Hub's name, address and contact details that head every
// letter this office sends. Returns the values typed; the tab saves them as
// an undoable, conflict-checked edit.

#include <QDialog>
#include <QVariantMap>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace hub::ui
{

class LetterheadDialog : public QDialog
{
    Q_OBJECT
public:
    // `values`: hub_name, address, phone, email as stored.
    LetterheadDialog(const QVariantMap &values, bool editable, QWidget *parent = nullptr);

    QVariantMap values() const;

private:
    QLineEdit *m_name;
    QPlainTextEdit *m_address;
    QLineEdit *m_phone;
    QLineEdit *m_email;
};

} // namespace hub::ui
