#include "print/letter_document.h"

#include "core/common/format.h"

#include <QTextDocument>

namespace hub::print
{

using namespace Qt::StringLiterals;

namespace
{

QString lines(const QStringList &parts)
{
    QStringList escaped;
    for (const QString &p : parts)
        escaped << p.toHtmlEscaped();
    return escaped.join(u"<br/>"_s);
}

} // namespace

PageDecoration letterDecoration(const db::MergedLetter &letter, const QString &officeName)
{
    const QString from = letter.from.isEmpty() ? officeName : letter.from.first();
    return { u"%1 — %2"_s.arg(from, letter.ref), u"Our reference %1"_s.arg(letter.ref) };
}

void buildLetterDocument(QTextDocument &doc, const db::MergedLetter &letter, const QString &officeName)
{
    const QStringList from = letter.from.isEmpty() ? QStringList { officeName } : letter.from;
    const QDate date = letter.date.isValid() ? letter.date : QDate::currentDate();
    QString h;
    // Letterhead on the right, the addressee on the left (a window envelope's place).
    h += u"<table width='100%' cellspacing='0' cellpadding='0'><tr>"
         "<td width='55%' valign='bottom'>%1</td>"
         "<td width='45%' align='right' valign='top' style='color:#005EB8'><b>%2</b>%3%4</td>"
         "</tr></table>"_s.arg(letter.to.isEmpty() ? u"&nbsp;"_s : lines(letter.to), from.first().toHtmlEscaped(),
             from.size() > 1 ? u"<br/>"_s + lines(from.mid(1)) : QString(),
             letter.contact.isEmpty() ? QString() : u"<br/><br/>"_s + lines(letter.contact.split(u'\n')));
    h += u"<p>&nbsp;</p><p>%1<br/>Our reference: <b>%2</b></p>"_s.arg(formatDateLong(date), letter.ref.toHtmlEscaped());
    if (!letter.subject.isEmpty())
        h += u"<p><b>%1</b></p>"_s.arg(letter.subject.toHtmlEscaped());
    // The body is the merged template: rich text the office edits, values already escaped.
    h += letter.html;
    doc.setHtml(h);
}

} // namespace hub::print
