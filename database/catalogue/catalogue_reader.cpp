// Reads the MoU register back out of the office file as a core Catalogue,
// with each editable record's id and version.
#include "database/catalogue/catalogue_repository.h"

#include "database/catalogue/whole_mou_reader.h"

#include "database/office_file.h"
#include "database/sqlite/sql_error.h"
#include "database/sqlite/transaction.h"

#include <QHash>

namespace hub::db
{

namespace
{

using namespace Qt::StringLiterals;

// Queries put id, row_version, updated_by, updated_at first.
RecordMeta meta(const Statement &st)
{
    return { st.text(0), st.int64(1), st.text(2), st.text(3) };
}

QStringList itemTexts(const Connection &c, const QString &agreementId, const QString &kind)
{
    Statement st = c.prepare(u"SELECT text FROM agreement_item WHERE agreement_id=?1 AND kind=?2 "
                             "AND deleted_at IS NULL ORDER BY position"_s);
    st.bind(1, agreementId).bind(2, kind);
    QStringList out;
    while (st.step())
        out << st.text(0);
    return out;
}

void readAgreements(const Connection &c, Catalogue &cat)
{
    Statement st
        = c.prepare(u"SELECT id,row_version,updated_by,updated_at, key,title,version,region,published_on,updated_on,"
                    "period_start,period_end,extension_agree_by,notice_months,service_start,source_file,"
                    "'' FROM agreement WHERE deleted_at IS NULL ORDER BY period_start"_s);
    while (st.step()) {
        Agreement a;
        a.meta = meta(st);
        a.key = st.text(4);
        a.title = st.text(5);
        a.version = st.text(6);
        a.region = st.text(7);
        a.publishedOn = st.date(8);
        a.updatedOn = st.date(9);
        a.periodStart = st.date(10);
        a.periodEnd = st.date(11);
        a.extensionAgreeBy = st.date(12);
        a.noticeMonths = st.integer(13);
        a.serviceStart = st.date(14);
        a.sourceFile = st.text(15);
        a.purposes = itemTexts(c, a.meta.id, u"purpose"_s);
        a.associatedDocuments = itemTexts(c, a.meta.id, u"associated-document"_s);
        a.principles = itemTexts(c, a.meta.id, u"principle"_s);
        Statement parties = c.prepare(u"SELECT text, detail FROM agreement_item WHERE agreement_id=?1 AND kind='party' "
                                      "AND deleted_at IS NULL ORDER BY position"_s);
        parties.bind(1, a.meta.id);
        while (parties.step())
            a.parties.append({ parties.text(0), parties.text(1) });
        Statement sig = c.prepare(u"SELECT id,row_version,updated_by,updated_at, role,name,designation,signed_on "
                                  "FROM signatory WHERE agreement_id=?1 AND deleted_at IS NULL ORDER BY position"_s);
        sig.bind(1, a.meta.id);
        while (sig.step()) {
            Signatory s;
            s.meta = meta(sig);
            s.role = sig.text(4);
            s.name = sig.text(5);
            s.designation = sig.text(6);
            s.signedOn = sig.date(7);
            a.signatories.append(s);
        }
        Statement esc = c.prepare(u"SELECT level,name,who,source FROM escalation_stage WHERE agreement_id=?1 "
                                  "AND deleted_at IS NULL ORDER BY level"_s);
        esc.bind(1, a.meta.id);
        while (esc.step())
            a.escalation.append({ esc.integer(0), esc.text(1), esc.text(2), esc.text(3) });
        readAgreementRecords(c, a);
        readPanelForms(c, a.meta.id, a.key, cat.panelRules);
        cat.agreements.append(a);
    }
}

void readCcgs(const Connection &c, Catalogue &cat)
{
    Statement st
        = c.prepare(u"SELECT id,row_version,updated_by,updated_at, code,name,short_name,locality,"
                    "hub_contracting_lead,hub_finance_lead,ccg_lead FROM ccg WHERE deleted_at IS NULL ORDER BY name"_s);
    Statement lv = c.prepare(u"SELECT id,row_version,updated_by,updated_at, level,effective_from,effective_to,note "
                             "FROM ccg_level WHERE ccg_id=?1 AND deleted_at IS NULL ORDER BY effective_from"_s);
    while (st.step()) {
        Ccg g;
        g.meta = meta(st);
        g.code = st.text(4);
        g.name = st.text(5);
        g.shortName = st.text(6);
        g.locality = st.text(7);
        g.hubContractingLead = st.text(8);
        g.hubFinanceLead = st.text(9);
        g.ccgLead = st.text(10);
        lv.reset();
        lv.bind(1, g.meta.id);
        while (lv.step()) {
            CommissioningPeriod p;
            p.meta = meta(lv);
            commissioningLevelFromCode(lv.text(4), &p.level);
            p.effectiveFrom = lv.date(5);
            p.effectiveTo = lv.date(6);
            p.note = lv.text(7);
            g.levels.append(p);
        }
        cat.ccgs.append(g);
    }
}

void readFunctions(const Connection &c, Catalogue &cat)
{
    Statement st = c.prepare(u"SELECT id,row_version,updated_by,updated_at, numeral,number,title,note "
                             "FROM delegated_function WHERE deleted_at IS NULL ORDER BY number"_s);
    Statement act = c.prepare(
        u"SELECT id,row_version,updated_by,updated_at, key,subgroup,text,ccg_role,hub_role,hub_qualifier,layout_note "
        "FROM activity WHERE function_id=?1 AND deleted_at IS NULL ORDER BY position"_s);
    while (st.step()) {
        DelegatedFunction f;
        f.meta = meta(st);
        f.numeral = st.text(4);
        f.number = st.integer(5);
        f.title = st.text(6);
        f.note = st.text(7);
        act.reset();
        act.bind(1, f.meta.id);
        while (act.step()) {
            Activity a;
            a.meta = meta(act);
            a.key = act.text(4);
            a.subgroup = act.text(5);
            a.text = act.text(6);
            a.ccgRole = act.integer(7) != 0;
            a.hubRole = hubRoleFromCode(act.text(8));
            a.hubQualifier = act.text(9);
            a.layoutNote = act.text(10);
            f.activities.append(a);
        }
        cat.functions.append(f);
    }
}

void readLists(const Connection &c, Catalogue &cat)
{
    Statement fs = c.prepare(u"SELECT id, key, area FROM finance_service WHERE deleted_at IS NULL ORDER BY position"_s);
    Statement fa = c.prepare(
        u"SELECT text FROM finance_activity WHERE service_id=?1 AND deleted_at IS NULL ORDER BY position"_s);
    while (fs.step()) {
        FinanceService f { fs.text(1), fs.text(2), {} };
        fa.reset();
        fa.bind(1, fs.text(0));
        while (fa.step())
            f.activities << fa.text(0);
        cat.financeServices.append(f);
    }
    Statement tx = c.prepare(
        u"SELECT kind, text, detail FROM catalogue_text WHERE deleted_at IS NULL ORDER BY kind, position"_s);
    while (tx.step()) {
        const QString kind = tx.text(0);
        if (kind == u"ledger-responsibility"_s)
            cat.ledgerResponsibilities << tx.text(1);
        else if (kind == u"rt-standard"_s)
            cat.regionalTeamStandards << tx.text(1);
        else if (kind == u"committee-standard"_s)
            cat.committeeStandards << tx.text(1);
        else if (kind == u"key-contact"_s)
            cat.keyContacts.append({ tx.text(1), tx.text(2) });
    }
    Statement ss
        = c.prepare(u"SELECT id,row_version,updated_by,updated_at, number,key,name,text,acknowledge_days,response_days "
                    "FROM service_standard WHERE deleted_at IS NULL ORDER BY number"_s);
    Statement ex = c.prepare(
        u"SELECT code, text FROM standard_exclusion WHERE standard_id=?1 AND deleted_at IS NULL ORDER BY position"_s);
    while (ss.step()) {
        ServiceStandard s;
        s.meta = meta(ss);
        s.number = ss.integer(4);
        s.key = ss.text(5);
        s.name = ss.text(6);
        s.text = ss.text(7);
        s.acknowledgeWorkingDays = ss.integer(8);
        s.responseWorkingDays = ss.integer(9);
        ex.reset();
        ex.bind(1, s.meta.id);
        while (ex.step())
            s.exclusions.append({ ex.text(0), ex.text(1) });
        cat.standards.append(s);
    }
    Statement rq = c.prepare(
        u"SELECT quarter, due, due_month FROM reporting_quarter WHERE deleted_at IS NULL ORDER BY quarter"_s);
    while (rq.step())
        cat.reporting.append({ rq.integer(0), rq.text(1), rq.integer(2) });
}

} // namespace

Result<Catalogue> CatalogueRepository::load() const
{
    return guarded([&]() -> Result<Catalogue> {
        const Connection &c = m_file.connection();
        ReadTransaction tx(c); // one consistent snapshot of the whole register
        Catalogue cat;
        readAgreements(c, cat);
        readCcgs(c, cat);
        readFunctions(c, cat);
        readLists(c, cat);
        readClauses(c, cat);
        return cat;
    });
}

} // namespace hub::db
