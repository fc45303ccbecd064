#include "core/cases/letter_parts.h"

#include "core/common/format.h"

#include <QRegularExpression>

namespace hub
{

using namespace Qt::StringLiterals;

namespace
{

QString value(const QHash<QString, QString> &values, const QString &key)
{
    return values.value(key).trimmed();
}

QStringList nonEmptyLines(const QString &text)
{
    static const QRegularExpression separators(u"[,\\n]"_s);
    QStringList out;
    for (const QString &part : text.split(separators)) {
        const QString line = part.simplified();
        if (!line.isEmpty())
            out << line;
    }
    return out;
}

} // namespace

QStringList addressLines(const QString &address, const QString &postcode)
{
    QStringList lines = nonEmptyLines(address);
    const QString pc = postcode.simplified();
    if (!pc.isEmpty() && !lines.contains(pc, Qt::CaseInsensitive))
        lines << pc;
    return lines;
}

QStringList letterPartFields()
{
    return { u"salutation"_s, u"practice_address"_s, u"hub_name"_s, u"hub_address"_s, u"hub_phone"_s, u"hub_email"_s,
        u"responded_on"_s, u"response_text"_s, u"closed_on"_s, u"closure_note"_s };
}

void addTimelineValues(QHash<QString, QString> &values, const QVector<CaseEvent> &timeline)
{
    const CaseEvent *responded = nullptr;
    const CaseEvent *closed = nullptr;
    for (const CaseEvent &e : timeline) { // date order: the last one wins
        if (e.kind == CaseEventKind::Responded)
            responded = &e;
        else if (e.kind == CaseEventKind::Closed)
            closed = &e;
    }
    values.insert(u"responded_on"_s, responded ? formatDateLong(responded->on) : QString());
    values.insert(u"response_text"_s, responded ? responded->note.trimmed() : QString());
    values.insert(u"closed_on"_s, closed ? formatDateLong(closed->on) : QString());
    values.insert(u"closure_note"_s, closed ? closed->note.trimmed() : QString());
}

void addLetterPartValues(QHash<QString, QString> &values, const Letterhead &letterhead, const QString &practiceAddress)
{
    values.insert(u"practice_address"_s, practiceAddress);
    values.insert(u"hub_name"_s, letterhead.hubName.trimmed());
    values.insert(u"hub_address"_s, nonEmptyLines(letterhead.address).join(u'\n'));
    values.insert(u"hub_phone"_s, letterhead.phone.trimmed());
    values.insert(u"hub_email"_s, letterhead.email.trimmed());
    values.insert(u"salutation"_s, letterSalutation(values));
}

QStringList letterAddressee(const QHash<QString, QString> &values)
{
    QStringList out;
    const QString practice = value(values, u"practice_name"_s);
    for (const QString &key : { u"requester_name"_s, u"requester_organisation"_s }) {
        const QString v = value(values, key);
        if (!v.isEmpty() && v.compare(practice, Qt::CaseInsensitive) != 0)
            out << v;
    }
    if (!practice.isEmpty())
        out << practice;
    out << nonEmptyLines(values.value(u"practice_address"_s));
    return out;
}

QStringList letterSender(const QHash<QString, QString> &values)
{
    QStringList out;
    if (const QString name = value(values, u"hub_name"_s); !name.isEmpty())
        out << name;
    out << nonEmptyLines(values.value(u"hub_address"_s));
    return out;
}

QString letterContactLine(const QHash<QString, QString> &values)
{
    QStringList lines;
    if (const QString officer = value(values, u"officer"_s); !officer.isEmpty())
        lines << u"Contact: "_s + officer;
    if (const QString phone = value(values, u"hub_phone"_s); !phone.isEmpty())
        lines << u"Telephone "_s + phone;
    if (const QString email = value(values, u"hub_email"_s); !email.isEmpty())
        lines << u"Email "_s + email;
    return lines.join(u'\n');
}

QString letterSalutation(const QHash<QString, QString> &values)
{
    const QString name = value(values, u"requester_name"_s);
    return name.isEmpty() ? u"Dear colleague,"_s : u"Dear %1,"_s.arg(name);
}

} // namespace hub
