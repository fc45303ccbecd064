#include "core/specification/ccg_specification.h"

namespace hub
{

QString determinationCode(Determination d)
{
    switch (d) {
    case Determination::HubDelivers:
        return QStringLiteral("hub-delivers");
    case Determination::CcgDelivers:
        return QStringLiteral("ccg-delivers");
    case Determination::HubSupports:
        return QStringLiteral("hub-supports");
    case Determination::Undetermined:
        break;
    }
    return {};
}

QString determinationName(Determination d)
{
    switch (d) {
    case Determination::HubDelivers:
        return QStringLiteral("Hub delivers");
    case Determination::CcgDelivers:
        return QStringLiteral("CCG delivers");
    case Determination::HubSupports:
        return QStringLiteral("Hub supports CCG");
    case Determination::Undetermined:
        break;
    }
    return QStringLiteral("To be determined");
}

Determination determinationFromCode(const QString &code)
{
    for (Determination d : { Determination::HubDelivers, Determination::CcgDelivers, Determination::HubSupports }) {
        if (determinationCode(d) == code)
            return d;
    }
    return Determination::Undetermined;
}

QString specStatusCode(SpecStatus s)
{
    return s == SpecStatus::Agreed ? QStringLiteral("agreed") : QStringLiteral("draft");
}

QString specStatusName(SpecStatus s)
{
    return s == SpecStatus::Agreed ? QStringLiteral("Agreed") : QStringLiteral("Draft");
}

const SpecItem *CcgSpecification::item(const QString &activityKey) const
{
    for (const SpecItem &i : items) {
        if (i.activityKey == activityKey)
            return &i;
    }
    return nullptr;
}

int CcgSpecification::undeterminedCount() const
{
    int n = 0;
    for (const SpecItem &i : items)
        n += i.determination == Determination::Undetermined ? 1 : 0;
    return n;
}

QVector<const Activity *> determinableActivities(const Catalogue &catalogue)
{
    QVector<const Activity *> out;
    for (const DelegatedFunction &f : catalogue.functions) {
        for (const Activity &a : f.activities) {
            if (a.needsDetermination())
                out.append(&a);
        }
    }
    return out;
}

Determination defaultDetermination(const Activity &a)
{
    if (a.hubRole == HubRole::Tbc)
        return Determination::Undetermined;
    if (a.ccgRole && a.hubRole == HubRole::Support)
        return Determination::HubSupports;
    if (a.ccgRole && a.hubRole == HubRole::Core)
        return Determination::HubDelivers;
    return Determination::Undetermined;
}

QStringList agreementBlockers(const CcgSpecification &spec)
{
    QStringList out;
    if (const int n = spec.undeterminedCount())
        out << QStringLiteral("%1 activit%2 still to be determined")
                   .arg(n)
                   .arg(n == 1 ? QStringLiteral("y is") : QStringLiteral("ies are"));
    if (spec.ccgLeadName.trimmed().isEmpty())
        out << QStringLiteral("the CCG lead's name is missing");
    if (!spec.ccgLeadSignedOn.isValid())
        out << QStringLiteral("the CCG lead's signature date is missing");
    if (spec.directorName.trimmed().isEmpty())
        out << QStringLiteral("the Locality Director's name is missing");
    if (!spec.directorSignedOn.isValid())
        out << QStringLiteral("the Locality Director's signature date is missing");
    return out;
}

} // namespace hub
