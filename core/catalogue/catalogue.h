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
    // How the row was read where the seed's text lost a glyph or put a marker
    // on a heading (function X); empty for rows read as written.
    QString layoutNote;
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
    QString source; // where the stage comes from when not this agreement's own text
};

struct PanelSeat {
    QString role; // e.g. "Committee lay member"
    int count = 1;
};

// The two panel forms of the core principles: the "Resolution Panel" section
// and the membership the "Escalation Processes" section says is likely.
inline const QString kResolutionPanelForm = QStringLiteral("resolution-panel");
inline const QString kEscalationProcessesForm = QStringLiteral("escalation-processes");

struct PanelRule {
    QString agreementKey;
    QString form = kResolutionPanelForm; // kResolutionPanelForm or kEscalationProcessesForm
    QString formName; // "Resolution Panel", "Panel under the Escalation Processes"
    QString source; // the section (and agreement) the membership is read from
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

// "Agreed by both parties and confirmed in writing" (London, which has no
// signatories): one party's written confirmation.
struct AgreementConfirmation {
    QString party;
    QDate confirmedOn;
    QString confirmedBy; // the person who confirmed for the party
    QString document; // the letter or e-mail, as the office files it
    RecordMeta meta;
};

// The agreement's lifecycle after signing: an extension agreed, or a party's
// notice of withdrawal (its effective end follows from the notice months).
enum class AgreementEventKind { Extension, Notice };

struct AgreementEvent {
    AgreementEventKind kind = AgreementEventKind::Extension;
    QDate on; // agreed on / notice given on
    QString party; // notice: the withdrawing party; extension: empty (all parties)
    QString by; // who agreed it or gave it
    QDate newEnd; // extension: the new end date; notice: the effective end
    QString note;
    RecordMeta meta;
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
    QVector<AgreementConfirmation> confirmations; // in the office file only
    QVector<AgreementEvent> history; // in the office file only, oldest first
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

// A section of a seed held in its own words and order, as the register shows
// it (resources/catalogue/mou-clauses.json; reader: core/catalogue/mou_clauses.h).
enum class ClauseBlockKind { Paragraph, Item, Subitem, Footnote, Note };

struct ClauseBlock {
    ClauseBlockKind kind = ClauseBlockKind::Paragraph;
    QString text; // the seed's words, markup removed
};

struct MouClause {
    QString agreementKey;
    QString key; // stable within the agreement: "terminology", "network-group"
    QString number; // the seed's section number ("3.1"), empty where it has none
    QString title; // the seed's heading
    QVector<ClauseBlock> blocks;

    QString heading() const; // "3.1 Developing ways of working"
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
    QVector<MouClause> clauses; // every other section of both seeds, in seed order

    const ServiceStandard *standard(const QString &key) const;
    const Ccg *ccg(const QString &code) const;
    int activityCount() const;
    // Added lookups: nullptr when absent.
    const Agreement *agreement(const QString &key) const;
    const DelegatedFunction *function(const QString &numeral) const; // "I" .. "XII"
    const Activity *activity(const QString &key) const; // "X.11"
    // The agreement's panel of the given form (default: the Resolution Panel).
    const PanelRule *panelRule(const QString &agreementKey, const QString &form = kResolutionPanelForm) const;
    QVector<const MouClause *> clausesOf(const QString &agreementKey) const;
};

// Reading and writing the catalogue as JSON: core/catalogue/catalogue_json.h.

} // namespace hub
