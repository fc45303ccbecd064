// Writes the catalogue, CCGs and specifications as the JSON the CLI prints.
#include "core/catalogue/catalogue_json.h"

#include "core/catalogue/agreement_lifecycle.h"
#include "core/catalogue/mou_clauses.h"

#include "core/catalogue/agreement_dates.h"
#include "core/catalogue/current_level.h"

#include <QDate>

namespace hub
{

using namespace Qt::StringLiterals;

QJsonValue isoDate(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

namespace
{

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject agreementJson(const Agreement &a)
{
    QJsonArray parties, signatories, escalation;
    for (const Party &p : a.parties)
        parties.append(QJsonObject { { u"name"_s, p.name }, { u"kind"_s, p.kind } });
    for (const Signatory &s : a.signatories)
        signatories.append(QJsonObject { { u"role"_s, s.role }, { u"name"_s, s.name },
            { u"designation"_s, s.designation }, { u"signedOn"_s, isoDate(s.signedOn) } });
    for (const EscalationStage &e : a.escalation)
        escalation.append(QJsonObject {
            { u"level"_s, e.level }, { u"name"_s, e.name }, { u"who"_s, e.who }, { u"source"_s, e.source } });
    QJsonArray confirmations, history;
    for (const AgreementConfirmation &c : a.confirmations)
        confirmations.append(QJsonObject { { u"party"_s, c.party }, { u"confirmedOn"_s, isoDate(c.confirmedOn) },
            { u"confirmedBy"_s, c.confirmedBy }, { u"document"_s, c.document } });
    for (const AgreementEvent &e : a.history)
        history.append(QJsonObject { { u"kind"_s, agreementEventKindCode(e.kind) }, { u"on"_s, isoDate(e.on) },
            { u"party"_s, e.party }, { u"by"_s, e.by }, { u"newEnd"_s, isoDate(e.newEnd) }, { u"note"_s, e.note },
            { u"text"_s, describeEvent(a, e) } });
    return QJsonObject { { u"confirmations"_s, confirmations }, { u"history"_s, history },
        { u"effectiveEnd"_s, isoDate(effectiveEnd(a)) }, { u"key"_s, a.key }, { u"title"_s, a.title },
        { u"version"_s, a.version }, { u"region"_s, a.region }, { u"publishedOn"_s, isoDate(a.publishedOn) },
        { u"updatedOn"_s, isoDate(a.updatedOn) }, { u"periodStart"_s, isoDate(a.periodStart) },
        { u"periodEnd"_s, isoDate(a.periodEnd) }, { u"serviceStart"_s, isoDate(a.serviceStart) },
        { u"extensionAgreeBy"_s, isoDate(a.extensionAgreeBy) }, { u"noticeMonths"_s, a.noticeMonths },
        { u"latestNoticeDateForPeriodEnd"_s, isoDate(latestNoticeDate(a, a.periodEnd)) }, { u"parties"_s, parties },
        { u"purposes"_s, strings(a.purposes) }, { u"associatedDocuments"_s, strings(a.associatedDocuments) },
        { u"principles"_s, strings(a.principles) }, { u"signatories"_s, signatories }, { u"escalation"_s, escalation },
        { u"sourceFile"_s, a.sourceFile } };
}

} // namespace

QJsonObject toJson(const Activity &a)
{
    return QJsonObject { { u"key"_s, a.key }, { u"subgroup"_s, a.subgroup }, { u"text"_s, a.text },
        { u"ccg"_s, a.ccgRole }, { u"hub"_s, hubRoleCode(a.hubRole) }, { u"hubQualifier"_s, a.hubQualifier },
        { u"hubMarker"_s, a.hubMarker() }, { u"layoutNote"_s, a.layoutNote },
        { u"needsDetermination"_s, a.needsDetermination() } };
}

namespace
{

QJsonObject functionJson(const DelegatedFunction &f)
{
    QJsonArray acts;
    for (const Activity &a : f.activities)
        acts.append(toJson(a));
    return QJsonObject { { u"numeral"_s, f.numeral }, { u"number"_s, f.number }, { u"title"_s, f.title },
        { u"note"_s, f.note }, { u"activities"_s, acts } };
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
        finance.append(
            QJsonObject { { u"key"_s, f.key }, { u"area"_s, f.area }, { u"activities"_s, strings(f.activities) } });
    for (const ServiceStandard &s : c.standards) {
        QJsonArray ex;
        for (const Exclusion &e : s.exclusions)
            ex.append(QJsonObject { { u"code"_s, e.code }, { u"text"_s, e.text } });
        standards.append(QJsonObject { { u"number"_s, s.number }, { u"key"_s, s.key }, { u"name"_s, s.name },
            { u"text"_s, s.text }, { u"acknowledgeWorkingDays"_s, s.acknowledgeWorkingDays },
            { u"responseWorkingDays"_s, s.responseWorkingDays }, { u"exclusions"_s, ex } });
    }
    for (const PanelRule &p : c.panelRules) {
        QJsonArray seats;
        for (const PanelSeat &s : p.seats)
            seats.append(QJsonObject { { u"role"_s, s.role }, { u"count"_s, s.count } });
        panels.append(QJsonObject { { u"agreement"_s, p.agreementKey }, { u"form"_s, p.form },
            { u"formName"_s, p.formName }, { u"source"_s, p.source }, { u"note"_s, p.note }, { u"seats"_s, seats },
            { u"independence"_s, p.independence }, { u"binding"_s, p.binding } });
    }
    for (const ReportingQuarter &q : c.reporting)
        reporting.append(
            QJsonObject { { u"quarter"_s, q.quarter }, { u"due"_s, q.due }, { u"dueMonth"_s, q.dueMonth } });
    QJsonArray clauses;
    for (const MouClause &m : c.clauses) {
        QJsonArray blocks;
        for (const ClauseBlock &b : m.blocks)
            blocks.append(QJsonObject { { u"kind"_s, clauseBlockKindCode(b.kind) }, { u"text"_s, b.text } });
        clauses.append(QJsonObject { { u"agreementKey"_s, m.agreementKey }, { u"key"_s, m.key },
            { u"number"_s, m.number }, { u"title"_s, m.title }, { u"blocks"_s, blocks } });
    }
    for (const Contact &k : c.keyContacts)
        contacts.append(QJsonObject { { u"name"_s, k.name }, { u"role"_s, k.role } });
    return QJsonObject { { u"agreements"_s, agreements }, { u"functions"_s, functions },
        { u"activityCount"_s, c.activityCount() }, { u"financeServices"_s, finance },
        { u"ledgerResponsibilities"_s, strings(c.ledgerResponsibilities) }, { u"standards"_s, standards },
        { u"regionalTeamStandards"_s, strings(c.regionalTeamStandards) },
        { u"committeeStandards"_s, strings(c.committeeStandards) }, { u"panelRules"_s, panels },
        { u"reporting"_s, reporting }, { u"keyContacts"_s, contacts }, { u"clauses"_s, clauses } };
}

QJsonObject toJson(const Ccg &g, int practiceCount, const QDate &asOf)
{
    QJsonArray levels;
    for (const CommissioningPeriod &p : g.levels) {
        levels.append(QJsonObject { { u"level"_s, commissioningLevelCode(p.level) },
            { u"name"_s, commissioningLevelName(p.level) }, { u"effectiveFrom"_s, isoDate(p.effectiveFrom) },
            { u"effectiveTo"_s, isoDate(p.effectiveTo) }, { u"note"_s, p.note } });
    }
    const CommissioningPeriod *now = levelOn(g, asOf);
    const QString current = now ? commissioningLevelCode(now->level) : QString();
    return QJsonObject { { u"code"_s, g.code }, { u"name"_s, g.name }, { u"shortName"_s, g.shortName },
        { u"locality"_s, g.locality }, { u"currentLevel"_s, current.isEmpty() ? QJsonValue() : QJsonValue(current) },
        { u"levels"_s, levels }, { u"hubContractingLead"_s, g.hubContractingLead },
        { u"hubFinanceLead"_s, g.hubFinanceLead }, { u"ccgLead"_s, g.ccgLead }, { u"practiceCount"_s, practiceCount },
        { u"version"_s, static_cast<qint64>(g.meta.version) } };
}

QJsonObject toJson(const CcgSpecification &s)
{
    QJsonArray items;
    for (const SpecItem &i : s.items)
        items.append(
            QJsonObject { { u"activity"_s, i.activityKey }, { u"determination"_s, determinationCode(i.determination) },
                { u"note"_s, i.note }, { u"version"_s, static_cast<qint64>(i.meta.version) } });
    return QJsonObject { { u"ccg"_s, s.ccgCode }, { u"agreement"_s, s.agreementKey },
        { u"status"_s, specStatusCode(s.status) }, { u"ccgLeadName"_s, s.ccgLeadName },
        { u"ccgLeadDesignation"_s, s.ccgLeadDesignation }, { u"ccgLeadSignedOn"_s, isoDate(s.ccgLeadSignedOn) },
        { u"directorName"_s, s.directorName }, { u"directorDesignation"_s, s.directorDesignation },
        { u"directorSignedOn"_s, isoDate(s.directorSignedOn) }, { u"notes"_s, s.notes }, { u"items"_s, items },
        { u"version"_s, static_cast<qint64>(s.meta.version) } };
}

} // namespace hub
