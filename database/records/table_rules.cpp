// tableRules (field_rules.h): one rule per column of every synced table.
// tests/database/sync_schema_test.cpp fails when a synced table or column has
// no rule here, so a migration adding one must say what it may hold.
#include "database/records/field_rules.h"

#include "core/cases/case_event.h"
#include "core/cases/case_status.h"
#include "core/cases/case_type.h"

namespace hub::db {

namespace {

#define S QStringLiteral

// Small builders so each table reads as a list of columns.
ColumnRule col(const QString &name, ValueKind kind)
{
    ColumnRule r;
    r.column = name;
    r.kind = kind;
    return r;
}
ColumnRule text(const QString &name) { return col(name, ValueKind::Text); }
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
ColumnRule flag(const QString &name) { return col(name, ValueKind::Bool); }
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
    return ref(col(name, ValueKind::Uuid), table, S("id"), shipped);
}

TableRules table(const QString &name, QVector<ColumnRule> columns)
{
    // syncColumns() (database/schema/migrations.cpp), on every synced table.
    columns.prepend(col(S("id"), ValueKind::Uuid));
    columns << col(S("created_at"), ValueKind::Timestamp) << text(S("created_by"))
            << col(S("updated_at"), ValueKind::Timestamp) << text(S("updated_by"))
            << integer(S("row_version"), 1) << col(S("rev"), ValueKind::Rev);
    ColumnRule deleted = col(S("deleted_at"), ValueKind::Timestamp);
    deleted.nullable = true;
    columns << deleted;
    return {name, columns};
}

QVector<TableRules> build()
{
    const QStringList levels{S("greater-collaboration"), S("joint-commissioning"), S("joint-delegation"), S("fully-delegated")};
    QStringList eventKinds = caseEventCodes();
    QVector<TableRules> t;
    // MoU register (migration 1): built-in rows every office has.
    t << table(S("agreement"), {key(S("key")), required(S("title")), text(S("version")), text(S("region")),
                                date(S("published_on")), date(S("updated_on")), date(S("period_start")), date(S("period_end")),
                                date(S("extension_agree_by")), integer(S("notice_months"), 0, 1200), date(S("service_start")),
                                text(S("source_file")), longText(S("panel_independence")), flag(S("panel_binding"))});
    t << table(S("agreement_item"), {refId(S("agreement_id"), S("agreement"), true),
                                     oneOf(S("kind"), {S("party"), S("purpose"), S("associated-document"), S("principle")}),
                                     integer(S("position"), 0), longText(S("text")), longText(S("detail"))});
    t << table(S("signatory"), {refId(S("agreement_id"), S("agreement"), true), integer(S("position"), 0), text(S("role")),
                                text(S("name")), text(S("designation")), date(S("signed_on"))});
    t << table(S("escalation_stage"), {refId(S("agreement_id"), S("agreement"), true), integer(S("level"), 0),
                                       text(S("name")), longText(S("who"))});
    t << table(S("panel_seat"), {refId(S("agreement_id"), S("agreement"), true), integer(S("position"), 0), text(S("role")),
                                 integer(S("seat_count"), 1)});
    t << table(S("ccg"), {key(S("code"), 16), required(S("name")), text(S("short_name")), text(S("locality")),
                          text(S("hub_contracting_lead")), text(S("hub_finance_lead")), text(S("ccg_lead"))});
    t << table(S("ccg_level"), {refId(S("ccg_id"), S("ccg"), false), oneOf(S("level"), levels), date(S("effective_from")),
                                date(S("effective_to")), longText(S("note"))});
    t << table(S("delegated_function"), {key(S("numeral"), 16), integer(S("number"), 0), required(S("title")), longText(S("note"))});
    t << table(S("activity"), {refId(S("function_id"), S("delegated_function"), true), key(S("key")), integer(S("position"), 0),
                               text(S("subgroup")), longText(S("text")), flag(S("ccg_role")), oneOf(S("hub_role"), hubRoleCodes()),
                               text(S("hub_qualifier"))});
    t << table(S("finance_service"), {key(S("key")), integer(S("position"), 0), text(S("area"))});
    t << table(S("finance_activity"), {refId(S("service_id"), S("finance_service"), true), integer(S("position"), 0), longText(S("text"))});
    t << table(S("catalogue_text"), {oneOf(S("kind"), {S("ledger-responsibility"), S("rt-standard"), S("committee-standard"), S("key-contact")}),
                                     integer(S("position"), 0), longText(S("text")), longText(S("detail"))});
    t << table(S("service_standard"), {key(S("key")), integer(S("number"), 0), required(S("name")), longText(S("text")),
                                       integer(S("acknowledge_days"), 0, 366), integer(S("response_days"), 0, 366)});
    t << table(S("standard_exclusion"), {refId(S("standard_id"), S("service_standard"), true), key(S("code")), integer(S("position"), 0),
                                         longText(S("text"))});
    t << table(S("reporting_quarter"), {integer(S("quarter"), 1, 4), required(S("due")), integer(S("due_month"), 1, 12)});
    // Practices come from each office's epraccur import: ccg_code is the
    // file's commissioner code, not necessarily a CCG in the register.
    t << table(S("practice"), {key(S("ods_code"), 16), required(S("name")), text(S("ccg_code")),
                               oneOf(S("contract_type"), contractTypeCodes()), integer(S("registered_patients"), 0),
                               text(S("address")), text(S("postcode")), date(S("open_date")), date(S("close_date")),
                               text(S("status")), integer(S("prescribing_setting"), -1, 999), flag(S("dispensing")), text(S("source"))});
    t << table(S("ccg_spec"), {refId(S("ccg_id"), S("ccg"), false), refId(S("agreement_id"), S("agreement"), true),
                               oneOf(S("status"), specStatusCodes()), text(S("ccg_lead_name")), text(S("ccg_lead_designation")),
                               date(S("ccg_lead_signed_on")), text(S("director_name")), text(S("director_designation")),
                               date(S("director_signed_on")), longText(S("notes"))});
    t << table(S("ccg_spec_item"), {refId(S("spec_id"), S("ccg_spec"), false), refId(S("activity_id"), S("activity"), true),
                                    oneOf(S("determination"), determinationCodes()), longText(S("note"))});
    // Cases (migration 4): rows any office creates, so a case_id may name a
    // case whose creation has not arrived yet; the catalogue keys must exist.
    // CCGs can be added by an office too, so a CCG id or code may be in flight.
    t << table(S("case_record"), {key(S("ref"), 32), key(S("office_code"), 16), integer(S("ref_year"), 1900, 9999),
                                  integer(S("ref_seq"), 1), oneOf(S("type"), caseTypeCodes()),
                                  ref(key(S("ccg_code"), 16), S("ccg"), S("code"), false), text(S("practice_ods")),
                                  ref(text(S("activity_key")), S("activity"), S("key"), true), text(S("owner")), text(S("officer")),
                                  oneOf(S("priority"), casePriorityCodes()), oneOf(S("status"), caseStatusCodes()),
                                  integer(S("stage"), 0, 3), required(S("title")), longText(S("description")),
                                  date(S("received_on"), false), date(S("ack_due")), date(S("ack_met_on")), date(S("response_due")),
                                  date(S("response_met_on")), flag(S("paused")), date(S("closed_on")),
                                  // migration 5: the requester (core/cases/case_fields.h validates them when typed)
                                  text(S("requester_name")), text(S("requester_organisation")), text(S("requester_email")),
                                  text(S("requester_phone"))});
    t << table(S("case_event"), {refId(S("case_id"), S("case_record"), false), oneOf(S("kind"), eventKinds),
                                 date(S("on_date"), false), text(S("exclusion_code")), longText(S("note")), longText(S("detail")),
                                 text(S("actor")),
                                 // migration 5: a closure's outcome
                                 longText(S("outcome")), oneOf(S("full_response"), {QString(), S("yes"), S("no")})});
    ColumnRule sha = key(S("sha256"), 64);
    t << table(S("case_attachment"), {refId(S("case_id"), S("case_record"), false), required(S("file_name")), text(S("mime")),
                                      integer(S("size_bytes"), 0), sha, col(S("content"), ValueKind::Blob), longText(S("note"))});
    t << table(S("letter_template"), {key(S("key")), required(S("name")), text(S("subject")), longText(S("body"))});
    t << table(S("office_closure"), {date(S("on_date"), false), required(S("reason"))});
    // The Hub's letterhead (migration 6), one row per office.
    t << table(S("office_letterhead"), {key(S("office_code"), 16), text(S("hub_name")), longText(S("address")),
                                        text(S("phone")), text(S("email"))});
    // History of the MoU's activities (migration 7): the activity is built-in catalogue.
    t << table(S("activity_change"), {refId(S("activity_id"), S("activity"), true),
                                      oneOf(S("field"), {S("text"), S("subgroup"), S("ccg_role"), S("hub_role"), S("hub_qualifier")}),
                                      longText(S("old_value")), longText(S("new_value"))});
    // People (migration 8): the officer an operating-system account works as; '' = none of them.
    t << table(S("account_link"), {required(S("account")), text(S("officer"))});
    return t;
}

#undef S

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
