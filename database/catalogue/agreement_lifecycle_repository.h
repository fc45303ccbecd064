#pragma once
// Recording an agreement's life after signing: extensions agreed, notices of
// withdrawal given, written confirmations. Each is checked by
// core/catalogue/agreement_lifecycle.h first and written in one transaction
// that also moves the agreement's version, so two people recording at once
// are told (Conflict) rather than both written.

#include "core/catalogue/catalogue.h"
#include "core/common/result.h"

namespace hub::db
{

class OfficeFile;

class AgreementLifecycleRepository
{
public:
    explicit AgreementLifecycleRepository(OfficeFile &file)
        : m_file(file)
    {
    }

    // Each returns the new record's id. expectedVersion: the agreement's version as read (-1: the current one).
    Result<QString> recordExtension(const QString &agreementKey, const QDate &agreedOn, const QDate &newEnd,
        const QString &by, const QString &note, std::int64_t expectedVersion = -1);
    Result<QString> recordNotice(const QString &agreementKey, const QString &party, const QDate &givenOn,
        const QString &by, const QString &note, std::int64_t expectedVersion = -1);
    Result<QString> addConfirmation(
        const QString &agreementKey, const AgreementConfirmation &confirmation, std::int64_t expectedVersion = -1);
    // Takes back a recorded extension, notice or confirmation (undo); table is
    // "agreement_event" or "agreement_confirmation".
    Status remove(const QString &table, const QString &id);

    // The agreement as the office file holds it, with its history.
    Result<Agreement> agreement(const QString &agreementKey) const;

private:
    Result<QString> write(
        const Agreement &a, std::int64_t expectedVersion, const QString &table, const QVariantMap &values);

    OfficeFile &m_file;
};

} // namespace hub::db
