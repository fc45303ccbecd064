// HTML for the MoU register page.
#include "ui/register/register_html.h"

#include "core/catalogue/agreement_lifecycle.h"
#include "core/common/format.h"

namespace hub::ui
{

using namespace Qt::StringLiterals;

namespace
{

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString dateOr(const QDate &d, const QString &none = u"—"_s)
{
    return d.isValid() ? formatDate(d) : none;
}

QString heading(const QString &text)
{
    return u"<h3 style='color:#005EB8;margin-top:14px;margin-bottom:4px'>%1</h3>"_s.arg(esc(text));
}

QString list(const QStringList &items, bool numbered)
{
    if (items.isEmpty())
        return u"<p style='color:#425563'><i>None listed.</i></p>"_s;
    QString h = numbered ? u"<ol>"_s : u"<ul>"_s;
    for (const QString &i : items)
        h += u"<li style='margin-bottom:3px'>%1</li>"_s.arg(esc(i));
    return h + (numbered ? u"</ol>"_s : u"</ul>"_s);
}

QString partyKind(const QString &kind)
{
    if (kind == u"regional-team"_s)
        return u"NHS England regional team"_s;
    if (kind == u"hub"_s)
        return u"Primary Care Hub"_s;
    if (kind == u"ccg"_s)
        return u"CCGs"_s;
    if (kind == u"spg"_s)
        return u"Strategic planning group"_s;
    if (kind == u"committee"_s)
        return u"Committees"_s;
    return kind;
}

QString panelHtml(const PanelRule &panel)
{
    QString h = heading(panel.formName.isEmpty() ? u"Resolution Panel"_s : panel.formName);
    if (!panel.source.isEmpty())
        h += u"<p style='color:#425563;margin-top:0'>From: %1</p>"_s.arg(esc(panel.source));
    h += u"<table cellpadding='3' cellspacing='0'>"_s;
    int total = 0;
    for (const PanelSeat &seat : panel.seats) {
        h += u"<tr><td align='right'><b>%1 ×</b></td><td>%2</td></tr>"_s.arg(seat.count).arg(esc(seat.role));
        total += seat.count;
    }
    h += u"</table><p>%1 members in all.</p>"_s.arg(total);
    if (!panel.independence.isEmpty())
        h += u"<p><b>Independence:</b> %1.</p>"_s.arg(esc(panel.independence));
    if (panel.binding)
        h += u"<p><b>Any decision of the panel is binding on all parties.</b></p>"_s;
    if (!panel.note.isEmpty())
        h += u"<p style='color:#425563'><i>%1</i></p>"_s.arg(esc(panel.note));
    return h;
}

// The agreement's life after signing: extensions, notices, written confirmations.
QString lifecycleHtml(const Agreement &a)
{
    QString h = u"<a name='lifecycle'></a>"_s + heading(u"Extensions, notices and written confirmations"_s);
    h += u"<p>In force until <b>%1</b>.</p>"_s.arg(dateOr(effectiveEnd(a), u"no end date set"_s));
    if (a.history.isEmpty())
        h += u"<p style='color:#425563'><i>No extension or notice recorded.</i></p>"_s;
    else {
        QStringList lines;
        for (const AgreementEvent &e : a.history)
            lines << describeEvent(a, e) + (e.note.isEmpty() ? QString() : u". "_s + e.note);
        h += list(lines, false);
    }
    if (a.signatories.isEmpty()) {
        if (a.confirmations.isEmpty())
            h += u"<p style='color:#425563'><i>No written confirmation recorded: the agreement is \"agreed by both "
                 "parties and confirmed in writing\".</i></p>"_s;
        QStringList lines;
        for (const AgreementConfirmation &c : a.confirmations)
            lines << u"Confirmed in writing by %1 on %2%3%4"_s.arg(c.party, formatDate(c.confirmedOn),
                c.confirmedBy.isEmpty() ? QString() : u" (%1)"_s.arg(c.confirmedBy),
                c.document.isEmpty() ? QString() : u": %1"_s.arg(c.document));
        if (!lines.isEmpty())
            h += list(lines, false);
    }
    return h;
}

// One seed section in its own words: paragraphs, bullets (and sub-bullets), footnotes, notes.
QString clauseHtml(const MouClause &c)
{
    QString h = u"<h4 style='color:#003087;margin-top:10px;margin-bottom:2px'>%1</h4>"_s.arg(esc(c.heading()));
    bool inList = false, inSub = false;
    const auto close = [&](bool sub, bool all) {
        if (sub && inSub) {
            h += u"</ul>"_s;
            inSub = false;
        }
        if (all && inList) {
            h += u"</ul>"_s;
            inList = false;
        }
    };
    for (const ClauseBlock &b : c.blocks) {
        switch (b.kind) {
        case ClauseBlockKind::Item:
            close(true, false);
            if (!inList) {
                h += u"<ul style='margin-top:0'>"_s;
                inList = true;
            }
            h += u"<li>%1</li>"_s.arg(esc(b.text));
            break;
        case ClauseBlockKind::Subitem:
            if (!inSub) {
                h += u"<ul>"_s;
                inSub = true;
            }
            h += u"<li>%1</li>"_s.arg(esc(b.text));
            break;
        case ClauseBlockKind::Paragraph:
            close(true, true);
            h += u"<p style='margin-top:2px'>%1</p>"_s.arg(esc(b.text));
            break;
        case ClauseBlockKind::Footnote:
        case ClauseBlockKind::Note:
            close(true, true);
            h += u"<p style='color:#425563;font-size:small'><i>%1</i></p>"_s.arg(esc(b.text));
            break;
        }
    }
    close(true, true);
    return h;
}

} // namespace

QString agreementHtml(const Agreement &a, const Catalogue &catalogue)
{
    QString h;
    h += u"<h2 style='color:#005EB8;margin-bottom:2px'>%1</h2>"_s.arg(esc(a.title));
    h += u"<p style='color:#425563;margin-top:0'>Version %1 · %2</p>"_s.arg(esc(a.version), esc(a.region));

    h += heading(u"Terms"_s);
    h += u"<table cellpadding='3' cellspacing='0'>"_s;
    const auto row = [&h](const QString &label, const QString &value) {
        h += u"<tr><td style='color:#425563;padding-right:12px'>%1</td><td>%2</td></tr>"_s.arg(esc(label), value);
    };
    row(u"Published"_s, dateOr(a.publishedOn));
    row(u"Last updated"_s, dateOr(a.updatedOn));
    row(u"Period"_s, u"%1 to %2"_s.arg(dateOr(a.periodStart), dateOr(a.periodEnd)));
    if (a.serviceStart.isValid())
        row(u"Service starts"_s, formatDate(a.serviceStart));
    row(u"Extension to be agreed by"_s, dateOr(a.extensionAgreeBy, u"not set"_s));
    row(u"Notice to withdraw"_s, a.noticeMonths > 0 ? u"%1 months"_s.arg(a.noticeMonths) : u"not set"_s);
    h += u"</table>"_s;

    h += heading(u"Parties"_s);
    QStringList parties;
    for (const Party &p : a.parties)
        parties << u"%1 (%2)"_s.arg(p.name, partyKind(p.kind));
    h += list(parties, false);

    h += heading(u"Purposes"_s);
    h += list(a.purposes, true);
    h += heading(u"Associated documents"_s);
    h += list(a.associatedDocuments, false);
    h += heading(u"Principles"_s);
    h += list(a.principles, true);

    h += heading(u"Signatories"_s);
    if (a.signatories.isEmpty()) {
        h += u"<p style='color:#425563'><i>The agreement has no signature block.</i></p>"_s;
    } else {
        h += u"<table cellpadding='4' cellspacing='0' border='1' style='border-collapse:collapse;border-color:#D8DDE0'>"
             "<tr style='background:#E8EDEE'><th align='left'>Role</th><th align='left'>Name</th>"
             "<th align='left'>Designation</th><th align='left'>Signed on</th></tr>"_s;
        for (const Signatory &s : a.signatories)
            h += u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>"_s.arg(esc(s.role),
                s.name.isEmpty() ? u"<i>each CCG's lead</i>"_s : esc(s.name), esc(s.designation), dateOr(s.signedOn));
        h += u"</table>"_s;
    }

