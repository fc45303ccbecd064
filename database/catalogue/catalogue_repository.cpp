#include "database/catalogue/catalogue_repository.h"

#include "core/common/uuid.h"
#include "database/office_file.h"
#include "database/records/field_rules.h"
#include "database/records/record_store.h"
#include "database/sqlite/sql_error.h"
#include "database/sqlite/statement.h"
#include "database/sqlite/transaction.h"
#include "core/catalogue/catalogue_json.h"

namespace hub::db {

QString agreementId(const QString &key) { return stableUuid(QStringLiteral("agreement:") + key); }
QString activityId(const QString &key) { return stableUuid(QStringLiteral("activity:") + key); }
QString ccgId(const QString &code) { return stableUuid(QStringLiteral("ccg:") + code); }

namespace {

using V = QVariantMap;
#define S QStringLiteral

// A stored value as the history keeps it: booleans as 1/0, the rest as text.
QString storedText(const QVariant &v)
{
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? S("1") : S("0");
    return v.toString();
}


void seedAgreement(RecordStore &store, const Agreement &a, const QVector<PanelRule> &panels)
{
    const QString aid = agreementId(a.key);
    QString independence;
    bool binding = true;
    QVector<PanelSeat> seats;
    for (const PanelRule &p : panels) {
        if (p.agreementKey == a.key) {
            independence = p.independence;
            binding = p.binding;
            seats = p.seats;
        }
    }
    store.upsert(S("agreement"), aid,
                 V{{S("key"), a.key}, {S("title"), a.title}, {S("version"), a.version}, {S("region"), a.region},
                   {S("published_on"), a.publishedOn}, {S("updated_on"), a.updatedOn},
                   {S("period_start"), a.periodStart}, {S("period_end"), a.periodEnd},
                   {S("extension_agree_by"), a.extensionAgreeBy}, {S("notice_months"), a.noticeMonths},
                   {S("service_start"), a.serviceStart}, {S("source_file"), a.sourceFile},
                   {S("panel_independence"), independence}, {S("panel_binding"), binding}});
    auto items = [&](const QString &kind, const QStringList &texts) {
        for (int i = 0; i < texts.size(); ++i)
            store.upsert(S("agreement_item"), stableUuid(S("agreement-item:%1:%2:%3").arg(a.key, kind).arg(i)),
                         V{{S("agreement_id"), aid}, {S("kind"), kind}, {S("position"), i}, {S("text"), texts[i]}});
    };
    items(S("purpose"), a.purposes);
    items(S("associated-document"), a.associatedDocuments);
    items(S("principle"), a.principles);
    for (int i = 0; i < a.parties.size(); ++i)
        store.upsert(S("agreement_item"), stableUuid(S("agreement-item:%1:party:%2").arg(a.key).arg(i)),
                     V{{S("agreement_id"), aid}, {S("kind"), S("party")}, {S("position"), i},
                       {S("text"), a.parties[i].name}, {S("detail"), a.parties[i].kind}});
    for (int i = 0; i < a.signatories.size(); ++i) {
        const Signatory &s = a.signatories[i];
        store.upsert(S("signatory"), stableUuid(S("signatory:%1:%2").arg(a.key).arg(i)),
                     V{{S("agreement_id"), aid}, {S("position"), i}, {S("role"), s.role}, {S("name"), s.name},
                       {S("designation"), s.designation}, {S("signed_on"), s.signedOn}});
    }
    for (const EscalationStage &e : a.escalation)
        store.upsert(S("escalation_stage"), stableUuid(S("escalation:%1:%2").arg(a.key).arg(e.level)),
                     V{{S("agreement_id"), aid}, {S("level"), e.level}, {S("name"), e.name}, {S("who"), e.who}});
    for (int i = 0; i < seats.size(); ++i)
        store.upsert(S("panel_seat"), stableUuid(S("panel-seat:%1:%2").arg(a.key).arg(i)),
                     V{{S("agreement_id"), aid}, {S("position"), i}, {S("role"), seats[i].role},
                       {S("seat_count"), seats[i].count}});
}

void seedCcg(RecordStore &store, const Ccg &c)
{
    const QString cid = ccgId(c.code);
    store.upsert(S("ccg"), cid,
                 V{{S("code"), c.code}, {S("name"), c.name}, {S("short_name"), c.shortName}, {S("locality"), c.locality},
                   {S("hub_contracting_lead"), c.hubContractingLead}, {S("hub_finance_lead"), c.hubFinanceLead},
                   {S("ccg_lead"), c.ccgLead}});
    for (int i = 0; i < c.levels.size(); ++i) {
        const CommissioningPeriod &p = c.levels[i];
        store.upsert(S("ccg_level"), stableUuid(S("ccg-level:%1:%2").arg(c.code).arg(i)),
                     V{{S("ccg_id"), cid}, {S("level"), commissioningLevelCode(p.level)},
                       {S("effective_from"), p.effectiveFrom}, {S("effective_to"), p.effectiveTo}, {S("note"), p.note}});
    }
}

void seedFunctions(RecordStore &store, const QVector<DelegatedFunction> &functions)
{
    for (const DelegatedFunction &f : functions) {
        const QString fid = stableUuid(S("function:") + f.numeral);
        store.upsert(S("delegated_function"), fid,
                     V{{S("numeral"), f.numeral}, {S("number"), f.number}, {S("title"), f.title}, {S("note"), f.note}});
        for (int i = 0; i < f.activities.size(); ++i) {
            const Activity &a = f.activities[i];
            store.upsert(S("activity"), activityId(a.key),
                         V{{S("function_id"), fid}, {S("key"), a.key}, {S("position"), i}, {S("subgroup"), a.subgroup},
                           {S("text"), a.text}, {S("ccg_role"), a.ccgRole}, {S("hub_role"), hubRoleCode(a.hubRole)},
                           {S("hub_qualifier"), a.hubQualifier}});
        }
    }
}

void seedLists(RecordStore &store, const Catalogue &c)
{
    for (int i = 0; i < c.financeServices.size(); ++i) {
        const FinanceService &f = c.financeServices[i];
        const QString sid = stableUuid(S("finance-service:") + f.key);
        store.upsert(S("finance_service"), sid, V{{S("key"), f.key}, {S("position"), i}, {S("area"), f.area}});
        for (int j = 0; j < f.activities.size(); ++j)
            store.upsert(S("finance_activity"), stableUuid(S("finance-activity:%1:%2").arg(f.key).arg(j)),
                         V{{S("service_id"), sid}, {S("position"), j}, {S("text"), f.activities[j]}});
    }
    auto texts = [&](const QString &kind, const QStringList &list, const QStringList &details = {}) {
        for (int i = 0; i < list.size(); ++i)
            store.upsert(S("catalogue_text"), stableUuid(S("text:%1:%2").arg(kind).arg(i)),
                         V{{S("kind"), kind}, {S("position"), i}, {S("text"), list[i]},
                           {S("detail"), details.value(i)}});
    };
    texts(S("ledger-responsibility"), c.ledgerResponsibilities);
    texts(S("rt-standard"), c.regionalTeamStandards);
    texts(S("committee-standard"), c.committeeStandards);
    QStringList names, roles;
    for (const Contact &k : c.keyContacts) {
        names << k.name;
        roles << k.role;
    }
    texts(S("key-contact"), names, roles);
    for (const ServiceStandard &s : c.standards) {
        const QString sid = stableUuid(S("standard:") + s.key);
        store.upsert(S("service_standard"), sid,
                     V{{S("key"), s.key}, {S("number"), s.number}, {S("name"), s.name}, {S("text"), s.text},
                       {S("acknowledge_days"), s.acknowledgeWorkingDays}, {S("response_days"), s.responseWorkingDays}});
        for (int i = 0; i < s.exclusions.size(); ++i)
            store.upsert(S("standard_exclusion"), stableUuid(S("exclusion:%1:%2").arg(s.key, s.exclusions[i].code)),
                         V{{S("standard_id"), sid}, {S("code"), s.exclusions[i].code}, {S("position"), i},
                           {S("text"), s.exclusions[i].text}});
    }
    for (const ReportingQuarter &q : c.reporting)
        store.upsert(S("reporting_quarter"), stableUuid(S("quarter:%1").arg(q.quarter)),
                     V{{S("quarter"), q.quarter}, {S("due"), q.due}, {S("due_month"), q.dueMonth}});
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
        tx.commit();
        return {};
    });
}

