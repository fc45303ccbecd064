#pragma once
// The Hub's letterhead: the name, address and contact details every letter of
// this office prints (core/cases/letter_parts.h). One synced row per office;
// until one is saved, letters carry the office's name alone.

#include "core/cases/letter_parts.h"
#include "core/common/record_meta.h"
#include "core/common/result.h"

#include <QVariantMap>

namespace hub::db
{

class OfficeFile;

struct StoredLetterhead {
    Letterhead letterhead;
    RecordMeta meta; // version 0: nothing saved yet
};

class LetterheadRepository
{
public:
    explicit LetterheadRepository(OfficeFile &file)
        : m_file(file)
    {
    }

    // This office's letterhead (the office name alone when none is saved).
    Result<StoredLetterhead> get() const;
    // Fields: hub_name, address, phone, email. expectedVersion 0 creates the
    // row (a Conflict when someone else created it first).
    Status save(std::int64_t expectedVersion, const QVariantMap &changes);

    static QVariantMap valuesOf(const Letterhead &letterhead);

private:
    OfficeFile &m_file;
};

QString letterheadId(const QString &officeCode);

} // namespace hub::db
