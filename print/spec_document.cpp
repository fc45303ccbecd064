#include "print/spec_document.h"

#include "core/catalogue/current_level.h"
#include "core/common/format.h"
#include "core/specification/spec_wording.h"

#include <QDate>
#include <QTextDocument>

namespace hub::print
{

using namespace Qt::StringLiterals;

namespace
{

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString line(const QString &filled)
{
    return filled.isEmpty() ? u"<span style='color:#666'>________________________</span>"_s
                            : u"<b>%1</b>"_s.arg(esc(filled));
}

QString dateLine(const QDate &date)
{
    return line(date.isValid() ? formatDate(date) : QString());
}

QString responsibility(const Activity &a, const CcgSpecification &spec)
{
    if (a.needsDetermination()) {
        const SpecItem *item = spec.item(a.key);
        const Determination d = item ? item->determination : Determination::Undetermined;
        QString cell = u"<b>%1</b>"_s.arg(esc(determinationName(d)));
        if (item && !item->note.isEmpty())
            cell += u"<br/><i>%1</i>"_s.arg(esc(item->note));
        return cell;
    }
    if (a.hubRole == HubRole::Core)
        return u"Hub (core)"_s;
    if (a.ccgRole)
        return u"CCG"_s;
    return u"&nbsp;"_s;
}

// The "Approved by" block: kept on one page by the renderer.
QString signatureBlock(const CcgSpecification &spec)
{
    QString h = u"<h3>"_s + keepTogetherStart() + u"Approved by</h3><table width='100%' cellpadding='6'>"_s;
    h += u"<tr><td width='50%'>CCG Lead Signature: %1</td><td>Date: %2</td></tr>"_s.arg(
        line({}), dateLine(spec.ccgLeadSignedOn));
    h += u"<tr><td>Print Name: %1</td><td>Designation: %2</td></tr>"_s.arg(
        line(spec.ccgLeadName), line(spec.ccgLeadDesignation));
    h += u"<tr><td colspan='2'>&nbsp;</td></tr>"_s;
    h += u"<tr><td>Signature: %1</td><td>Date: %2</td></tr>"_s.arg(line({}), dateLine(spec.directorSignedOn));
    h += u"<tr><td>Print Name: %1</td><td>%2Designation: %3</td></tr>"_s.arg(
        line(spec.directorName), keepTogetherEnd(), line(spec.directorDesignation));
    h += u"</table>"_s;
    return h;
}

} // namespace

PageDecoration specDecoration(const Ccg &ccg, const QString &user)
{
    return { u"%1 — Primary Care Hub functions specification"_s.arg(ccg.name),
        u"Printed %1 by %2 · Hubcase"_s.arg(formatDate(QDate::currentDate()), user) };
}

void buildSpecDocument(
    QTextDocument &doc, const Catalogue &catalogue, const Ccg &ccg, const CcgSpecification &spec, const QDate &asOf)
{
    const Agreement *agreement = catalogue.agreement(spec.agreementKey);
    QString h;
    h += u"<h2 style='color:#005EB8'>%1</h2>"_s.arg(esc(agreement ? agreement->title : spec.agreementKey));
    h += u"<h3>Functions specification: %1 (%2)</h3>"_s.arg(esc(ccg.name), esc(ccg.code));
    QString status = specStatusName(spec.status);
    if (spec.status == SpecStatus::Agreed)
        status = specAgreedText(spec);
    h += u"<p>%1 · status: <b>%2</b> · co-commissioning level on %3: %4</p>"_s.arg(
        esc(specVersionLabel(agreement ? agreement->version : QString(), ccg)), esc(status), formatDate(asOf),
        esc(currentLevelText(ccg, asOf)));
    h += u"<p>The MoU leaves a small range of activities to individual determination between each CCG and the Hub. "
         "This specification records %1's determination of each, alongside the core functions of the Hub "
         "(CORE), the functions the CCG keeps (&#9746;) and the support the Hub provides (SUPPORT).</p>"_s.arg(
             esc(ccg.shortName.isEmpty() ? ccg.name : ccg.shortName));
    if (const int n = spec.undeterminedCount())
        h += u"<p style='color:#DA291C'><b>%1 activit%2 still to be determined.</b></p>"_s.arg(n).arg(
            n == 1 ? u"y is"_s : u"ies are"_s);

    h += u"<table width='100%' border='1' cellspacing='0' cellpadding='3' "
         u"style='border-collapse:collapse;border-color:#999'>"
         "<thead><tr style='background:#E8EDEE'><th width='8%' nowrap>Ref</th><th width='50%' "
         "align='left'>Activity</th>"
         "<th width='6%'>CCG</th><th width='14%'>Hub</th><th width='22%' align='left'>Responsibility agreed</th></tr></thead>"_s;
    for (const DelegatedFunction &f : catalogue.functions) {
        h += u"<tr style='background:#F4F6F7'><td colspan='5'><b>%1. %2</b>%3</td></tr>"_s.arg(
            esc(f.numeral), esc(f.title), f.note.isEmpty() ? QString() : u"<br/><i>%1</i>"_s.arg(esc(f.note)));
        QString group;
        for (const Activity &a : f.activities) {
            if (a.subgroup != group && !a.subgroup.isEmpty())
                h += u"<tr><td></td><td colspan='4'><i>%1</i></td></tr>"_s.arg(esc(a.subgroup));
            group = a.subgroup;
            // The reference never wraps ("XII.10", not "XII." over "10").
            h += u"<tr%1><td nowrap style='white-space:nowrap'>%2</td><td>%3</td><td align='center'>%4</td>"
                 "<td align='center'>%5</td><td>%6</td></tr>"_s.arg(
                     a.needsDetermination() ? u" style='background:#FFF9E5'"_s : QString(), esc(a.key), esc(a.text),
                     a.ccgRole ? u"&#9746;"_s : QString(), esc(a.hubMarker()), responsibility(a, spec));
        }
    }
    h += u"</table>"_s;
    if (!spec.notes.isEmpty())
        h += u"<p><b>Notes.</b> %1</p>"_s.arg(esc(spec.notes).replace(u'\n', u"<br/>"_s));
    h += signatureBlock(spec);
    doc.setHtml(h);
}

} // namespace hub::print
