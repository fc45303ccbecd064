#include "print/letter_document.h"

#include "core/common/format.h"

#include <QTextDocument>

namespace hub::print {

#define S QStringLiteral

PageDecoration letterDecoration(const db::MergedLetter &letter, const QString &officeName)
{
    return {S("%1 — %2").arg(officeName, letter.ref), S("Our reference %1").arg(letter.ref)};
}

void buildLetterDocument(QTextDocument &doc, const db::MergedLetter &letter, const QString &officeName)
{
    QString h;
    h += S("<p align='right' style='color:#005EB8'><b>%1</b><br/>%2</p>").arg(officeName.toHtmlEscaped(),
                                                                             formatDateLong(QDate::currentDate()));
    if (!letter.subject.isEmpty())
        h += S("<p><b>%1</b></p>").arg(letter.subject.toHtmlEscaped());
    // The body is the merged template: rich text the office edits, values already escaped.
    h += letter.html;
    doc.setHtml(h);
}

#undef S

} // namespace hub::print
