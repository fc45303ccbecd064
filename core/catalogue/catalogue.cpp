#include "core/catalogue/catalogue.h"

#include <array>

namespace hub
{

// ---------------------------------------------------------------- roles

QString hubRoleCode(HubRole role)
{
    switch (role) {
    case HubRole::None:
        return QString();
    case HubRole::Core:
        return QStringLiteral("CORE");
    case HubRole::Tbc:
        return QStringLiteral("TBC");
    case HubRole::Support:
        return QStringLiteral("SUPPORT");
    }
    return QString();
}

HubRole hubRoleFromCode(const QString &code)
{
    const QString c = code.trimmed();
    if (c.compare(QStringLiteral("CORE"), Qt::CaseInsensitive) == 0)
        return HubRole::Core;
    if (c.compare(QStringLiteral("TBC"), Qt::CaseInsensitive) == 0)
        return HubRole::Tbc;
    if (c.compare(QStringLiteral("SUPPORT"), Qt::CaseInsensitive) == 0)
        return HubRole::Support;
    return HubRole::None;
}

QString Activity::hubMarker() const
{
    const QString code = hubRoleCode(hubRole);
    if (code.isEmpty() || hubQualifier.isEmpty())
        return code;
    return QStringLiteral("%1 (%2)").arg(code, hubQualifier);
}

bool Activity::needsDetermination() const
{
    return hubRole == HubRole::Tbc || (ccgRole && hubRole != HubRole::None);
}

// ---------------------------------------------------------------- levels

namespace
{

struct LevelInfo {
    CommissioningLevel level;
    const char *code;
    const char *name;
};

constexpr std::array<LevelInfo, 4> kLevels { {
    { CommissioningLevel::GreaterCollaboration, "greater-collaboration", "Greater collaboration" },
    { CommissioningLevel::JointCommissioning, "joint-commissioning", "Joint commissioning" },
    { CommissioningLevel::JointDelegation, "joint-delegation", "Joint delegation" },
    { CommissioningLevel::FullyDelegated, "fully-delegated", "Fully delegated" },
} };

const LevelInfo *levelInfo(CommissioningLevel level)
{
    for (const LevelInfo &info : kLevels) {
        if (info.level == level)
            return &info;
    }
    return nullptr;
}

} // namespace

QString commissioningLevelCode(CommissioningLevel level)
{
    const LevelInfo *info = levelInfo(level);
    return info ? QString::fromLatin1(info->code) : QString();
}

QString commissioningLevelName(CommissioningLevel level)
{
    const LevelInfo *info = levelInfo(level);
    return info ? QString::fromLatin1(info->name) : QString();
}

bool commissioningLevelFromCode(const QString &code, CommissioningLevel *out)
{
    const QString c = code.trimmed();
    for (const LevelInfo &info : kLevels) {
        if (c.compare(QLatin1String(info.code), Qt::CaseInsensitive) == 0) {
            if (out)
                *out = info.level;
            return true;
        }
    }
    return false;
}

// ---------------------------------------------------------------- lookups

const ServiceStandard *Catalogue::standard(const QString &key) const
{
    for (const ServiceStandard &s : standards) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

const Ccg *Catalogue::ccg(const QString &code) const
{
    for (const Ccg &c : ccgs) {
        if (c.code.compare(code, Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

int Catalogue::activityCount() const
{
    int count = 0;
    for (const DelegatedFunction &f : functions)
        count += int(f.activities.size());
    return count;
}

const Agreement *Catalogue::agreement(const QString &key) const
{
    for (const Agreement &a : agreements) {
        if (a.key == key)
            return &a;
    }
    return nullptr;
}

const DelegatedFunction *Catalogue::function(const QString &numeral) const
{
    for (const DelegatedFunction &f : functions) {
        if (f.numeral == numeral)
            return &f;
    }
    return nullptr;
}

const Activity *Catalogue::activity(const QString &key) const
{
    for (const DelegatedFunction &f : functions) {
        for (const Activity &a : f.activities) {
            if (a.key == key)
                return &a;
        }
    }
    return nullptr;
}

const PanelRule *Catalogue::panelRule(const QString &agreementKey, const QString &form) const
{
    for (const PanelRule &r : panelRules) {
        if (r.agreementKey == agreementKey && r.form == form)
            return &r;
    }
    return nullptr;
}

QVector<const MouClause *> Catalogue::clausesOf(const QString &agreementKey) const
{
    QVector<const MouClause *> out;
    for (const MouClause &c : clauses) {
        if (c.agreementKey == agreementKey)
            out.append(&c);
    }
    return out;
}

QString MouClause::heading() const
{
    return number.isEmpty() ? title : number + QLatin1Char(' ') + title;
}

} // namespace hub
