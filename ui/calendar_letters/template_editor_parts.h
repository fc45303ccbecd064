#pragma once
// Pieces of the letter template editor: what each merge field holds, the
// highlighter that marks known and unknown {{fields}}, the formatting
// buttons, and the body's own markup without the editor's document font.

#include <QString>
#include <QStringList>
#include <QSyntaxHighlighter>

class QTextEdit;
class QToolButton;

namespace hub::ui
{

// Every merge field a template may use: the case's fields and the letter parts.
QStringList templateMergeFields();
// "Case reference", "Salutation (Dear …)", ... for the insert menu.
QString mergeFieldLabel(const QString &field);

// The part of QTextEdit::toHtml() between <body> and </body>: the letter's own
// markup without the editor's document-wide font, so letters print in the
// letter renderer's font.
QString bodyHtml(const QTextEdit *edit);

QToolButton *formatButton(const QString &text, const QString &name, const QString &tip);

// Marks {{fields}} in the editor: known ones tinted blue, unknown ones red.
class MergeFieldHighlighter : public QSyntaxHighlighter
{
public:
    explicit MergeFieldHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    QStringList m_known;
};

} // namespace hub::ui
