#pragma once
// Multi-line text box that reports editingFinished when it loses focus, like QLineEdit.

#include <QPlainTextEdit>

namespace hub::ui
{

class NotesEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit NotesEdit(QWidget *parent = nullptr);

signals:
    void editingFinished();

protected:
    void focusOutEvent(QFocusEvent *event) override;
};

} // namespace hub::ui
