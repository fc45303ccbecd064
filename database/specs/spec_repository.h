#pragma once
// Per-CCG specifications of the determinable activities. A specification is
// created on first use from the seed's markers; once agreed it is locked
// until set back to draft.

#include "core/common/result.h"
#include "core/specification/ccg_specification.h"

#include <QHash>
#include <QVariantMap>

namespace hub::db
{

class OfficeFile;

class SpecRepository
{
public:
    explicit SpecRepository(OfficeFile &file)
        : m_file(file)
    {
    }

    // The CCG's specification under an agreement, created (as a draft with
    // the default determinations) if it does not exist yet.
    Result<CcgSpecification> loadOrCreate(
        const QString &ccgCode, const QString &agreementKey = QStringLiteral("west-midlands-hub"));

    // One activity's determination; refused when the spec is agreed or the item is stale.
    Status setDetermination(const CcgSpecification &spec, const QString &activityKey, Determination determination,
        const QString &note, std::int64_t expectedItemVersion);

    // Every stored specification under an agreement by CCG code (status and
    // sign-off; nothing is created), for the list of CCGs and their status.
    Result<QHash<QString, CcgSpecification>> stored(
        const QString &agreementKey = QStringLiteral("west-midlands-hub")) const;

    // Header fields: ccg_lead_name, ccg_lead_designation, ccg_lead_signed_on, director_name,
    // director_designation, director_signed_on, notes. Refused while the specification is agreed.
    Status updateHeader(const QString &specId, std::int64_t expectedVersion, const QVariantMap &changes);

    // Draft -> agreed only when agreementBlockers() is empty; agreed -> draft always.
    Status setStatus(const QString &ccgCode, SpecStatus status, std::int64_t expectedVersion,
        const QString &agreementKey = QStringLiteral("west-midlands-hub"));

private:
    OfficeFile &m_file;
};

} // namespace hub::db
