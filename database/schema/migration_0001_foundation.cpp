// Schema 1: the MoU register, CCGs, practices and per-CCG specifications.
// Every table but local_* carries syncColumns(); keys are UUID text.
#include "database/schema/migrations.h"

namespace hub::db
{

QString migration0001Foundation()
{
    QString sql = QStringLiteral(R"SQL(
CREATE TABLE local_settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

CREATE TABLE agreement (
    id TEXT PRIMARY KEY NOT NULL,
    key TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    version TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    published_on TEXT, updated_on TEXT,
    period_start TEXT, period_end TEXT,
    extension_agree_by TEXT,
    notice_months INTEGER NOT NULL DEFAULT 0,
    service_start TEXT,
    source_file TEXT NOT NULL DEFAULT '',
    panel_independence TEXT NOT NULL DEFAULT '',
    panel_binding INTEGER NOT NULL DEFAULT 1,
    {SYNC}
);

-- Parties, purposes, associated documents and principles, in seed order.
CREATE TABLE agreement_item (
    id TEXT PRIMARY KEY NOT NULL,
    agreement_id TEXT NOT NULL REFERENCES agreement(id),
    kind TEXT NOT NULL CHECK (kind IN ('party','purpose','associated-document','principle')),
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    {SYNC}
);
CREATE INDEX agreement_item_by_agreement ON agreement_item(agreement_id, kind, position);

CREATE TABLE signatory (
    id TEXT PRIMARY KEY NOT NULL,
    agreement_id TEXT NOT NULL REFERENCES agreement(id),
    position INTEGER NOT NULL,
    role TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    designation TEXT NOT NULL DEFAULT '',
    signed_on TEXT,
    {SYNC}
);

CREATE TABLE escalation_stage (
    id TEXT PRIMARY KEY NOT NULL,
    agreement_id TEXT NOT NULL REFERENCES agreement(id),
    level INTEGER NOT NULL,
    name TEXT NOT NULL,
    who TEXT NOT NULL DEFAULT '',
    {SYNC}
);

CREATE TABLE panel_seat (
    id TEXT PRIMARY KEY NOT NULL,
    agreement_id TEXT NOT NULL REFERENCES agreement(id),
    position INTEGER NOT NULL,
    role TEXT NOT NULL,
    seat_count INTEGER NOT NULL CHECK (seat_count > 0),
    {SYNC}
);

CREATE TABLE ccg (
    id TEXT PRIMARY KEY NOT NULL,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    short_name TEXT NOT NULL DEFAULT '',
    locality TEXT NOT NULL DEFAULT '',
    hub_contracting_lead TEXT NOT NULL DEFAULT '',
    hub_finance_lead TEXT NOT NULL DEFAULT '',
    ccg_lead TEXT NOT NULL DEFAULT '',
    {SYNC}
);

CREATE TABLE ccg_level (
    id TEXT PRIMARY KEY NOT NULL,
    ccg_id TEXT NOT NULL REFERENCES ccg(id),
    level TEXT NOT NULL CHECK (level IN ('greater-collaboration','joint-commissioning','joint-delegation','fully-delegated')),
    effective_from TEXT,
    effective_to TEXT,
    note TEXT NOT NULL DEFAULT '',
    {SYNC}
);
CREATE INDEX ccg_level_by_ccg ON ccg_level(ccg_id, effective_from);

CREATE TABLE delegated_function (
    id TEXT PRIMARY KEY NOT NULL,
    numeral TEXT NOT NULL UNIQUE,
    number INTEGER NOT NULL,
    title TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    {SYNC}
);

CREATE TABLE activity (
    id TEXT PRIMARY KEY NOT NULL,
    function_id TEXT NOT NULL REFERENCES delegated_function(id),
    key TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL,
    subgroup TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    ccg_role INTEGER NOT NULL DEFAULT 0,
    hub_role TEXT NOT NULL DEFAULT '' CHECK (hub_role IN ('','CORE','TBC','SUPPORT')),
    hub_qualifier TEXT NOT NULL DEFAULT '',
    {SYNC}
);
CREATE INDEX activity_by_function ON activity(function_id, position);

CREATE TABLE finance_service (
    id TEXT PRIMARY KEY NOT NULL,
    key TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL,
    area TEXT NOT NULL,
    {SYNC}
);

CREATE TABLE finance_activity (
    id TEXT PRIMARY KEY NOT NULL,
    service_id TEXT NOT NULL REFERENCES finance_service(id),
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    {SYNC}
);

-- Short lists of seed text: ledger responsibilities, RT and committee standards, key contacts.
CREATE TABLE catalogue_text (
    id TEXT PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('ledger-responsibility','rt-standard','committee-standard','key-contact')),
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    {SYNC}
);

CREATE TABLE service_standard (
    id TEXT PRIMARY KEY NOT NULL,
    key TEXT NOT NULL UNIQUE,
    number INTEGER NOT NULL,
    name TEXT NOT NULL,
    text TEXT NOT NULL,
    acknowledge_days INTEGER NOT NULL DEFAULT 0 CHECK (acknowledge_days >= 0),
    response_days INTEGER NOT NULL DEFAULT 0 CHECK (response_days >= 0),
    {SYNC}
);

CREATE TABLE standard_exclusion (
    id TEXT PRIMARY KEY NOT NULL,
    standard_id TEXT NOT NULL REFERENCES service_standard(id),
    code TEXT NOT NULL,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    {SYNC},
    UNIQUE (standard_id, code)
);

CREATE TABLE reporting_quarter (
    id TEXT PRIMARY KEY NOT NULL,
    quarter INTEGER NOT NULL UNIQUE CHECK (quarter BETWEEN 1 AND 4),
    due TEXT NOT NULL,
    due_month INTEGER NOT NULL CHECK (due_month BETWEEN 1 AND 12),
    {SYNC}
);

CREATE TABLE practice (
    id TEXT PRIMARY KEY NOT NULL,
    ods_code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    ccg_code TEXT NOT NULL DEFAULT '',
    contract_type TEXT NOT NULL DEFAULT 'UNKNOWN' CHECK (contract_type IN ('GMS','PMS','APMS','UNKNOWN')),
    registered_patients INTEGER NOT NULL DEFAULT 0,
    address TEXT NOT NULL DEFAULT '',
    postcode TEXT NOT NULL DEFAULT '',
    open_date TEXT, close_date TEXT,
    status TEXT NOT NULL DEFAULT '',
    prescribing_setting INTEGER NOT NULL DEFAULT -1,
    dispensing INTEGER NOT NULL DEFAULT 0,
    source TEXT NOT NULL DEFAULT '',
    {SYNC}
);
CREATE INDEX practice_by_ccg ON practice(ccg_code, name);

CREATE TABLE ccg_spec (
    id TEXT PRIMARY KEY NOT NULL,
    ccg_id TEXT NOT NULL REFERENCES ccg(id),
    agreement_id TEXT NOT NULL REFERENCES agreement(id),
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','agreed')),
    ccg_lead_name TEXT NOT NULL DEFAULT '',
    ccg_lead_designation TEXT NOT NULL DEFAULT '',
    ccg_lead_signed_on TEXT,
    director_name TEXT NOT NULL DEFAULT '',
    director_designation TEXT NOT NULL DEFAULT '',
    director_signed_on TEXT,
    notes TEXT NOT NULL DEFAULT '',
    {SYNC},
    UNIQUE (ccg_id, agreement_id)
);

CREATE TABLE ccg_spec_item (
    id TEXT PRIMARY KEY NOT NULL,
    spec_id TEXT NOT NULL REFERENCES ccg_spec(id),
    activity_id TEXT NOT NULL REFERENCES activity(id),
    determination TEXT NOT NULL DEFAULT '' CHECK (determination IN ('','hub-delivers','ccg-delivers','hub-supports')),
    note TEXT NOT NULL DEFAULT '',
    {SYNC},
    UNIQUE (spec_id, activity_id)
);
)SQL");
    sql.replace(QStringLiteral("{SYNC}"), syncColumns());
    return sql;
}

} // namespace hub::db
