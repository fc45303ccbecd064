#include "database/cases/letterhead_repository.h"

#include "core/common/uuid.h"
#include "database/office_file.h"
#include "database/records/record_store.h"
#include "database/sqlite/sql_error.h"
#include "database/sqlite/transaction.h"

namespace hub::db
{

using namespace Qt::StringLiterals;

namespace
{

const QString kTable = u"office_letterhead"_s;

Status checkChanges(const QVariantMap &changes)
{
    static const QStringList fields { u"hub_name"_s, u"address"_s, u"phone"_s, u"email"_s };
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (!fields.contains(it.key()))
            return makeError(ErrorCode::Invalid, u"'%1' is not part of the letterhead."_s.arg(it.key()));
        if (it.key() != u"address"_s && it.value().toString().contains(u'\n'))
            return makeError(ErrorCode::Invalid, u"The letterhead's %1 is one line."_s.arg(it.key()));
    }
    const QString email = changes.value(u"email"_s).toString().trimmed();
    if (!email.isEmpty() && (!email.contains(u'@') || email.contains(u' ')))
        return makeError(ErrorCode::Invalid, u"'%1' is not an email address."_s.arg(email));
    return {};
}

} // namespace

QString letterheadId(const QString &officeCode)
{
    return stableUuid(u"office-letterhead:"_s + officeCode);
}

QVariantMap LetterheadRepository::valuesOf(const Letterhead &l)
{
    return { { u"hub_name"_s, l.hubName }, { u"address"_s, l.address }, { u"phone"_s, l.phone },
        { u"email"_s, l.email } };
}

Result<StoredLetterhead> LetterheadRepository::get() const
{
    return guarded([&]() -> Result<StoredLetterhead> {
        StoredLetterhead out;
        out.letterhead.hubName = m_file.officeName();
        const QVariantMap row = RecordStore(m_file).current(kTable, letterheadId(m_file.officeCode()));
        if (row.isEmpty() || !row.value(u"deleted_at"_s).isNull())
            return out;
        if (const QString name = row.value(u"hub_name"_s).toString(); !name.trimmed().isEmpty())
            out.letterhead.hubName = name;
        out.letterhead.address = row.value(u"address"_s).toString();
        out.letterhead.phone = row.value(u"phone"_s).toString();
        out.letterhead.email = row.value(u"email"_s).toString();
        out.meta = { row.value(u"id"_s).toString(), row.value(u"row_version"_s).toLongLong(),
            row.value(u"updated_by"_s).toString(), row.value(u"updated_at"_s).toString() };
        return out;
    });
}

Status LetterheadRepository::save(std::int64_t expectedVersion, const QVariantMap &changes)
{
    if (const Status s = checkChanges(changes); !s.ok())
        return s;
    QVariantMap values;
    for (auto it = changes.begin(); it != changes.end(); ++it)
        values.insert(
            it.key(), it.key() == u"address"_s ? it.value().toString().trimmed() : it.value().toString().simplified());
    return guarded([&]() -> Status {
        WriteTransaction tx(m_file.connection());
        RecordStore store(m_file);
        const QString id = letterheadId(m_file.officeCode());
        const QVariantMap now = store.current(kTable, id);
        if (now.isEmpty()) {
            if (expectedVersion != 0)
                return makeError(ErrorCode::NotFound, u"The letterhead is no longer stored."_s);
            values.insert(u"office_code"_s, m_file.officeCode());
            store.insert(kTable, values, id);
        } else {
            store.update(kTable, id, expectedVersion, values);
        }
        tx.commit();
        return {};
    });
}

} // namespace hub::db
