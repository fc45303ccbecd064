#include "ui/calendar_letters/template_editor_parts.h"

#include "core/cases/letter_merge.h"
#include "core/cases/letter_parts.h"

#include <QHash>
#include <QObject>
#include <QRegularExpression>
#include <QTextEdit>
#include <QToolButton>

namespace hub::ui
{

using namespace Qt::StringLiterals;

QStringList templateMergeFields()
{
    QStringList fields = letterMergeFields();
    for (const QString &f : letterPartFields()) {
        if (!fields.contains(f))
            fields << f;
    }
    return fields;
}

QString mergeFieldLabel(const QString &field)
{
    static const QHash<QString, QString> labels {
        { u"ref"_s, QObject::tr("Case reference") },
        { u"title"_s, QObject::tr("Case title") },
        { u"practice_name"_s, QObject::tr("Practice name") },
        { u"practice_address"_s, QObject::tr("Practice address") },
        { u"received_on"_s, QObject::tr("Date received") },
        { u"ack_due"_s, QObject::tr("Acknowledgement due") },
        { u"response_due"_s, QObject::tr("Response due") },
        { u"responded_on"_s, QObject::tr("Date responded") },
        { u"response_text"_s, QObject::tr("Response (note on the responded entry)") },
        { u"closed_on"_s, QObject::tr("Date closed") },
        { u"closure_note"_s, QObject::tr("Closure note") },
        { u"ccg_name"_s, QObject::tr("CCG name") },
        { u"officer"_s, QObject::tr("Officer") },
        { u"today"_s, QObject::tr("Letter date") },
        { u"salutation"_s, QObject::tr("Salutation (Dear …)") },
        { u"requester_name"_s, QObject::tr("Requester's name") },
        { u"requester_organisation"_s, QObject::tr("Requester's organisation") },
        { u"hub_name"_s, QObject::tr("Hub name") },
        { u"hub_address"_s, QObject::tr("Hub address") },
        { u"hub_phone"_s, QObject::tr("Hub telephone") },
        { u"hub_email"_s, QObject::tr("Hub email") },
    };
    return labels.value(field, field);
}

QString bodyHtml(const QTextEdit *edit)
{
    const QString html = edit->toHtml();
    const qsizetype open = html.indexOf(u"<body"_s);
    const qsizetype start = open < 0 ? -1 : html.indexOf(u'>', open);
    const qsizetype end = html.lastIndexOf(u"</body>"_s);
    if (start < 0 || end < start)
        return html;
    return html.mid(start + 1, end - start - 1).trimmed();
}

QToolButton *formatButton(const QString &text, const QString &name, const QString &tip)
{
    auto *b = new QToolButton;
    b->setText(text);
    b->setObjectName(name);
    b->setToolTip(tip);
    b->setCheckable(true);
    b->setAutoRaise(true);
    b->setMinimumWidth(28);
    return b;
}

MergeFieldHighlighter::MergeFieldHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_known(templateMergeFields())
{
}

void MergeFieldHighlighter::highlightBlock(const QString &text)
{
    static const QRegularExpression re(u"\\{\\{\\s*([a-z_]*)\\s*\\}\\}"_s);
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        QTextCharFormat f = format(int(m.capturedStart()));
        if (m_known.contains(m.captured(1))) {
            f.setBackground(QColor(0xE0, 0xEC, 0xF8));
            f.setForeground(QColor(0x00, 0x30, 0x87));
        } else {
            f.setBackground(QColor(0xFD, 0xED, 0xEC));
            f.setForeground(QColor(0xDA, 0x29, 0x1C));
            f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            f.setUnderlineColor(QColor(0xDA, 0x29, 0x1C));
        }
        setFormat(int(m.capturedStart()), int(m.capturedLength()), f);
    }
}

} // namespace hub::ui
