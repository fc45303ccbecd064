// Schema 9: the whole MoU (issue 11). The seeds' other sections in their own
// words (mou_clause, mou_clause_block); both panel forms of the core
// principles with where each comes from (panel_form; panel_seat.form); where
// an escalation stage comes from; how a function X row was read from the
// seed's layout; the agreement's written confirmations and its lifecycle
// (extensions, notices); and, for the Data and Information standard, the day
// an acknowledgement says the information will be available.
#include "database/schema/migrations.h"

#include "core/catalogue/catalogue_json.h"
#include "core/catalogue/mou_clauses.h"
#include "database/catalogue/catalogue_repository.h"
#include "database/sqlite/connection.h"
#include "database/sqlite/statement.h"
#include "database/sync/built_in_stamps.h"

namespace hub::db
{

using namespace Qt::StringLiterals;

QString migration0009WholeMou()
{
    QString sql = uR"SQL(
CREATE TABLE mou_clause (
    id TEXT PRIMARY KEY NOT NULL,
    agreement_id TEXT NOT NULL REFERENCES agreement(id),
    key TEXT NOT NULL,
    position INTEGER NOT NULL,
    number TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL,
    {SYNC}
);
CREATE INDEX mou_clause_by_agreement ON mou_clause(agreement_id, position);

CREATE TABLE mou_clause_block (
    id TEXT PRIMARY KEY NOT NULL,
    clause_id TEXT NOT NULL REFERENCES mou_clause(id),
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('paragraph','item','subitem','footnote','note')),
    text TEXT NOT NULL,
    {SYNC}
);
CREATE INDEX mou_clause_block_by_clause ON mou_clause_block(clause_id, position);

CREATE TABLE panel_form (
    id TEXT PRIMARY KEY NOT NULL,
    agreement_id TEXT NOT NULL REFERENCES agreement(id),
    form TEXT NOT NULL CHECK (form IN ('resolution-panel','escalation-processes')),
    form_name TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    independence TEXT NOT NULL DEFAULT '',
    binding INTEGER NOT NULL DEFAULT 1,
    note TEXT NOT NULL DEFAULT '',
    {SYNC}
);
ALTER TABLE panel_seat ADD COLUMN form TEXT NOT NULL DEFAULT 'resolution-panel';
ALTER TABLE escalation_stage ADD COLUMN source TEXT NOT NULL DEFAULT '';
ALTER TABLE activity ADD COLUMN layout_note TEXT NOT NULL DEFAULT '';

CREATE TABLE agreement_confirmation (
    id TEXT PRIMARY KEY NOT NULL,
    agreement_id TEXT NOT NULL REFERENCES agreement(id),
    party TEXT NOT NULL,
    confirmed_on TEXT NOT NULL,
    confirmed_by TEXT NOT NULL DEFAULT '',
    document TEXT NOT NULL DEFAULT '',
    {SYNC}
);

CREATE TABLE agreement_event (
    id TEXT PRIMARY KEY NOT NULL,
    agreement_id TEXT NOT NULL REFERENCES agreement(id),
    kind TEXT NOT NULL CHECK (kind IN ('extension','notice')),
    on_date TEXT NOT NULL,
    party TEXT NOT NULL DEFAULT '',
    by_whom TEXT NOT NULL DEFAULT '',
    new_end TEXT,
    note TEXT NOT NULL DEFAULT '',
    {SYNC}
);
CREATE INDEX agreement_event_by_agreement ON agreement_event(agreement_id, on_date);

ALTER TABLE case_event ADD COLUMN available_by TEXT;
ALTER TABLE case_record ADD COLUMN available_by TEXT;
CREATE INDEX case_available_by ON case_record(available_by) WHERE available_by IS NOT NULL AND closed_on IS NULL;
)SQL"_s;
    return sql.replace(u"{SYNC}"_s, syncColumns());
}

namespace
{

// INSERT OR IGNORE of one built-in row with the built-in stamps every office shares.
void insertBuiltIn(const Connection &c, const QString &table, const QString &id, const QVariantMap &values)
{
    QStringList columns { u"id"_s, u"created_at"_s, u"created_by"_s, u"updated_at"_s, u"updated_by"_s, u"rev"_s };
    QStringList marks;
    for (int i = 1; i <= columns.size() + values.size(); ++i)
        marks << u"?%1"_s.arg(i);
    columns += values.keys();
    Statement st
        = c.prepare(u"INSERT OR IGNORE INTO %1(%2) VALUES (%3)"_s.arg(table, columns.join(u','), marks.join(u',')));
    const QString time = QString::fromLatin1(kBuiltInTime);
    const QString user = QString::fromLatin1(kBuiltInUser);
    st.bind(1, id).bind(2, time).bind(3, user).bind(4, time).bind(5, user).bind(
        6, QString::fromLatin1(kBuiltInRevision));
    int i = 7;
    for (auto it = values.begin(); it != values.end(); ++it)
        st.bind(i++, it.value());
    st.exec();
}

} // namespace