Status CatalogueRepository::updateActivity(const QString &id, std::int64_t expectedVersion, const QVariantMap &changes)
{
    static const FieldRules rules{{S("text"), FieldKind::NonEmptyText}, {S("subgroup"), FieldKind::Text},
                                  {S("ccg_role"), FieldKind::Bool}, {S("hub_role"), FieldKind::HubRole},
                                  {S("hub_qualifier"), FieldKind::Text}};
    const Result<QVariantMap> checked = checkFields(changes, rules);
    if (!checked)
        return checked.error();
    return guarded([&]() -> Status {
        WriteTransaction tx(m_file.connection());
        RecordStore store(m_file);
        const QVariantMap before = store.current(S("activity"), id);
        store.update(S("activity"), id, expectedVersion, checked.value());
        for (auto it = checked->begin(); it != checked->end(); ++it) {
            const QString was = storedText(before.value(it.key()));
            const QString now = storedText(it.value());
            if (was != now)
                store.insert(S("activity_change"), {{S("activity_id"), id}, {S("field"), it.key()},
                                                    {S("old_value"), was}, {S("new_value"), now}});
        }
        tx.commit();
        return {};
    });
}

Result<QVector<ActivityChange>> CatalogueRepository::activityHistory(const QString &activityKey) const
{
    return guarded([&]() -> Result<QVector<ActivityChange>> {
        Statement st = m_file.connection().prepare(
            S("SELECT field, old_value, new_value, created_by, created_at FROM activity_change "
              "WHERE activity_id=?1 AND deleted_at IS NULL ORDER BY created_at DESC, rev DESC"));
        st.bind(1, activityId(activityKey));
        QVector<ActivityChange> out;
        while (st.step())
            out.append({st.text(0), st.text(1), st.text(2), st.text(3), st.text(4)});
        return out;
    });
}

Status CatalogueRepository::updateAgreement(const QString &id, std::int64_t expectedVersion, const QVariantMap &changes)
{
    static const FieldRules rules{{S("title"), FieldKind::NonEmptyText}, {S("version"), FieldKind::Text},
                                  {S("published_on"), FieldKind::Date}, {S("updated_on"), FieldKind::Date},
                                  {S("period_start"), FieldKind::Date}, {S("period_end"), FieldKind::Date},
                                  {S("extension_agree_by"), FieldKind::Date}, {S("notice_months"), FieldKind::NonNegativeInt},
                                  {S("service_start"), FieldKind::Date}};
    return updateChecked(m_file, S("agreement"), id, expectedVersion, changes, rules);
}

Status CatalogueRepository::updateSignatory(const QString &id, std::int64_t expectedVersion, const QVariantMap &changes)
{
    static const FieldRules rules{{S("name"), FieldKind::Text}, {S("designation"), FieldKind::Text},
                                  {S("signed_on"), FieldKind::Date}};
    return updateChecked(m_file, S("signatory"), id, expectedVersion, changes, rules);
}

#undef S

} // namespace hub::db
