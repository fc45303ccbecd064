#include "core/cases/case_ownership.h"

namespace hub
{

namespace
{

QString fromDetermination(Determination d)
{
    switch (d) {
    case Determination::HubDelivers:
        return QString::fromLatin1(kOwnerHub);
    case Determination::CcgDelivers:
        return QString::fromLatin1(kOwnerCcg);
    case Determination::HubSupports:
        return QString::fromLatin1(kOwnerHubSupports);
    case Determination::Undetermined:
        break;
    }
    return QString::fromLatin1(kOwnerUndetermined);
}

} // namespace

QString caseOwner(const Catalogue &catalogue, const CcgSpecification *spec, const QString &activityKey)
{
    if (activityKey.isEmpty())
        return QString::fromLatin1(kOwnerHub);
    const Activity *a = catalogue.activity(activityKey);
    if (!a)
        return QString::fromLatin1(kOwnerUndetermined);
    if (a->needsDetermination()) {
        if (spec) {
            if (const SpecItem *item = spec->item(activityKey))
                return fromDetermination(item->determination);
        }
        return fromDetermination(defaultDetermination(*a));
    }
    switch (a->hubRole) {
    case HubRole::Core:
        return QString::fromLatin1(kOwnerHub);
    case HubRole::Support:
        return QString::fromLatin1(kOwnerHubSupports);
    case HubRole::Tbc:
        return QString::fromLatin1(kOwnerUndetermined);
    case HubRole::None:
        break;
    }
    return QString::fromLatin1(kOwnerCcg);
}

} // namespace hub
