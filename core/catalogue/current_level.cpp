#include "core/catalogue/current_level.h"

#include "core/common/format.h"

namespace hub
{

using namespace Qt::StringLiterals;

const CommissioningPeriod *levelOn(const Ccg &ccg, const QDate &asOf)
{
    for (const CommissioningPeriod &p : ccg.levels) {
        const bool started = !p.effectiveFrom.isValid() || p.effectiveFrom <= asOf;
        const bool notEnded = !p.effectiveTo.isValid() || asOf <= p.effectiveTo;
        if (started && notEnded)
            return &p;
    }
    return nullptr;
}

const CommissioningPeriod *lastEndedLevel(const Ccg &ccg, const QDate &asOf)
{
    const CommissioningPeriod *last = nullptr;
    for (const CommissioningPeriod &p : ccg.levels) {
        if (p.effectiveTo.isValid() && p.effectiveTo < asOf && (!last || last->effectiveTo < p.effectiveTo))
            last = &p;
    }
    return last;
}

QString currentLevelText(const Ccg &ccg, const QDate &asOf)
{
    if (const CommissioningPeriod *p = levelOn(ccg, asOf))
        return commissioningLevelName(p->level);
    if (const CommissioningPeriod *ended = lastEndedLevel(ccg, asOf))
        return u"No level recorded after %1"_s.arg(formatDate(ended->effectiveTo));
    return u"No level recorded"_s;
}

} // namespace hub
