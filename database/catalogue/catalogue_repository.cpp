#include "database/catalogue/catalogue_repository.h"

#include "core/catalogue/catalogue_json.h"
#include "core/catalogue/mou_clauses.h"
#include "core/common/uuid.h"
#include "database/office_file.h"
#include "database/records/field_rules.h"
#include "database/records/record_store.h"
#include "database/sqlite/sql_error.h"
#include "database/sqlite/statement.h"
#include "database/sqlite/transaction.h"

namespace hub::db
{

QString agreementId(const QString &key)
{
    return stableUuid(QStringLiteral("agreement:") + key);
}
QString activityId(const QString &key)
{
    return stableUuid(QStringLiteral("activity:") + key);
}
QString ccgId(const QString &code)
{
    return stableUuid(QStringLiteral("ccg:") + code);
}
QString escalationStageId(const QString &agreementKey, int level)
{
    return stableUuid(QStringLiteral("escalation:%1:%2").arg(agreementKey).arg(level));
}
QString panelFormId(const QString &agreementKey, const QString &form)
{
    return stableUuid(QStringLiteral("panel-form:%1:%2").arg(agreementKey, form));
}
QString panelSeatId(const QString &agreementKey, const QString &form, int position)
{
    // The Resolution Panel's seats keep the ids schema 1 gave them.
    if (form == kResolutionPanelForm)
        return stableUuid(QStringLiteral("panel-seat:%1:%2").arg(agreementKey).arg(position));
    return stableUuid(QStringLiteral("panel-seat:%1:%2:%3").arg(agreementKey, form).arg(position));
}
QString clauseId(const QString &agreementKey, const QString &key)
{
    return stableUuid(QStringLiteral("clause:%1:%2").arg(agreementKey, key));
}
QString clauseBlockId(const QString &agreementKey, const QString &key, int position)
{
    return stableUuid(QStringLiteral("clause-block:%1:%2:%3").arg(agreementKey, key).arg(position));
}

namespace
{

using V = QVariantMap;
using namespace Qt::StringLiterals;

// A stored value as the history keeps it: booleans as 1/0, the rest as text.
QString storedText(const QVariant &v)
{
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? u"1"_s : u"0"_s;
    return v.toString();
}

void seedAgreement(RecordStore &store, const Agreement &a, const QVector<PanelRule> &panels)
{
    const QString aid = agreementId(a.key);
    const PanelRule *main = nullptr;
    for (const PanelRule &p : panels) {
        if (p.agreementKey == a.key && p.form == kResolutionPanelForm)
            main = &p;
    }
    const QString independence = main ? main->independence : QString();
    const bool binding = main ? main->binding : true;
    store.upsert(u"agreement"_s, aid,
        V { { u"key"_s, a.key }, { u"title"_s, a.title }, { u"version"_s, a.version }, { u"region"_s, a.region },
            { u"published_on"_s, a.publishedOn }, { u"updated_on"_s, a.updatedOn },
            { u"period_start"_s, a.periodStart }, { u"period_end"_s, a.periodEnd },
            { u"extension_agree_by"_s, a.extensionAgreeBy }, { u"notice_months"_s, a.noticeMonths },
            { u"service_start"_s, a.serviceStart }, { u"source_file"_s, a.sourceFile },
            { u"panel_independence"_s, independence }, { u"panel_binding"_s, binding } });
    auto items = [&](const QString &kind, const QStringList &texts) {
        for (int i = 0; i < texts.size(); ++i)
            store.upsert(u"agreement_item"_s, stableUuid(u"agreement-item:%1:%2:%3"_s.arg(a.key, kind).arg(i)),
                V { { u"agreement_id"_s, aid }, { u"kind"_s, kind }, { u"position"_s, i }, { u"text"_s, texts[i] } });
    };
    items(u"purpose"_s, a.purposes);
    items(u"associated-document"_s, a.associatedDocuments);
    items(u"principle"_s, a.principles);
    for (int i = 0; i < a.parties.size(); ++i)
        store.upsert(u"agreement_item"_s, stableUuid(u"agreement-item:%1:party:%2"_s.arg(a.key).arg(i)),
            V { { u"agreement_id"_s, aid }, { u"kind"_s, u"party"_s }, { u"position"_s, i },
                { u"text"_s, a.parties[i].name }, { u"detail"_s, a.parties[i].kind } });
    for (int i = 0; i < a.signatories.size(); ++i) {
        const Signatory &s = a.signatories[i];
        store.upsert(u"signatory"_s, stableUuid(u"signatory:%1:%2"_s.arg(a.key).arg(i)),
            V { { u"agreement_id"_s, aid }, { u"position"_s, i }, { u"role"_s, s.role }, { u"name"_s, s.name },
                { u"designation"_s, s.designation }, { u"signed_on"_s, s.signedOn } });
    }
    for (const EscalationStage &e : a.escalation)
        store.upsert(u"escalation_stage"_s, escalationStageId(a.key, e.level),
            V { { u"agreement_id"_s, aid }, { u"level"_s, e.level }, { u"name"_s, e.name }, { u"who"_s, e.who },
                { u"source"_s, e.source } });
    for (const PanelRule &p : panels) {
        if (p.agreementKey != a.key)
            continue;
        store.upsert(u"panel_form"_s, panelFormId(a.key, p.form),
            V { { u"agreement_id"_s, aid }, { u"form"_s, p.form }, { u"form_name"_s, p.formName },
                { u"source"_s, p.source }, { u"independence"_s, p.independence }, { u"binding"_s, p.binding },
                { u"note"_s, p.note } });
        for (int i = 0; i < p.seats.size(); ++i)
            store.upsert(u"panel_seat"_s, panelSeatId(a.key, p.form, i),
                V { { u"agreement_id"_s, aid }, { u"form"_s, p.form }, { u"position"_s, i },
                    { u"role"_s, p.seats[i].role }, { u"seat_count"_s, p.seats[i].count } });
    }
}

void seedClauses(RecordStore &store, const QVector<MouClause> &clauses)
{
    QHash<QString, int> positions; // per agreement, in seed order
    for (const MouClause &c : clauses) {
        const QString cid = clauseId(c.agreementKey, c.key);
        store.upsert(u"mou_clause"_s, cid,
            V { { u"agreement_id"_s, agreementId(c.agreementKey) }, { u"key"_s, c.key },
                { u"position"_s, positions[c.agreementKey]++ }, { u"number"_s, c.number }, { u"title"_s, c.title } });
        for (int i = 0; i < c.blocks.size(); ++i)
            store.upsert(u"mou_clause_block"_s, clauseBlockId(c.agreementKey, c.key, i),
                V { { u"clause_id"_s, cid }, { u"position"_s, i }, { u"kind"_s, clauseBlockKindCode(c.blocks[i].kind) },
                    { u"text"_s, c.blocks[i].text } });
    }
}

void seedCcg(RecordStore &store, const Ccg &c)
{
    const QString cid = ccgId(c.code);
    store.upsert(u"ccg"_s, cid,
        V { { u"code"_s, c.code }, { u"name"_s, c.name }, { u"short_name"_s, c.shortName },
            { u"locality"_s, c.locality }, { u"hub_contracting_lead"_s, c.hubContractingLead },
            { u"hub_finance_lead"_s, c.hubFinanceLead }, { u"ccg_lead"_s, c.ccgLead } });
    for (int i = 0; i < c.levels.size(); ++i) {
        const CommissioningPeriod &p = c.levels[i];
        store.upsert(u"ccg_level"_s, stableUuid(u"ccg-level:%1:%2"_s.arg(c.code).arg(i)),
            V { { u"ccg_id"_s, cid }, { u"level"_s, commissioningLevelCode(p.level) },
                { u"effective_from"_s, p.effectiveFrom }, { u"effective_to"_s, p.effectiveTo },
                { u"note"_s, p.note } });
    }
}

void seedFunctions(RecordStore &store, const QVector<DelegatedFunction> &functions)
{
    for (const DelegatedFunction &f : functions) {
        const QString fid = stableUuid(u"function:"_s + f.numeral);
        store.upsert(u"delegated_function"_s, fid,
            V { { u"numeral"_s, f.numeral }, { u"number"_s, f.number }, { u"title"_s, f.title },
                { u"note"_s, f.note } });
        for (int i = 0; i < f.activities.size(); ++i) {
            const Activity &a = f.activities[i];
            store.upsert(u"activity"_s, activityId(a.key),
                V { { u"function_id"_s, fid }, { u"key"_s, a.key }, { u"position"_s, i }, { u"subgroup"_s, a.subgroup },
                    { u"text"_s, a.text }, { u"ccg_role"_s, a.ccgRole }, { u"hub_role"_s, hubRoleCode(a.hubRole) },
                    { u"hub_qualifier"_s, a.hubQualifier }, { u"layout_note"_s, a.layoutNote } });
        }
    }
}

void seedLists(RecordStore &store, const Catalogue &c)
{
    for (int i = 0; i < c.financeServices.size(); ++i) {
        const FinanceService &f = c.financeServices[i];
        const QString sid = stableUuid(u"finance-service:"_s + f.key);
        store.upsert(u"finance_service"_s, sid, V { { u"key"_s, f.key }, { u"position"_s, i }, { u"area"_s, f.area } });
        for (int j = 0; j < f.activities.size(); ++j)
            store.upsert(u"finance_activity"_s, stableUuid(u"finance-activity:%1:%2"_s.arg(f.key).arg(j)),
                V { { u"service_id"_s, sid }, { u"position"_s, j }, { u"text"_s, f.activities[j] } });
    }
    auto texts = [&](const QString &kind, const QStringList &list, const QStringList &details = {}) {
        for (int i = 0; i < list.size(); ++i)
            store.upsert(u"catalogue_text"_s, stableUuid(u"text:%1:%2"_s.arg(kind).arg(i)),
                V { { u"kind"_s, kind }, { u"position"_s, i }, { u"text"_s, list[i] },
                    { u"detail"_s, details.value(i) } });
    };
    texts(u"ledger-responsibility"_s, c.ledgerResponsibilities);
    texts(u"rt-standard"_s, c.regionalTeamStandards);
    texts(u"committee-standard"_s, c.committeeStandards);
    QStringList names, roles;
    for (const Contact &k : c.keyContacts) {
        names << k.name;
        roles << k.role;
    }
    texts(u"key-contact"_s, names, roles);
    for (const ServiceStandard &s : c.standards) {
        const QString sid = stableUuid(u"standard:"_s + s.key);
        store.upsert(u"service_standard"_s, sid,
            V { { u"key"_s, s.key }, { u"number"_s, s.number }, { u"name"_s, s.name }, { u"text"_s, s.text },
                { u"acknowledge_days"_s, s.acknowledgeWorkingDays }, { u"response_days"_s, s.responseWorkingDays } });
        for (int i = 0; i < s.exclusions.size(); ++i)
            store.upsert(u"standard_exclusion"_s, stableUuid(u"exclusion:%1:%2"_s.arg(s.key, s.exclusions[i].code)),
                V { { u"standard_id"_s, sid }, { u"code"_s, s.exclusions[i].code }, { u"position"_s, i },
                    { u"text"_s, s.exclusions[i].text } });
    }
    for (const ReportingQuarter &q : c.reporting)
        store.upsert(u"reporting_quarter"_s, stableUuid(u"quarter:%1"_s.arg(q.quarter)),
            V { { u"quarter"_s, q.quarter }, { u"due"_s, q.due }, { u"due_month"_s, q.dueMonth } });
}

} // namespace

Status CatalogueRepository::seedBuiltIn()
{
    const Result<Catalogue> c = loadBuiltInCatalogue();
    if (!c)
        return c.error();
    return seed(c.value());
}

Status CatalogueRepository::seed(const Catalogue &c)
{
    return guarded([&]() -> Status {
        WriteTransaction tx(m_file.connection());
        RecordStore store(m_file);
        for (const Agreement &a : c.agreements)
            seedAgreement(store, a, c.panelRules);
        for (const Ccg &ccg : c.ccgs)
            seedCcg(store, ccg);
        seedFunctions(store, c.functions);
        seedLists(store, c);
        seedClauses(store, c.clauses);
        tx.commit();
        return {};
    });
}

Status CatalogueRepository::updateActivity(const QString &id, std::int64_t expectedVersion, const QVariantMap &changes)
{
    static const FieldRules rules { { u"text"_s, FieldKind::NonEmptyText }, { u"subgroup"_s, FieldKind::Text },
        { u"ccg_role"_s, FieldKind::Bool }, { u"hub_role"_s, FieldKind::HubRole },
        { u"hub_qualifier"_s, FieldKind::Text } };
    const Result<QVariantMap> checked = checkFields(changes, rules);
    if (!checked)
        return checked.error();
    return guarded([&]() -> Status {
        WriteTransaction tx(m_file.connection());
        RecordStore store(m_file);
        const QVariantMap before = store.current(u"activity"_s, id);
        store.update(u"activity"_s, id, expectedVersion, checked.value());
        for (auto it = checked->begin(); it != checked->end(); ++it) {
            const QString was = storedText(before.value(it.key()));
            const QString now = storedText(it.value());
            if (was != now)
                store.insert(u"activity_change"_s,
                    { { u"activity_id"_s, id }, { u"field"_s, it.key() }, { u"old_value"_s, was },
                        { u"new_value"_s, now } });
        }
        tx.commit();
        return {};
    });
}

Result<QVector<ActivityChange>> CatalogueRepository::activityHistory(const QString &activityKey) const
{
    return guarded([&]() -> Result<QVector<ActivityChange>> {
        Statement st = m_file.connection().prepare(
            u"SELECT field, old_value, new_value, created_by, created_at FROM activity_change "
            "WHERE activity_id=?1 AND deleted_at IS NULL ORDER BY created_at DESC, rev DESC"_s);
        st.bind(1, activityId(activityKey));
        QVector<ActivityChange> out;
        while (st.step())
            out.append({ st.text(0), st.text(1), st.text(2), st.text(3), st.text(4) });
        return out;
    });
}

Status CatalogueRepository::updateAgreement(const QString &id, std::int64_t expectedVersion, const QVariantMap &changes)
{
    static const FieldRules rules { { u"title"_s, FieldKind::NonEmptyText }, { u"version"_s, FieldKind::Text },
        { u"published_on"_s, FieldKind::Date }, { u"updated_on"_s, FieldKind::Date },
        { u"period_start"_s, FieldKind::Date }, { u"period_end"_s, FieldKind::Date },
        { u"extension_agree_by"_s, FieldKind::Date }, { u"notice_months"_s, FieldKind::NonNegativeInt },
        { u"service_start"_s, FieldKind::Date } };
    return updateChecked(m_file, u"agreement"_s, id, expectedVersion, changes, rules);
}

Status CatalogueRepository::updateSignatory(const QString &id, std::int64_t expectedVersion, const QVariantMap &changes)
{
    static const FieldRules rules { { u"name"_s, FieldKind::Text }, { u"designation"_s, FieldKind::Text },
        { u"signed_on"_s, FieldKind::Date } };
    return updateChecked(m_file, u"signatory"_s, id, expectedVersion, changes, rules);
}

} // namespace hub::db
