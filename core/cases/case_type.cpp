#include "core/cases/case_type.h"

namespace hub
{

// Standard choice: anything a practice or CCG asks the Hub and waits on is a
// query (acknowledge in 5, respond or update in 20); data requests follow the
// Data and Information standard; work that ends in a committee paper or a
// formal notice follows the Reports standard, which sets no working-day clock.
const QVector<CaseTypeInfo> &caseTypes()
{
    static const QVector<CaseTypeInfo> list = {
        { CaseType::ProviderQuery, "provider-query", "Provider query", "queries", "XII.5" },
        { CaseType::InformationRequest, "information-request", "Information / data request", "data-information",
            "VII.2" },
        // Payment queries are queries about the finance service; the finance
        // schedule is not a delegated-function activity, so no activity key.
        { CaseType::PaymentQuery, "payment-query", "Payment query", "queries", "" },
        { CaseType::VariationRoutine, "variation-routine", "Contract variation (routine)", "queries", "XII.1" },
        { CaseType::VariationNonRoutine, "variation-non-routine", "Contract variation (non-routine)", "queries",
            "XII.2" },
        { CaseType::RemedialBreachNotice, "remedial-breach-notice", "Remedial or breach notice", "reports", "XII.4" },
        { CaseType::PracticeMerger, "practice-merger", "Practice merger", "reports", "V.1" },
        { CaseType::NewPractice, "new-practice", "New practice", "reports", "III.1" },
        { CaseType::PracticeClosure, "practice-closure", "Practice closure / list dispersal", "reports", "III.3" },
        { CaseType::PremisesRentReview, "premises-rent-review", "Premises: rent review", "queries", "X.11" },
        { CaseType::PremisesImprovementGrant, "premises-improvement-grant", "Premises: improvement grant", "queries",
            "X.2" },
        { CaseType::PremisesS106, "premises-s106", "Premises: S106 / planning", "queries", "X.17" },
        { CaseType::PerformanceConcern, "performance-concern", "Performance concern (practice of concern)", "reports",
            "VIII.4" },
        { CaseType::SchemeAdministration, "scheme-administration", "DES / local scheme administration", "queries",
            "I.6" },
        // A CCG's concern that the Hub is not delivering the MoU: the Hub
        // answers it as a query before the escalation stages take over.
        { CaseType::MouConcern, "mou-concern", "MoU concern / failure to perform", "queries", "" },
    };
    return list;
}

const CaseTypeInfo &caseTypeInfo(CaseType type)
{
    for (const CaseTypeInfo &i : caseTypes()) {
        if (i.type == type)
            return i;
    }
    return caseTypes().first();
}

QString caseTypeCode(CaseType type)
{
    return QString::fromLatin1(caseTypeInfo(type).code);
}
QString caseTypeName(CaseType type)
{
    return QString::fromUtf8(caseTypeInfo(type).name);
}

bool caseTypeFromCode(const QString &code, CaseType *out)
{
    for (const CaseTypeInfo &i : caseTypes()) {
        if (code == QLatin1String(i.code)) {
            *out = i.type;
            return true;
        }
    }
    return false;
}

QStringList caseTypeCodes()
{
    QStringList codes;
    for (const CaseTypeInfo &i : caseTypes())
        codes << QString::fromLatin1(i.code);
    return codes;
}

QString unknownCodeLabel(const QString &code)
{
    return QStringLiteral("Unknown (%1)").arg(code);
}

QString caseTypeLabel(const QString &code)
{
    CaseType t;
    return caseTypeFromCode(code, &t) ? caseTypeName(t) : unknownCodeLabel(code);
}

} // namespace hub
