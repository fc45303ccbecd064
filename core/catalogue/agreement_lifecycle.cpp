#include "core/catalogue/agreement_lifecycle.h"

#include "core/common/format.h"

namespace hub
{

using namespace Qt::StringLiterals;

namespace
{

Error refused(const QString &field, const QString &message)
{
    Error e = makeError(ErrorCode::Invalid, message);
    e.field = field;
    return e;
}

const AgreementEvent *noticeGiven(const Agreement &a)
{
    for (const AgreementEvent &e : a.history) {
        if (e.kind == AgreementEventKind::Notice)
            return &e;
    }
    return nullptr;
}

} // namespace

QString agreementEventKindCode(AgreementEventKind kind)
{
    return kind == AgreementEventKind::Extension ? u"extension"_s : u"notice"_s;
}

bool agreementEventKindFromCode(const QString &code, AgreementEventKind *out)
{
    if (code == u"extension"_s)
        *out = AgreementEventKind::Extension;
    else if (code == u"notice"_s)
        *out = AgreementEventKind::Notice;
    else
        return false;
    return true;
}

QDate extendedEnd(const Agreement &a)
{
    QDate end = a.periodEnd;
    for (const AgreementEvent &e : a.history) {
        if (e.kind == AgreementEventKind::Extension && e.newEnd.isValid() && (!end.isValid() || e.newEnd > end))
            end = e.newEnd;
    }
    return end;
}

QDate effectiveEnd(const Agreement &a)
{
    const QDate end = extendedEnd(a);
    const AgreementEvent *notice = noticeGiven(a);
    if (notice && notice->newEnd.isValid() && (!end.isValid() || notice->newEnd < end))
        return notice->newEnd;
    return end;
}

QDate noticeEffectiveEnd(const Agreement &a, const QDate &givenOn)
{
    if (a.noticeMonths <= 0 || !givenOn.isValid())
        return QDate();
    return givenOn.addMonths(a.noticeMonths);
}

bool extensionLate(const Agreement &a, const QDate &agreedOn)
{
    return a.extensionAgreeBy.isValid() && agreedOn.isValid() && agreedOn > a.extensionAgreeBy;
}

Status checkExtension(const Agreement &a, const QDate &agreedOn, const QDate &newEnd, const QString &by)
{
    if (!agreedOn.isValid())
        return refused(u"agreed_on"_s, u"Give the date the extension was agreed."_s);
    if (!newEnd.isValid())
        return refused(u"new_end"_s, u"Give the date the agreement now ends."_s);
    if (by.trimmed().isEmpty())
        return refused(u"by"_s, u"Say who agreed the extension."_s);
    const QDate current = extendedEnd(a);
    if (current.isValid() && newEnd <= current)
        return refused(u"new_end"_s,
            u"The new end (%1) must be after the end in force, %2."_s.arg(formatDate(newEnd), formatDate(current)));
    if (const AgreementEvent *notice = noticeGiven(a))
        return refused(u"agreed_on"_s,
            u"%1 gave notice of withdrawal on %2; record a new agreement rather than an extension."_s.arg(
                notice->party, formatDate(notice->on)));
    return {};
}

Status checkNotice(const Agreement &a, const QString &party, const QDate &givenOn)
{
    if (a.noticeMonths <= 0)
        return refused(u"notice"_s, u"%1 sets no notice period."_s.arg(a.title));
    if (!givenOn.isValid())
        return refused(u"given_on"_s, u"Give the date notice was given."_s);
    bool known = false;
    for (const Party &p : a.parties)
        known = known || p.name.compare(party.trimmed(), Qt::CaseInsensitive) == 0;
    if (!known) {
        QStringList names;
        for (const Party &p : a.parties)
            names << p.name;
        return refused(u"party"_s,
            u"'%1' is not a party to %2; the parties are %3."_s.arg(party, a.title, names.join(u" and "_s)));
    }
    if (const AgreementEvent *notice = noticeGiven(a))
        return refused(u"party"_s, u"%1 already gave notice on %2."_s.arg(notice->party, formatDate(notice->on)));
    if (a.periodStart.isValid() && givenOn < a.periodStart)
        return refused(u"given_on"_s,
            u"Notice on %1 is before the agreement starts (%2)."_s.arg(formatDate(givenOn), formatDate(a.periodStart)));
    return {};
}

Status checkConfirmation(const Agreement &, const AgreementConfirmation &c)
{
    if (c.party.trimmed().isEmpty())
        return refused(u"party"_s, u"Say which party confirmed the agreement."_s);
    if (!c.confirmedOn.isValid())
        return refused(u"confirmed_on"_s, u"Give the date of the written confirmation."_s);
    return {};
}

QString describeEvent(const Agreement &a, const AgreementEvent &e)
{
    if (e.kind == AgreementEventKind::Extension) {
        QString s = u"Extension agreed on %1 by %2: the agreement now ends %3"_s.arg(
            formatDate(e.on), e.by, formatDate(e.newEnd));
        if (extensionLate(a, e.on))
            s += u" (agreed after %1, the date the agreement sets)"_s.arg(formatDate(a.extensionAgreeBy));
        return s;
    }
    QString s = u"Notice of withdrawal given on %1 by %2"_s.arg(formatDate(e.on), e.party);
    if (!e.by.isEmpty())
        s += u" (%1)"_s.arg(e.by);
    return s + u": the agreement ends %1, after %2 months' notice"_s.arg(formatDate(e.newEnd)).arg(a.noticeMonths);
}

} // namespace hub
