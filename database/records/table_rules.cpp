// tableRules (field_rules.h): one rule per column of every synced table.
// tests/database/sync_schema_test.cpp fails when a synced table or column has
// no rule here, so a migration adding one must say what it may hold.
#include "database/records/field_rules.h"

#include "core/cases/case_event.h"
#include "core/cases/case_status.h"
#include "core/cases/case_type.h"

namespace hub::db
{

namespace
{

using namespace Qt::StringLiterals;

// Small builders so each table reads as a list of columns.
ColumnRule col(const QString &name, ValueKind kind)
{
    ColumnRule r;
    r.column = name;
    r.kind = kind;
    return r;
}
ColumnRule text(const QString &name)
{
    return col(name, ValueKind::Text);
}
ColumnRule required(const QString &name)
{
    ColumnRule r = col(name, ValueKind::Text);
    r.nonEmpty = true;
    return r;
}
ColumnRule longText(const QString &name)
{
    ColumnRule r = col(name, ValueKind::Text);
    r.multiline = true;
    return r;
}
ColumnRule key(const QString &name, int maxLength = 0)
{
    ColumnRule r = col(name, ValueKind::Key);
    r.maxLength = maxLength;
    return r;
}
ColumnRule date(const QString &name, bool nullable = true)
{
    ColumnRule r = col(name, ValueKind::Date);
    r.nullable = nullable;
    return r;
}
ColumnRule integer(const QString &name, std::int64_t min = std::numeric_limits<std::int64_t>::min(),
    std::int64_t max = std::numeric_limits<std::int64_t>::max())
{
    ColumnRule r = col(name, ValueKind::Integer);
    r.min = min;
    r.max = max;
    return r;
}
ColumnRule flag(const QString &name)
{
    return col(name, ValueKind::Bool);
}
ColumnRule oneOf(const QString &name, const QStringList &allowed)
{
    ColumnRule r = col(name, ValueKind::Enum);
    r.allowed = allowed;
    return r;
}
// A reference to another row's column; `shipped`: built-in catalogue.
ColumnRule ref(ColumnRule r, const QString &table, const QString &column, bool shipped)
{
    r.refTable = table;
    r.refColumn = column;
    r.shipped = shipped;
    return r;
}
ColumnRule refId(const QString &name, const QString &table, bool shipped)
{
    return ref(col(name, ValueKind::Uuid), table, u"id"_s, shipped);
}

TableRules table(const QString &name, QVector<ColumnRule> columns)
{
    // syncColumns() (database/schema/migrations.cpp), on every synced table.
    columns.prepend(col(u"id"_s, ValueKind::Uuid));
    columns << col(u"created_at"_s, ValueKind::Timestamp) << text(u"created_by"_s)
            << col(u"updated_at"_s, ValueKind::Timestamp) << text(u"updated_by"_s) << integer(u"row_version"_s, 1)
            << col(u"rev"_s, ValueKind::Rev);
    ColumnRule deleted = col(u"deleted_at"_s, ValueKind::Timestamp);
    deleted.nullable = true;
    columns << deleted;
    return { name, columns };
}

QVector<TableRules> build()
{
    const QStringList levels { u"greater-collaboration"_s, u"joint-commissioning"_s, u"joint-delegation"_s,
        u"fully-delegated"_s };
    QStringList eventKinds = caseEventCodes();
    QVector<TableRules> t;
    // MoU register (migration 1): built-in rows every office has.
    t << table(u"agreement"_s,
        { key(u"key"_s), required(u"title"_s), text(u"version"_s), text(u"region"_s), date(u"published_on"_s),
            date(u"updated_on"_s), date(u"period_start"_s), date(u"period_end"_s), date(u"extension_agree_by"_s),
            integer(u"notice_months"_s, 0, 1200), date(u"service_start"_s), text(u"source_file"_s),
            longText(u"panel_independence"_s), flag(u"panel_binding"_s) });
    t << table(u"agreement_item"_s,
        { refId(u"agreement_id"_s, u"agreement"_s, true),
            oneOf(u"kind"_s, { u"party"_s, u"purpose"_s, u"associated-document"_s, u"principle"_s }),
            integer(u"position"_s, 0), longText(u"text"_s), longText(u"detail"_s) });
    t << table(u"signatory"_s,
        { refId(u"agreement_id"_s, u"agreement"_s, true), integer(u"position"_s, 0), text(u"role"_s), text(u"name"_s),
            text(u"designation"_s), date(u"signed_on"_s) });
    t << table(u"escalation_stage"_s,
        { refId(u"agreement_id"_s, u"agreement"_s, true), integer(u"level"_s, 0), text(u"name"_s), longText(u"who"_s),
            longText(u"source"_s) });
    const QStringList panelForms { u"resolution-panel"_s, u"escalation-processes"_s };
    t << table(u"panel_seat"_s,
        { refId(u"agreement_id"_s, u"agreement"_s, true), integer(u"position"_s, 0), text(u"role"_s),
            integer(u"seat_count"_s, 1), oneOf(u"form"_s, panelForms) });
    // Migration 9: the whole MoU. Panel forms and seed clauses are built in;
    // confirmations and lifecycle events are recorded by an office.
    t << table(u"panel_form"_s,
        { refId(u"agreement_id"_s, u"agreement"_s, true), oneOf(u"form"_s, panelForms), text(u"form_name"_s),
            longText(u"source"_s), longText(u"independence"_s), flag(u"binding"_s), longText(u"note"_s) });
    t << table(u"mou_clause"_s,
        { refId(u"agreement_id"_s, u"agreement"_s, true), key(u"key"_s), integer(u"position"_s, 0), text(u"number"_s),
            required(u"title"_s) });
    t << table(u"mou_clause_block"_s,
        { refId(u"clause_id"_s, u"mou_clause"_s, true), integer(u"position"_s, 0),
            oneOf(u"kind"_s, { u"paragraph"_s, u"item"_s, u"subitem"_s, u"footnote"_s, u"note"_s }),
            longText(u"text"_s) });
    t << table(u"agreement_confirmation"_s,
        { refId(u"agreement_id"_s, u"agreement"_s, true), required(u"party"_s), date(u"confirmed_on"_s, false),
            text(u"confirmed_by"_s), longText(u"document"_s) });
    t << table(u"agreement_event"_s,
        { refId(u"agreement_id"_s, u"agreement"_s, true), oneOf(u"kind"_s, { u"extension"_s, u"notice"_s }),
            date(u"on_date"_s, false), text(u"party"_s), text(u"by_whom"_s), date(u"new_end"_s), longText(u"note"_s) });
    t << table(u"ccg"_s,
        { key(u"code"_s, 16), required(u"name"_s), text(u"short_name"_s), text(u"locality"_s),
            text(u"hub_contracting_lead"_s), text(u"hub_finance_lead"_s), text(u"ccg_lead"_s) });
    t << table(u"ccg_level"_s,
        { refId(u"ccg_id"_s, u"ccg"_s, false), oneOf(u"level"_s, levels), date(u"effective_from"_s),
            date(u"effective_to"_s), longText(u"note"_s) });
    t << table(u"delegated_function"_s,
        { key(u"numeral"_s, 16), integer(u"number"_s, 0), required(u"title"_s), longText(u"note"_s) });
    t << table(u"activity"_s,
        { refId(u"function_id"_s, u"delegated_function"_s, true), key(u"key"_s), integer(u"position"_s, 0),
            text(u"subgroup"_s), longText(u"text"_s), flag(u"ccg_role"_s), oneOf(u"hub_role"_s, hubRoleCodes()),
            text(u"hub_qualifier"_s), longText(u"layout_note"_s) });
    t << table(u"finance_service"_s, { key(u"key"_s), integer(u"position"_s, 0), text(u"area"_s) });
    t << table(u"finance_activity"_s,
        { refId(u"service_id"_s, u"finance_service"_s, true), integer(u"position"_s, 0), longText(u"text"_s) });
    t << table(u"catalogue_text"_s,
        { oneOf(u"kind"_s, { u"ledger-responsibility"_s, u"rt-standard"_s, u"committee-standard"_s, u"key-contact"_s }),
            integer(u"position"_s, 0), longText(u"text"_s), longText(u"detail"_s) });
    t << table(u"service_standard"_s,
        { key(u"key"_s), integer(u"number"_s, 0), required(u"name"_s), longText(u"text"_s),
            integer(u"acknowledge_days"_s, 0, 366), integer(u"response_days"_s, 0, 366) });
    t << table(u"standard_exclusion"_s,
        { refId(u"standard_id"_s, u"service_standard"_s, true), key(u"code"_s), integer(u"position"_s, 0),
            longText(u"text"_s) });
    t << table(
        u"reporting_quarter"_s, { integer(u"quarter"_s, 1, 4), required(u"due"_s), integer(u"due_month"_s, 1, 12) });
    // Practices come from each office's epraccur import: ccg_code is the
    // file's commissioner code, not necessarily a CCG in the register.
    t << table(u"practice"_s,
        { key(u"ods_code"_s, 16), required(u"name"_s), text(u"ccg_code"_s),
            oneOf(u"contract_type"_s, contractTypeCodes()), integer(u"registered_patients"_s, 0), text(u"address"_s),
            text(u"postcode"_s), date(u"open_date"_s), date(u"close_date"_s), text(u"status"_s),
            integer(u"prescribing_setting"_s, -1, 999), flag(u"dispensing"_s), text(u"source"_s) });
    t << table(u"ccg_spec"_s,
        { refId(u"ccg_id"_s, u"ccg"_s, false), refId(u"agreement_id"_s, u"agreement"_s, true),
            oneOf(u"status"_s, specStatusCodes()), text(u"ccg_lead_name"_s), text(u"ccg_lead_designation"_s),
            date(u"ccg_lead_signed_on"_s), text(u"director_name"_s), text(u"director_designation"_s),
            date(u"director_signed_on"_s), longText(u"notes"_s) });
    t << table(u"ccg_spec_item"_s,
        { refId(u"spec_id"_s, u"ccg_spec"_s, false), refId(u"activity_id"_s, u"activity"_s, true),
            oneOf(u"determination"_s, determinationCodes()), longText(u"note"_s) });
    // Cases (migration 4): rows any office creates, so a case_id may name a
    // case whose creation has not arrived yet; the catalogue keys must exist.
    // CCGs can be added by an office too, so a CCG id or code may be in flight.
    t << table(u"case_record"_s,
        { key(u"ref"_s, 32), key(u"office_code"_s, 16), integer(u"ref_year"_s, 1900, 9999), integer(u"ref_seq"_s, 1),
            oneOf(u"type"_s, caseTypeCodes()), ref(key(u"ccg_code"_s, 16), u"ccg"_s, u"code"_s, false),
            text(u"practice_ods"_s), ref(text(u"activity_key"_s), u"activity"_s, u"key"_s, true), text(u"owner"_s),
            text(u"officer"_s), oneOf(u"priority"_s, casePriorityCodes()), oneOf(u"status"_s, caseStatusCodes()),
            integer(u"stage"_s, 0, 3), required(u"title"_s), longText(u"description"_s), date(u"received_on"_s, false),
            date(u"ack_due"_s), date(u"ack_met_on"_s), date(u"response_due"_s), date(u"response_met_on"_s),
            flag(u"paused"_s), date(u"closed_on"_s),
            // migration 5: the requester (core/cases/case_fields.h validates them when typed)
            text(u"requester_name"_s), text(u"requester_organisation"_s), text(u"requester_email"_s),
            text(u"requester_phone"_s),
            // migration 9: when an information request's answer will be available
            date(u"available_by"_s) });
    t << table(u"case_event"_s,
        { refId(u"case_id"_s, u"case_record"_s, false), oneOf(u"kind"_s, eventKinds), date(u"on_date"_s, false),
            text(u"exclusion_code"_s), longText(u"note"_s), longText(u"detail"_s), text(u"actor"_s),
            // migration 5: a closure's outcome
            longText(u"outcome"_s), oneOf(u"full_response"_s, { QString(), u"yes"_s, u"no"_s }),
            // migration 9: an acknowledgement's "when the information will be available"
            date(u"available_by"_s) });
    ColumnRule sha = key(u"sha256"_s, 64);
    t << table(u"case_attachment"_s,
        { refId(u"case_id"_s, u"case_record"_s, false), required(u"file_name"_s), text(u"mime"_s),
            integer(u"size_bytes"_s, 0), sha, col(u"content"_s, ValueKind::Blob), longText(u"note"_s) });
    t << table(u"letter_template"_s, { key(u"key"_s), required(u"name"_s), text(u"subject"_s), longText(u"body"_s) });
    t << table(u"office_closure"_s, { date(u"on_date"_s, false), required(u"reason"_s) });
    // The Hub's letterhead (migration 6), one row per office.
    t << table(u"office_letterhead"_s,
        { key(u"office_code"_s, 16), text(u"hub_name"_s), longText(u"address"_s), text(u"phone"_s), text(u"email"_s) });
    // History of the MoU's activities (migration 7): the activity is built-in catalogue.
    t << table(u"activity_change"_s,
        { refId(u"activity_id"_s, u"activity"_s, true),
            oneOf(u"field"_s, { u"text"_s, u"subgroup"_s, u"ccg_role"_s, u"hub_role"_s, u"hub_qualifier"_s }),
            longText(u"old_value"_s), longText(u"new_value"_s) });
    // People (migration 8): the officer an operating-system account works as; '' = none of them.
    t << table(u"account_link"_s, { required(u"account"_s), text(u"officer"_s) });
    return t;
}

} // namespace

const ColumnRule *TableRules::find(const QString &column) const
{
    for (const ColumnRule &c : columns)
        if (c.column == column)
            return &c;
    return nullptr;
}

const QVector<TableRules> &allTableRules()
{
    static const QVector<TableRules> rules = build();
    return rules;
}

const TableRules *tableRules(const QString &table)
{
    for (const TableRules &t : allTableRules())
        if (t.table == table)
            return &t;
    return nullptr;
}

} // namespace hub::db
