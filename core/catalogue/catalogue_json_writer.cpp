// Writes the catalogue, CCGs and specifications as the JSON the CLI prints.
#include "core/catalogue/catalogue_json.h"

#include "core/catalogue/agreement_dates.h"
#include "core/catalogue/current_level.h"

#include <QDate>

namespace hub {

#define S QStringLiteral

QJsonValue isoDate(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

namespace {

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject agreementJson(const Agreement &a)
{
    QJsonArray parties, signatories, escalation;
    for (const Party &p : a.parties)
        parties.append(QJsonObject{{S("name"), p.name}, {S("kind"), p.kind}});
    for (const Signatory &s : a.signatories)
        signatories.append(QJsonObject{{S("role"), s.role}, {S("name"), s.name}, {S("designation"), s.designation},
                                       {S("signedOn"), isoDate(s.signedOn)}});
    for (const EscalationStage &e : a.escalation)
        escalation.append(QJsonObject{{S("level"), e.level}, {S("name"), e.name}, {S("who"), e.who}});
    return QJsonObject{
        {S("key"), a.key}, {S("title"), a.title}, {S("version"), a.version}, {S("region"), a.region},
        {S("publishedOn"), isoDate(a.publishedOn)}, {S("updatedOn"), isoDate(a.updatedOn)},
        {S("periodStart"), isoDate(a.periodStart)}, {S("periodEnd"), isoDate(a.periodEnd)},
        {S("serviceStart"), isoDate(a.serviceStart)}, {S("extensionAgreeBy"), isoDate(a.extensionAgreeBy)},
        {S("noticeMonths"), a.noticeMonths},
        {S("latestNoticeDateForPeriodEnd"), isoDate(latestNoticeDate(a, a.periodEnd))},
        {S("parties"), parties}, {S("purposes"), strings(a.purposes)},
        {S("associatedDocuments"), strings(a.associatedDocuments)}, {S("principles"), strings(a.principles)},
        {S("signatories"), signatories}, {S("escalation"), escalation}, {S("sourceFile"), a.sourceFile}};
}

QJsonObject functionJson(const DelegatedFunction &f)
{
    QJsonArray acts;
    for (const Activity &a : f.activities)
        acts.append(QJsonObject{{S("key"), a.key}, {S("subgroup"), a.subgroup}, {S("text"), a.text},
                                {S("ccg"), a.ccgRole}, {S("hub"), hubRoleCode(a.hubRole)},
                                {S("hubQualifier"), a.hubQualifier}, {S("hubMarker"), a.hubMarker()},
                                {S("needsDetermination"), a.needsDetermination()}});
    return QJsonObject{{S("numeral"), f.numeral}, {S("number"), f.number}, {S("title"), f.title},
                       {S("note"), f.note}, {S("activities"), acts}};
}

} // namespace

QJsonObject toJson(const Catalogue &c)
{
    QJsonArray agreements, functions, finance, standards, panels, reporting, contacts;
    for (const Agreement &a : c.agreements)
        agreements.append(agreementJson(a));
    for (const DelegatedFunction &f : c.functions)
        functions.append(functionJson(f));
    for (const FinanceService &f : c.financeServices)
        finance.append(QJsonObject{{S("key"), f.key}, {S("area"), f.area}, {S("activities"), strings(f.activities)}});
    for (const ServiceStandard &s : c.standards) {
        QJsonArray ex;
        for (const Exclusion &e : s.exclusions)
            ex.append(QJsonObject{{S("code"), e.code}, {S("text"), e.text}});
        standards.append(QJsonObject{{S("number"), s.number}, {S("key"), s.key}, {S("name"), s.name}, {S("text"), s.text},
                                     {S("acknowledgeWorkingDays"), s.acknowledgeWorkingDays},
                                     {S("responseWorkingDays"), s.responseWorkingDays}, {S("exclusions"), ex}});
    }
    for (const PanelRule &p : c.panelRules) {
        QJsonArray seats;
        for (const PanelSeat &s : p.seats)
            seats.append(QJsonObject{{S("role"), s.role}, {S("count"), s.count}});
        panels.append(QJsonObject{{S("agreement"), p.agreementKey}, {S("seats"), seats},
                                  {S("independence"), p.independence}, {S("binding"), p.binding}});
    }
    for (const ReportingQuarter &q : c.reporting)
        reporting.append(QJsonObject{{S("quarter"), q.quarter}, {S("due"), q.due}, {S("dueMonth"), q.dueMonth}});
    for (const Contact &k : c.keyContacts)
        contacts.append(QJsonObject{{S("name"), k.name}, {S("role"), k.role}});
    return QJsonObject{{S("agreements"), agreements}, {S("functions"), functions},
                       {S("activityCount"), c.activityCount()}, {S("financeServices"), finance},
                       {S("ledgerResponsibilities"), strings(c.ledgerResponsibilities)},
                       {S("standards"), standards}, {S("regionalTeamStandards"), strings(c.regionalTeamStandards)},
                       {S("committeeStandards"), strings(c.committeeStandards)}, {S("panelRules"), panels},
                       {S("reporting"), reporting}, {S("keyContacts"), contacts}};
}

QJsonObject toJson(const Ccg &g, int practiceCount, const QDate &asOf)
{
    QJsonArray levels;
    for (const CommissioningPeriod &p : g.levels) {
        levels.append(QJsonObject{{S("level"), commissioningLevelCode(p.level)}, {S("name"), commissioningLevelName(p.level)},
                                  {S("effectiveFrom"), isoDate(p.effectiveFrom)}, {S("effectiveTo"), isoDate(p.effectiveTo)},
                                  {S("note"), p.note}});
    }
    const CommissioningPeriod *now = levelOn(g, asOf);
    const QString current = now ? commissioningLevelCode(now->level) : QString();
    return QJsonObject{{S("code"), g.code}, {S("name"), g.name}, {S("shortName"), g.shortName},
                       {S("locality"), g.locality}, {S("currentLevel"), current.isEmpty() ? QJsonValue() : QJsonValue(current)},
                       {S("levels"), levels}, {S("hubContractingLead"), g.hubContractingLead},
                       {S("hubFinanceLead"), g.hubFinanceLead}, {S("ccgLead"), g.ccgLead},
                       {S("practiceCount"), practiceCount}, {S("version"), static_cast<qint64>(g.meta.version)}};
}

QJsonObject toJson(const CcgSpecification &s)
{
    QJsonArray items;
    for (const SpecItem &i : s.items)
        items.append(QJsonObject{{S("activity"), i.activityKey}, {S("determination"), determinationCode(i.determination)},
                                 {S("note"), i.note}, {S("version"), static_cast<qint64>(i.meta.version)}});
    return QJsonObject{{S("ccg"), s.ccgCode}, {S("agreement"), s.agreementKey}, {S("status"), specStatusCode(s.status)},
                       {S("ccgLeadName"), s.ccgLeadName}, {S("ccgLeadSignedOn"), isoDate(s.ccgLeadSignedOn)},
                       {S("directorName"), s.directorName}, {S("directorSignedOn"), isoDate(s.directorSignedOn)},
                       {S("items"), items}, {S("version"), static_cast<qint64>(s.meta.version)}};
}

#undef S

} // namespace hub
