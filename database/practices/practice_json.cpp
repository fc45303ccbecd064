#include "database/practices/practice_json.h"

#include "core/catalogue/catalogue_json.h"

namespace hub::db
{

using namespace Qt::StringLiterals;

QJsonObject toJson(const StoredPractice &sp)
{
    const PracticeRecord &p = sp.practice;
    return QJsonObject { { u"odsCode"_s, p.odsCode }, { u"name"_s, p.name }, { u"ccgCode"_s, p.ccgCode },
        { u"ccgName"_s, p.ccgName }, { u"contractType"_s, contractTypeCode(p.contractType) },
        { u"registeredPatients"_s, p.registeredPatients }, { u"address"_s, p.address }, { u"postcode"_s, p.postcode },
        { u"openDate"_s, isoDate(p.openDate) }, { u"closeDate"_s, isoDate(p.closeDate) }, { u"status"_s, p.status },
        { u"dispensing"_s, p.isDispensing }, { u"version"_s, static_cast<qint64>(sp.meta.version) } };
}

} // namespace hub::db
