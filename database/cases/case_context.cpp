#include "database/cases/case_context.h"

#include "core/cases/case_ownership.h"
#include "database/catalogue/catalogue_repository.h"
#include "database/office_file.h"
#include "database/specs/spec_repository.h"
#include "database/sqlite/connection.h"

namespace hub::db
{

using namespace Qt::StringLiterals;

QHash<QString, ServiceStandard> readStandards(const Connection &connection)
{
    QHash<QString, ServiceStandard> out;
    Statement st = connection.prepare(
        u"SELECT s.key, s.number, s.name, s.text, s.acknowledge_days, s.response_days, x.code, x.text "
        "FROM service_standard s LEFT JOIN standard_exclusion x ON x.standard_id = s.id AND x.deleted_at IS NULL "
        "WHERE s.deleted_at IS NULL ORDER BY s.number, x.position"_s);
    while (st.step()) {
        const QString key = st.text(0);
        ServiceStandard &s = out[key];
        if (s.key.isEmpty()) {
            s.key = key;
            s.number = st.integer(1);
            s.name = st.text(2);
            s.text = st.text(3);
            s.acknowledgeWorkingDays = st.integer(4);
            s.responseWorkingDays = st.integer(5);
        }
        if (!st.isNull(6))
            s.exclusions.append(Exclusion { st.text(6), st.text(7) });
    }
    return out;
}

Result<QString> ownerFor(OfficeFile &file, const QString &ccgCode, const QString &activityKey)
{
    if (activityKey.isEmpty())
        return QString::fromLatin1(kOwnerHub);
    const auto catalogue = CatalogueRepository(file).load();
    if (!catalogue)
        return catalogue.error();
    if (!catalogue->activity(activityKey))
        return makeError(ErrorCode::Invalid, u"There is no activity '%1' in the MoU register."_s.arg(activityKey));
    const auto spec = SpecRepository(file).loadOrCreate(ccgCode);
    if (!spec)
        return spec.error();
    return caseOwner(catalogue.value(), &spec.value(), activityKey);
}

} // namespace hub::db
