#include "database/catalogue/whole_mou_reader.h"

#include "core/catalogue/agreement_lifecycle.h"
#include "core/catalogue/mou_clauses.h"
#include "database/sqlite/connection.h"
#include "database/sqlite/statement.h"

namespace hub::db
{

using namespace Qt::StringLiterals;

namespace
{

RecordMeta meta(const Statement &st)
{
    return { st.text(0), st.int64(1), st.text(2), st.text(3) };
}

} // namespace

void readAgreementRecords(const Connection &c, Agreement &a)
{
    Statement conf = c.prepare(u"SELECT id,row_version,updated_by,updated_at, party,confirmed_on,confirmed_by,document "
                               "FROM agreement_confirmation WHERE agreement_id=?1 AND deleted_at IS NULL "
                               "ORDER BY confirmed_on, created_at"_s);
    conf.bind(1, a.meta.id);
    while (conf.step()) {
        AgreementConfirmation x;
        x.meta = meta(conf);
        x.party = conf.text(4);
        x.confirmedOn = conf.date(5);
        x.confirmedBy = conf.text(6);
        x.document = conf.text(7);
        a.confirmations.append(x);
    }
    Statement ev = c.prepare(u"SELECT id,row_version,updated_by,updated_at, kind,on_date,party,by_whom,new_end,note "
                             "FROM agreement_event WHERE agreement_id=?1 AND deleted_at IS NULL "
                             "ORDER BY on_date, created_at"_s);
    ev.bind(1, a.meta.id);
    while (ev.step()) {
        AgreementEvent e;
        e.meta = meta(ev);
        if (!agreementEventKindFromCode(ev.text(4), &e.kind))
            continue; // a kind a newer Hubcase may add
        e.on = ev.date(5);
        e.party = ev.text(6);
        e.by = ev.text(7);
        e.newEnd = ev.date(8);
        e.note = ev.text(9);
        a.history.append(e);
    }
}

void readPanelForms(
    const Connection &c, const QString &agreementId, const QString &agreementKey, QVector<PanelRule> &panels)
{
    Statement forms = c.prepare(u"SELECT form, form_name, source, independence, binding, note FROM panel_form "
                                "WHERE agreement_id=?1 AND deleted_at IS NULL ORDER BY form DESC"_s);
    Statement seats = c.prepare(u"SELECT role, seat_count FROM panel_seat WHERE agreement_id=?1 AND form=?2 "
                                "AND deleted_at IS NULL ORDER BY position"_s);
    forms.bind(1, agreementId);
    while (forms.step()) {
        PanelRule p;
        p.agreementKey = agreementKey;
        p.form = forms.text(0);
        p.formName = forms.text(1);
        p.source = forms.text(2);
        p.independence = forms.text(3);
        p.binding = forms.integer(4) != 0;
        p.note = forms.text(5);
        seats.reset();
        seats.bind(1, agreementId).bind(2, p.form);
        while (seats.step())
            p.seats.append({ seats.text(0), seats.integer(1) });
        panels.append(p);
    }
}

void readClauses(const Connection &c, Catalogue &cat)
{
    Statement cl = c.prepare(u"SELECT id, key, number, title FROM mou_clause WHERE agreement_id=?1 "
                             "AND deleted_at IS NULL ORDER BY position"_s);
    Statement bl = c.prepare(u"SELECT kind, text FROM mou_clause_block WHERE clause_id=?1 AND deleted_at IS NULL "
                             "ORDER BY position"_s);
    for (const Agreement &a : cat.agreements) {
        cl.reset();
        cl.bind(1, a.meta.id);
        while (cl.step()) {
            MouClause m;
            m.agreementKey = a.key;
            m.key = cl.text(1);
            m.number = cl.text(2);
            m.title = cl.text(3);
            bl.reset();
            bl.bind(1, cl.text(0));
            while (bl.step()) {
                ClauseBlock b;
                clauseBlockKindFromCode(bl.text(0), &b.kind);
                b.text = bl.text(1);
                m.blocks.append(b);
            }
            cat.clauses.append(m);
        }
    }
}

} // namespace hub::db
