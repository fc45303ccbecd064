// Notes box with an editingFinished signal.
#include "ui/widgets/notes_edit.h"

namespace hub::ui
{

NotesEdit::NotesEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
}

void NotesEdit::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    emit editingFinished();
}

} // namespace hub::ui