// An office made before schema 9 gets the new built-in rows, and the West
// Midlands ladder corrected where no one has edited it (row_version 1).
// A new office has no agreements yet at this point: seeding writes them.
void migration0009BuiltInRows(const Connection &c)
{
    if (c.scalar(u"SELECT count(*) FROM agreement"_s).toInt() == 0)
        return;
    const Result<Catalogue> cat = loadBuiltInCatalogue();
    if (!cat)
        return;
    QHash<QString, int> positions;
    for (const MouClause &m : cat->clauses) {
        const QString cid = clauseId(m.agreementKey, m.key);
        insertBuiltIn(c, u"mou_clause"_s, cid,
            { { u"agreement_id"_s, agreementId(m.agreementKey) }, { u"key"_s, m.key },
                { u"position"_s, positions[m.agreementKey]++ }, { u"number"_s, m.number }, { u"title"_s, m.title } });
        for (int i = 0; i < m.blocks.size(); ++i)
            insertBuiltIn(c, u"mou_clause_block"_s, clauseBlockId(m.agreementKey, m.key, i),
                { { u"clause_id"_s, cid }, { u"position"_s, i }, { u"kind"_s, clauseBlockKindCode(m.blocks[i].kind) },
                    { u"text"_s, m.blocks[i].text } });
    }
    for (const PanelRule &p : cat->panelRules) {
        insertBuiltIn(c, u"panel_form"_s, panelFormId(p.agreementKey, p.form),
            { { u"agreement_id"_s, agreementId(p.agreementKey) }, { u"form"_s, p.form }, { u"form_name"_s, p.formName },
                { u"source"_s, p.source }, { u"independence"_s, p.independence }, { u"binding"_s, p.binding ? 1 : 0 },
                { u"note"_s, p.note } });
        for (int i = 0; i < p.seats.size(); ++i)
            insertBuiltIn(c, u"panel_seat"_s, panelSeatId(p.agreementKey, p.form, i),
                { { u"agreement_id"_s, agreementId(p.agreementKey) }, { u"form"_s, p.form }, { u"position"_s, i },
                    { u"role"_s, p.seats[i].role }, { u"seat_count"_s, p.seats[i].count } });
    }
    Statement stage = c.prepare(
        u"UPDATE escalation_stage SET name=?2, who=?3, source=?4, deleted_at=NULL WHERE id=?1 AND row_version=1"_s);
    for (const Agreement &a : cat->agreements) {
        QStringList kept;
        for (const EscalationStage &e : a.escalation) {
            const QString id = escalationStageId(a.key, e.level);
            kept << id;
            insertBuiltIn(c, u"escalation_stage"_s, id,
                { { u"agreement_id"_s, agreementId(a.key) }, { u"level"_s, e.level }, { u"name"_s, e.name },
                    { u"who"_s, e.who }, { u"source"_s, e.source } });
            stage.reset();
            stage.bind(1, id).bind(2, e.name).bind(3, e.who).bind(4, e.source).exec();
        }
        // Stages the built-in ladder no longer has (West Midlands' old stage 4), unless edited.
        Statement gone = c.prepare(u"SELECT id FROM escalation_stage WHERE agreement_id=?1 AND row_version=1 "
                                   "AND deleted_at IS NULL"_s);
        gone.bind(1, agreementId(a.key));
        QStringList drop;
        while (gone.step()) {
            if (!kept.contains(gone.text(0)))
                drop << gone.text(0);
        }
        Statement del = c.prepare(u"UPDATE escalation_stage SET deleted_at=?2 WHERE id=?1"_s);
        for (const QString &id : drop) {
            del.reset();
            del.bind(1, id).bind(2, QString::fromLatin1(kBuiltInTime)).exec();
        }
    }
    Statement note = c.prepare(u"UPDATE activity SET layout_note=?2 WHERE id=?1"_s);
    for (const DelegatedFunction &f : cat->functions) {
        for (const Activity &a : f.activities) {
            if (a.layoutNote.isEmpty())
                continue;
            note.reset();
            note.bind(1, activityId(a.key)).bind(2, a.layoutNote).exec();
        }
    }
}

} // namespace hub::db
