#pragma once
// Control characters: the C0 block, DEL and the C1 block (U+0000-U+001F,
// U+007F-U+009F). None belongs in a name, code or single line of text; each
// reader or writer says which line breaks or tabs it allows on top.

#include <QChar>
#include <QString>

namespace hub
{

bool isControlCharacter(QChar c);

// "U+001F": the form a user can search for in an editor.
QString codePointText(QChar c);

} // namespace hub
