#pragma once
// The MoU as data: what the two seed agreements say, as plain values.
// Loaded from resources/catalogue/mou-catalogue.json into every new office
// file, then edited there; this struct is the interchange shape.

#include "core/common/record_meta.h"
#include "core/common/result.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

namespace hub
{

// Hub side of the responsibility matrix (the "NHSE" column of the seed).
enum class HubRole { None, Core, Tbc, Support };

QString hubRoleCode(HubRole role); // "", "CORE", "TBC", "SUPPORT"
HubRole hubRoleFromCode(const QString &code); // unknown -> None

struct Activity {
    QString key; // stable catalogue key, e.g. "VIII.3"
    QString subgroup; // e.g. "Rent reviews" (function X); empty if none
    QString text; // the activity exactly as the seed words it
    bool ccgRole = false; // the seed's CCG ☒
    HubRole hubRole = HubRole::None;
    QString hubQualifier; // e.g. "for contractual" in "CORE (for contractual)"
    RecordMeta meta; // filled when read from an office file

    QString hubMarker() const; // "CORE (for contractual)", "SUPPORT", ...
    // Shared rows (CCG ☒ and a Hub role) or TBC rows need each CCG's own determination.
    bool needsDetermination() const;
};

struct DelegatedFunction {
    QString numeral; // "I" .. "XII"
    int number = 0; // 1 .. 12
    QString title;
    QString note; // e.g. function IX's paragraph instead of activities
    QVector<Activity> activities;
    RecordMeta meta; // filled when read from an office file
};

struct FinanceService {
    QString key; // "management-accounting", "gms", ...
    QString area; // as the seed's left column
    QStringList activities;
};

struct Exclusion {
    QString code; // e.g. "further-investigation"
    QString text; // as the seed words it
};

struct ServiceStandard {
    int number = 0; // 1 Payments, 2 Data and Information, 3 Queries, 4 Reports
    QString key; // "payments", "data-information", "queries", "reports"
    QString name;
    QString text;
    int acknowledgeWorkingDays = 0; // 0 when the standard sets none
    int responseWorkingDays = 0; // 0 when the standard sets none
    QVector<Exclusion> exclusions;
    RecordMeta meta; // filled when read from an office file
};

struct EscalationStage {
    int level = 0; // 1 officer .. 4 resolution panel
    QString name;
    QString who;
};

struct PanelSeat {
    QString role; // e.g. "Committee lay member"
    int count = 1;
};

struct PanelRule {
    QString agreementKey;
    QVector<PanelSeat> seats;
    QString independence; // "not from a AT, SPG or CCG associated with the concern"
    bool binding = true;
    QString note; // where the rule comes from, other compositions the seed mentions
};

struct Party {
    QString name;
    QString kind; // "regional-team", "hub", "ccg", "spg", "committee"
};

struct Signatory {
    QString role; // "CCG Lead", "Locality Director"
    QString name;
    QString designation;
    QDate signedOn;
    RecordMeta meta; // filled when read from an office file
};

struct Agreement {
    QString key; // "london-core-principles", "west-midlands-hub"
    QString title;
    QString version;
    QString region;
    QDate publishedOn;
    QDate updatedOn;
    QDate periodStart;
    QDate periodEnd;
    QDate extensionAgreeBy; // null when the agreement sets none
    int noticeMonths = 0; // 0 when the agreement sets none
    QDate serviceStart; // the Hub's start (1 Dec 2015)
    QVector<Party> parties;
    QStringList purposes;
    QStringList associatedDocuments;
    QStringList principles;
    QVector<Signatory> signatories;
    QVector<EscalationStage> escalation;
    QString sourceFile; // seed file name under resources/seeds
    RecordMeta meta; // filled when read from an office file
};

enum class CommissioningLevel { GreaterCollaboration, JointCommissioning, JointDelegation, FullyDelegated };

QString commissioningLevelCode(CommissioningLevel level); // "greater-collaboration", ...
QString commissioningLevelName(CommissioningLevel level); // "Greater collaboration", ...
bool commissioningLevelFromCode(const QString &code, CommissioningLevel *out);

struct CommissioningPeriod {
    CommissioningLevel level = CommissioningLevel::GreaterCollaboration;
    QDate effectiveFrom; // null = as far back as known
    QDate effectiveTo; // null = open-ended
    QString note;
    RecordMeta meta; // filled when read from an office file
};

struct Ccg {
    QString code; // ODS code, e.g. "06A"
    QString name; // "NHS Wolverhampton CCG"
    QString shortName; // "Wolverhampton", as the MoU's table
    QString locality; // "Arden, Herefordshire and Worcestershire" / "Birmingham, Solihull and the Black Country"
    QVector<CommissioningPeriod> levels;
    QString hubContractingLead;
    QString hubFinanceLead;
    QString ccgLead;
    RecordMeta meta; // filled when read from an office file
};

struct ReportingQuarter {
    int quarter = 0; // 1..4
    QString due; // "End July"
    int dueMonth = 0; // 7, 10, 1, 4
};

struct Contact {
    QString name;
    QString role;
};

struct Catalogue {
    QVector<Agreement> agreements;
    QVector<Ccg> ccgs;
    QVector<DelegatedFunction> functions;
    QVector<FinanceService> financeServices;
    QStringList ledgerResponsibilities; // GL Staff, Non PO Approval, ...
    QVector<ServiceStandard> standards;
    QStringList regionalTeamStandards; // the five performance standards
    QStringList committeeStandards;
    QVector<PanelRule> panelRules;
    QVector<ReportingQuarter> reporting;
    QVector<Contact> keyContacts;

    const ServiceStandard *standard(const QString &key) const;
    const Ccg *ccg(const QString &code) const;
    int activityCount() const;
    // Added lookups: nullptr when absent.
    const Agreement *agreement(const QString &key) const;
    const DelegatedFunction *function(const QString &numeral) const; // "I" .. "XII"
    const Activity *activity(const QString &key) const; // "X.11"
    const PanelRule *panelRule(const QString &agreementKey) const;
};

// Reading and writing the catalogue as JSON: core/catalogue/catalogue_json.h.

} // namespace hub
