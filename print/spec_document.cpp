#include "print/spec_document.h"

#include "core/common/format.h"

#include <QDate>
#include <QTextDocument>

namespace hub::print {

namespace {

#define S QStringLiteral

QString esc(const QString &s) { return s.toHtmlEscaped(); }

QString line(const QString &filled)
{
    return filled.isEmpty() ? S("<span style='color:#666'>________________________</span>")
                            : S("<b>%1</b>").arg(esc(filled));
}

QString responsibility(const Activity &a, const CcgSpecification &spec)
{
    if (a.needsDetermination()) {
        const SpecItem *item = spec.item(a.key);
        const Determination d = item ? item->determination : Determination::Undetermined;
        QString cell = S("<b>%1</b>").arg(esc(determinationName(d)));
        if (item && !item->note.isEmpty())
            cell += S("<br/><i>%1</i>").arg(esc(item->note));
        return cell;
    }
    if (a.hubRole == HubRole::Core)
        return S("Hub (core)");
    if (a.ccgRole)
        return S("CCG");
    return S("&nbsp;");
}

} // namespace

PageDecoration specDecoration(const Ccg &ccg, const QString &user)
{
    return {S("%1 — Primary Care Hub functions specification").arg(ccg.name),
            S("Printed %1 by %2 · Hubcase").arg(formatDate(QDate::currentDate()), user)};
}

void buildSpecDocument(QTextDocument &doc, const Catalogue &catalogue, const Ccg &ccg, const CcgSpecification &spec)
{
    const Agreement *agreement = nullptr;
    for (const Agreement &a : catalogue.agreements) {
        if (a.key == spec.agreementKey)
            agreement = &a;
    }
    QString h;
    h += S("<h2 style='color:#005EB8'>%1</h2>").arg(esc(agreement ? agreement->title : spec.agreementKey));
    h += S("<h3>Functions specification: %1 (%2)</h3>").arg(esc(ccg.name), esc(ccg.code));
    h += S("<p>Version %1 · status: <b>%2</b>").arg(esc(agreement ? agreement->version : QString()),
                                                    esc(specStatusName(spec.status)));
    if (!ccg.levels.isEmpty())
        h += S(" · co-commissioning: %1").arg(esc(commissioningLevelName(ccg.levels.last().level)));
    h += S("</p>");
    h += S("<p>The MoU leaves a small range of activities to individual determination between each CCG and the Hub. "
           "This specification records %1's determination of each, alongside the core functions of the Hub "
           "(CORE), the functions the CCG keeps (&#9746;) and the support the Hub provides (SUPPORT).</p>")
             .arg(esc(ccg.shortName.isEmpty() ? ccg.name : ccg.shortName));
    if (const int n = spec.undeterminedCount())
        h += S("<p style='color:#DA291C'><b>%1 activit%2 still to be determined.</b></p>").arg(n).arg(n == 1 ? S("y is") : S("ies are"));

    h += S("<table width='100%' border='1' cellspacing='0' cellpadding='3' style='border-collapse:collapse;border-color:#999'>"
           "<thead><tr style='background:#E8EDEE'><th width='6%'>Ref</th><th width='52%' align='left'>Activity</th>"
           "<th width='6%'>CCG</th><th width='14%'>Hub</th><th width='22%' align='left'>Responsibility agreed</th></tr></thead>");
    for (const DelegatedFunction &f : catalogue.functions) {
        h += S("<tr style='background:#F4F6F7'><td colspan='5'><b>%1. %2</b>%3</td></tr>")
                 .arg(esc(f.numeral), esc(f.title), f.note.isEmpty() ? QString() : S("<br/><i>%1</i>").arg(esc(f.note)));
        QString group;
        for (const Activity &a : f.activities) {
            if (a.subgroup != group && !a.subgroup.isEmpty())
                h += S("<tr><td></td><td colspan='4'><i>%1</i></td></tr>").arg(esc(a.subgroup));
            group = a.subgroup;
            h += S("<tr%1><td>%2</td><td>%3</td><td align='center'>%4</td><td align='center'>%5</td><td>%6</td></tr>")
                     .arg(a.needsDetermination() ? S(" style='background:#FFF9E5'") : QString(), esc(a.key), esc(a.text),
                          a.ccgRole ? S("&#9746;") : QString(), esc(a.hubMarker()), responsibility(a, spec));
        }
    }
    h += S("</table>");
    if (!spec.notes.isEmpty())
        h += S("<p><b>Notes.</b> %1</p>").arg(esc(spec.notes).replace(QLatin1Char('\n'), S("<br/>")));

    h += S("<h3 style='page-break-before:auto'>Approved by</h3><table width='100%' cellpadding='6'>");
    h += S("<tr><td width='50%'>CCG Lead Signature: %1</td><td>Date: %2</td></tr>")
             .arg(line({}), spec.ccgLeadSignedOn.isValid() ? line(formatDate(spec.ccgLeadSignedOn)) : line({}));
    h += S("<tr><td>Print Name: %1</td><td>Designation: %2</td></tr>").arg(line(spec.ccgLeadName), line(spec.ccgLeadDesignation));
    h += S("<tr><td colspan='2'>&nbsp;</td></tr>");
    h += S("<tr><td>Signature: %1</td><td>Date: %2</td></tr>")
             .arg(line({}), spec.directorSignedOn.isValid() ? line(formatDate(spec.directorSignedOn)) : line({}));
    h += S("<tr><td>Print Name: %1</td><td>Designation: %2</td></tr>").arg(line(spec.directorName), line(spec.directorDesignation));
    h += S("</table>");
    doc.setHtml(h);
}

#undef S

} // namespace hub::print