    h += lifecycleHtml(a);

    h += heading(u"Escalation"_s);
    h += u"<table cellpadding='4' cellspacing='0' border='1' style='border-collapse:collapse;border-color:#D8DDE0'>"
         "<tr style='background:#E8EDEE'><th>Stage</th><th align='left'>Name</th><th align='left'>Who</th>"
         "<th align='left'>Where it comes from</th></tr>"_s;
    for (const EscalationStage &e : a.escalation)
        h += u"<tr><td align='center'>%1</td><td>%2</td><td>%3</td><td style='color:#425563'>%4</td></tr>"_s
                 .arg(e.level)
                 .arg(esc(e.name), esc(e.who), esc(e.source));
    h += u"</table>"_s;

    for (const PanelRule &p : catalogue.panelRules) {
        if (p.agreementKey == a.key)
            h += panelHtml(p);
    }

    const auto clauses = catalogue.clausesOf(a.key);
    if (!clauses.isEmpty()) {
        h += u"<a name='clauses'></a>"_s + heading(u"The agreement's other sections, in its own words"_s);
        for (const MouClause *c : clauses)
            h += clauseHtml(*c);
    }
    return h;
}

QString standardsHtml(const Catalogue &c)
{
    QString h = u"<h2 style='color:#005EB8'>Service standards</h2>"_s;
    for (const ServiceStandard &s : c.standards) {
        h += u"<h3 style='color:#005EB8;margin-bottom:2px'>%1. %2</h3>"_s.arg(s.number).arg(esc(s.name));
        h += u"<p style='margin-top:2px'>%1</p>"_s.arg(esc(s.text));
        QStringList times;
        if (s.acknowledgeWorkingDays > 0)
            times << u"acknowledge within <b>%1 working days</b>"_s.arg(s.acknowledgeWorkingDays);
        if (s.responseWorkingDays > 0)
            times << u"respond within <b>%1 working days</b>"_s.arg(s.responseWorkingDays);
        if (!times.isEmpty())
            h += u"<p>Timescale: %1.</p>"_s.arg(times.join(u"; "_s));
        if (!s.exclusions.isEmpty()) {
            h += u"<p style='margin-bottom:0'><b>Exclusions</b> (the standard does not apply):</p><ul "
                 "style='margin-top:0'>"_s;
            for (const Exclusion &e : s.exclusions)
                h += u"<li>%1</li>"_s.arg(esc(e.text));
            h += u"</ul>"_s;
        }
    }
    h += heading(u"Regional team performance standards"_s);
    h += list(c.regionalTeamStandards, true);
    h += heading(u"Committee standards"_s);
    h += list(c.committeeStandards, true);
    return h;
}

} // namespace hub::ui
