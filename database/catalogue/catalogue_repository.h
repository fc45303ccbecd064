#pragma once
// The MoU register in the office file: seeding from the built-in catalogue,
// reading it back (with record versions), and the edits the register allows.

#include "core/catalogue/catalogue.h"
#include "core/common/result.h"

#include <QVariantMap>

namespace hub::db
{

class OfficeFile;

// One field of an activity changed by an edit (migration 7's activity_change).
struct ActivityChange {
    QString field; // text, subgroup, ccg_role, hub_role, hub_qualifier
    QString oldValue; // as stored: ccg_role "1"/"0", hub_role "CORE"...
    QString newValue;
    QString by; // the operating-system user who saved it
    QString atUtc; // ISO-8601 UTC
};

class CatalogueRepository
{
public:
    explicit CatalogueRepository(OfficeFile &file)
        : m_file(file)
    {
    }

    // Loads the shipped catalogue into the file; idempotent (stable keys).
    Status seedBuiltIn();
    Status seed(const Catalogue &catalogue);

    Result<Catalogue> load() const;

    // Edits, each refused with Conflict when expectedVersion is stale.
    // Allowed fields: text, subgroup, ccg_role, hub_role, hub_qualifier. Each
    // field that changes is recorded in the activity's history, in the same transaction.
    Status updateActivity(const QString &id, std::int64_t expectedVersion, const QVariantMap &changes);
    // The activity's recorded changes, newest first (empty: as first agreed).
    Result<QVector<ActivityChange>> activityHistory(const QString &activityKey) const;
    // Allowed fields: title, version, published_on, updated_on, period_start, period_end,
    // extension_agree_by, notice_months, service_start.
    Status updateAgreement(const QString &id, std::int64_t expectedVersion, const QVariantMap &changes);
    Status updateSignatory(const QString &id, std::int64_t expectedVersion, const QVariantMap &changes);

private:
    OfficeFile &m_file;
};

// Stable keys shared by every office for catalogue rows.
QString agreementId(const QString &key);
QString activityId(const QString &key);
QString ccgId(const QString &code);
QString escalationStageId(const QString &agreementKey, int level);
QString panelFormId(const QString &agreementKey, const QString &form);
QString panelSeatId(const QString &agreementKey, const QString &form, int position);
QString clauseId(const QString &agreementKey, const QString &key);
QString clauseBlockId(const QString &agreementKey, const QString &key, int position);

} // namespace hub::db
