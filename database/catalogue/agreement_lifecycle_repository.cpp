#include "database/catalogue/agreement_lifecycle_repository.h"

#include "core/catalogue/agreement_lifecycle.h"
#include "database/catalogue/catalogue_repository.h"
#include "database/office_file.h"
#include "database/records/record_store.h"
#include "database/sqlite/sql_error.h"
#include "database/sqlite/transaction.h"

namespace hub::db
{

using namespace Qt::StringLiterals;

Result<Agreement> AgreementLifecycleRepository::agreement(const QString &agreementKey) const
{
    const Result<Catalogue> cat = CatalogueRepository(m_file).load();
    if (!cat)
        return cat.error();
    const Agreement *a = cat->agreement(agreementKey);
    if (!a) {
        QStringList keys;
        for (const Agreement &x : cat->agreements)
            keys << x.key;
        return makeError(ErrorCode::NotFound,
            u"No agreement '%1' in this office file; the agreements are %2."_s.arg(agreementKey, keys.join(u", "_s)));
    }
    return *a;
}

Result<QString> AgreementLifecycleRepository::write(
    const Agreement &a, std::int64_t expectedVersion, const QString &table, const QVariantMap &values)
{
    return guarded([&]() -> Result<QString> {
        WriteTransaction tx(m_file.connection());
        RecordStore store(m_file);
        // Moving the agreement's version makes a second recorder's stale read a Conflict.
        store.update(u"agreement"_s, a.meta.id, expectedVersion < 0 ? a.meta.version : expectedVersion,
            { { u"notice_months"_s, a.noticeMonths } });
        QVariantMap row = values;
        row.insert(u"agreement_id"_s, a.meta.id);
        const QString id = store.insert(table, row);
        tx.commit();
        return id;
    });
}

Result<QString> AgreementLifecycleRepository::recordExtension(const QString &agreementKey, const QDate &agreedOn,
    const QDate &newEnd, const QString &by, const QString &note, std::int64_t expectedVersion)
{
    const Result<Agreement> a = agreement(agreementKey);
    if (!a)
        return a.error();
    if (const Status ok = checkExtension(a.value(), agreedOn, newEnd, by); !ok)
        return ok.error();
    return write(a.value(), expectedVersion, u"agreement_event"_s,
        { { u"kind"_s, u"extension"_s }, { u"on_date"_s, agreedOn }, { u"by_whom"_s, by.trimmed() },
            { u"new_end"_s, newEnd }, { u"note"_s, note.trimmed() } });
}

Result<QString> AgreementLifecycleRepository::recordNotice(const QString &agreementKey, const QString &party,
    const QDate &givenOn, const QString &by, const QString &note, std::int64_t expectedVersion)
{
    const Result<Agreement> a = agreement(agreementKey);
    if (!a)
        return a.error();
    if (const Status ok = checkNotice(a.value(), party, givenOn); !ok)
        return ok.error();
    QString partyName = party.trimmed();
    for (const Party &p : a->parties) {
        if (p.name.compare(partyName, Qt::CaseInsensitive) == 0)
            partyName = p.name; // as the agreement spells it
    }
    return write(a.value(), expectedVersion, u"agreement_event"_s,
        { { u"kind"_s, u"notice"_s }, { u"on_date"_s, givenOn }, { u"party"_s, partyName },
            { u"by_whom"_s, by.trimmed() }, { u"new_end"_s, noticeEffectiveEnd(a.value(), givenOn) },
            { u"note"_s, note.trimmed() } });
}

Result<QString> AgreementLifecycleRepository::addConfirmation(
    const QString &agreementKey, const AgreementConfirmation &c, std::int64_t expectedVersion)
{
    const Result<Agreement> a = agreement(agreementKey);
    if (!a)
        return a.error();
    if (const Status ok = checkConfirmation(a.value(), c); !ok)
        return ok.error();
    return write(a.value(), expectedVersion, u"agreement_confirmation"_s,
        { { u"party"_s, c.party.trimmed() }, { u"confirmed_on"_s, c.confirmedOn },
            { u"confirmed_by"_s, c.confirmedBy.trimmed() }, { u"document"_s, c.document.trimmed() } });
}

Status AgreementLifecycleRepository::remove(const QString &table, const QString &id)
{
    if (table != u"agreement_event"_s && table != u"agreement_confirmation"_s)
        return makeError(ErrorCode::Invalid, u"Only an extension, notice or confirmation can be taken back."_s);
    return guarded([&]() -> Status {
        WriteTransaction tx(m_file.connection());
        RecordStore store(m_file);
        const QVariantMap row = store.current(table, id);
        if (row.isEmpty() || !row.value(u"deleted_at"_s).isNull())
            return makeError(ErrorCode::NotFound, u"That record is no longer in the office file."_s);
        store.tombstone(table, id, row.value(u"row_version"_s).toLongLong());
        tx.commit();
        return {};
    });
}

} // namespace hub::db
