// HTML for the MoU register page.
#include "ui/register/register_html.h"

#include "core/common/format.h"

namespace hub::ui
{

#define S QStringLiteral

namespace
{

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString dateOr(const QDate &d, const QString &none = S("—"))
{
    return d.isValid() ? formatDate(d) : none;
}

QString heading(const QString &text)
{
    return S("<h3 style='color:#005EB8;margin-top:14px;margin-bottom:4px'>%1</h3>").arg(esc(text));
}

QString list(const QStringList &items, bool numbered)
{
    if (items.isEmpty())
        return S("<p style='color:#425563'><i>None listed.</i></p>");
    QString h = numbered ? S("<ol>") : S("<ul>");
    for (const QString &i : items)
        h += S("<li style='margin-bottom:3px'>%1</li>").arg(esc(i));
    return h + (numbered ? S("</ol>") : S("</ul>"));
}

QString partyKind(const QString &kind)
{
    if (kind == S("regional-team"))
        return S("NHS England regional team");
    if (kind == S("hub"))
        return S("Primary Care Hub");
    if (kind == S("ccg"))
        return S("CCGs");
    if (kind == S("spg"))
        return S("Strategic planning group");
    if (kind == S("committee"))
        return S("Committees");
    return kind;
}

QString panelHtml(const PanelRule &panel)
{
    QString h = heading(S("Resolution Panel"));
    h += S("<table cellpadding='3' cellspacing='0'>");
    int total = 0;
    for (const PanelSeat &seat : panel.seats) {
        h += S("<tr><td align='right'><b>%1 ×</b></td><td>%2</td></tr>").arg(seat.count).arg(esc(seat.role));
        total += seat.count;
    }
    h += S("</table><p>%1 members in all.</p>").arg(total);
    if (!panel.independence.isEmpty())
        h += S("<p><b>Independence:</b> %1.</p>").arg(esc(panel.independence));
    if (panel.binding)
        h += S("<p><b>Any decision of the panel is binding on all parties.</b></p>");
    if (!panel.note.isEmpty())
        h += S("<p style='color:#425563'><i>%1</i></p>").arg(esc(panel.note));
    return h;
}

} // namespace

QString agreementHtml(const Agreement &a, const PanelRule *panel)
{
    QString h;
    h += S("<h2 style='color:#005EB8;margin-bottom:2px'>%1</h2>").arg(esc(a.title));
    h += S("<p style='color:#425563;margin-top:0'>Version %1 · %2</p>").arg(esc(a.version), esc(a.region));

    h += heading(S("Terms"));
    h += S("<table cellpadding='3' cellspacing='0'>");
    const auto row = [&h](const QString &label, const QString &value) {
        h += S("<tr><td style='color:#425563;padding-right:12px'>%1</td><td>%2</td></tr>").arg(esc(label), value);
    };
    row(S("Published"), dateOr(a.publishedOn));
    row(S("Last updated"), dateOr(a.updatedOn));
    row(S("Period"), S("%1 to %2").arg(dateOr(a.periodStart), dateOr(a.periodEnd)));
    if (a.serviceStart.isValid())
        row(S("Service starts"), formatDate(a.serviceStart));
    row(S("Extension to be agreed by"), dateOr(a.extensionAgreeBy, S("not set")));
    row(S("Notice to withdraw"), a.noticeMonths > 0 ? S("%1 months").arg(a.noticeMonths) : S("not set"));
    h += S("</table>");

    h += heading(S("Parties"));
    QStringList parties;
    for (const Party &p : a.parties)
        parties << S("%1 (%2)").arg(p.name, partyKind(p.kind));
    h += list(parties, false);

    h += heading(S("Purposes"));
    h += list(a.purposes, true);
    h += heading(S("Associated documents"));
    h += list(a.associatedDocuments, false);
    h += heading(S("Principles"));
    h += list(a.principles, true);

    h += heading(S("Signatories"));
    if (a.signatories.isEmpty()) {
        h += S("<p style='color:#425563'><i>The agreement has no signature block.</i></p>");
    } else {
        h += S(
            "<table cellpadding='4' cellspacing='0' border='1' style='border-collapse:collapse;border-color:#D8DDE0'>"
            "<tr style='background:#E8EDEE'><th align='left'>Role</th><th align='left'>Name</th>"
            "<th align='left'>Designation</th><th align='left'>Signed on</th></tr>");
        for (const Signatory &s : a.signatories)
            h += S("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                     .arg(esc(s.role), s.name.isEmpty() ? S("<i>each CCG's lead</i>") : esc(s.name), esc(s.designation),
                         dateOr(s.signedOn));
        h += S("</table>");
    }

    h += heading(S("Escalation"));
    h += S("<table cellpadding='4' cellspacing='0' border='1' style='border-collapse:collapse;border-color:#D8DDE0'>"
           "<tr style='background:#E8EDEE'><th>Stage</th><th align='left'>Name</th><th align='left'>Who</th></tr>");
    for (const EscalationStage &e : a.escalation)
        h += S("<tr><td align='center'>%1</td><td>%2</td><td>%3</td></tr>").arg(e.level).arg(esc(e.name), esc(e.who));
    h += S("</table>");

    if (panel)
        h += panelHtml(*panel);
    return h;
}

QString standardsHtml(const Catalogue &c)
{
    QString h = S("<h2 style='color:#005EB8'>Service standards</h2>");
    for (const ServiceStandard &s : c.standards) {
        h += S("<h3 style='color:#005EB8;margin-bottom:2px'>%1. %2</h3>").arg(s.number).arg(esc(s.name));
        h += S("<p style='margin-top:2px'>%1</p>").arg(esc(s.text));
        QStringList times;
        if (s.acknowledgeWorkingDays > 0)
            times << S("acknowledge within <b>%1 working days</b>").arg(s.acknowledgeWorkingDays);
        if (s.responseWorkingDays > 0)
            times << S("respond within <b>%1 working days</b>").arg(s.responseWorkingDays);
        if (!times.isEmpty())
            h += S("<p>Timescale: %1.</p>").arg(times.join(S("; ")));
        if (!s.exclusions.isEmpty()) {
            h += S("<p style='margin-bottom:0'><b>Exclusions</b> (the standard does not apply):</p><ul "
                   "style='margin-top:0'>");
            for (const Exclusion &e : s.exclusions)
                h += S("<li>%1</li>").arg(esc(e.text));
            h += S("</ul>");
        }
    }
    h += heading(S("Regional team performance standards"));
    h += list(c.regionalTeamStandards, true);
    h += heading(S("Committee standards"));
    h += list(c.committeeStandards, true);
    return h;
}

#undef S

} // namespace hub::ui
