#pragma once
// A signature date: "Signed" ticked opens a date picker (calendar popup,
// dd/MM/yyyy) that starts at the office's as-of day; unticked means not
// signed yet. Never free text, so a date cannot be mistyped.

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace hub::ui
{

class SignatureDateEdit : public QWidget
{
    Q_OBJECT
public:
    explicit SignatureDateEdit(QWidget *parent = nullptr);

    // Null: not signed.
    QDate date() const;
    void setDate(const QDate &date);
    // The day offered when "Signed" is ticked.
    void setDefaultDate(const QDate &day) { m_default = day; }
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    QCheckBox *signedBox() const { return m_signed; }
    QDateEdit *dateEdit() const { return m_edit; }

signals:
    // The user ticked, unticked or picked a date.
    void edited(const QDate &date);

private:
    void showState();

    QCheckBox *m_signed;
    QDateEdit *m_edit;
    QDate m_default;
    bool m_readOnly = false;
};

} // namespace hub::ui
