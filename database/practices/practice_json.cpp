#include "database/practices/practice_json.h"

#include "core/catalogue/catalogue_json.h"

namespace hub::db {

#define S QStringLiteral

QJsonObject toJson(const StoredPractice &sp)
{
    const PracticeRecord &p = sp.practice;
    return QJsonObject{{S("odsCode"), p.odsCode}, {S("name"), p.name}, {S("ccgCode"), p.ccgCode},
                       {S("ccgName"), p.ccgName}, {S("contractType"), contractTypeCode(p.contractType)},
                       {S("registeredPatients"), p.registeredPatients}, {S("address"), p.address},
                       {S("postcode"), p.postcode}, {S("openDate"), isoDate(p.openDate)},
                       {S("closeDate"), isoDate(p.closeDate)}, {S("status"), p.status},
                       {S("dispensing"), p.isDispensing}, {S("version"), static_cast<qint64>(sp.meta.version)}};
}

#undef S

} // namespace hub::db
