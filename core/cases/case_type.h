#pragma once
// The kinds of work the Hub handles (from the seeds), each tied to the MoU
// service standard whose clocks apply and to the delegated-function activity
// it falls under, which decides who owns it under a CCG's specification.

#include <QString>
#include <QStringList>
#include <QVector>

namespace hub
{

enum class CaseType {
    ProviderQuery,
    InformationRequest,
    PaymentQuery,
    VariationRoutine,
    VariationNonRoutine,
    RemedialBreachNotice,
    PracticeMerger,
    NewPractice,
    PracticeClosure,
    PremisesRentReview,
    PremisesImprovementGrant,
    PremisesS106,
    PerformanceConcern,
    SchemeAdministration,
    MouConcern,
};

struct CaseTypeInfo {
    CaseType type;
    const char *code; // stable, stored: "provider-query"
    const char *name; // shown: "Provider query"
    const char *standardKey; // catalogue service standard: "queries"
    const char *activityKey; // default delegated-function activity, "" when none applies
};

const QVector<CaseTypeInfo> &caseTypes();
const CaseTypeInfo &caseTypeInfo(CaseType type);
QString caseTypeCode(CaseType type);
QString caseTypeName(CaseType type);
bool caseTypeFromCode(const QString &code, CaseType *out);
QStringList caseTypeCodes();
// What a list shows for a stored code: the name, or "Unknown (code)" for a
// type a newer Hubcase may have added, so readers never fail on one.
QString caseTypeLabel(const QString &code);
// "Unknown (code)": the one wording for any stored code this version does not know.
QString unknownCodeLabel(const QString &code);

} // namespace hub
