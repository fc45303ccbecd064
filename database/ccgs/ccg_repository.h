#pragma once
// CCG records: adding one, its name and named leads, and the
// co-commissioning level history. Every field is checked by core/catalogue/ccg_fields.h.

#include "core/catalogue/catalogue.h"
#include "core/catalogue/ccg_fields.h"
#include "core/common/result.h"

#include <QVariantMap>

namespace hub::db
{

class OfficeFile;

class CcgRepository
{
public:
    explicit CcgRepository(OfficeFile &file)
        : m_file(file)
    {
    }

    Result<QVector<Ccg>> list() const;
    // Adds a CCG (stable id from its code, so two offices adding 05X hold one
    // record) with its first co-commissioning level. Refused, naming the field,
    // when a value is bad or the code is taken; nothing is written then.
    Status add(const NewCcg &ccg);
    // Fields: ccgFieldCodes() (name, short_name, locality, hub_contracting_lead, hub_finance_lead, ccg_lead).
    Status update(const QString &code, std::int64_t expectedVersion, const QVariantMap &changes);
    // Starts a new level from `from`, closing the open period the day before.
    Status changeLevel(const QString &code, CommissioningLevel level, const QDate &from, const QString &note);

private:
    OfficeFile &m_file;
};

// The level in force on a date: hub::levelOn (core/catalogue/current_level.h).

} // namespace hub::db
