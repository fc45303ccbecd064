#include "database/ccgs/ccg_repository.h"

#include "database/catalogue/catalogue_repository.h"
#include "database/office_file.h"
#include "database/records/field_rules.h"
#include "database/records/record_store.h"
#include "database/sqlite/sql_error.h"
#include "database/sqlite/transaction.h"

namespace hub::db
{

using namespace Qt::StringLiterals;

Result<QVector<Ccg>> CcgRepository::list() const
{
    const Result<Catalogue> c = CatalogueRepository(m_file).load();
    if (!c)
        return c.error();
    return c->ccgs;
}

Status CcgRepository::add(const NewCcg &typed)
{
    const Result<NewCcg> checked = validateNewCcg(typed);
    if (!checked)
        return checked.error();
    const NewCcg &ccg = checked.value();
    return guarded([&]() -> Status {
        WriteTransaction tx(m_file.connection());
        RecordStore store(m_file);
        const QVariantMap existing = store.current(u"ccg"_s, ccgId(ccg.code));
        if (!existing.isEmpty())
            return invalidCcgField(u"code"_s,
                u"There is already a CCG with code %1 (%2)."_s.arg(ccg.code, existing.value(u"name"_s).toString()));
        QVariantMap values;
        for (const CcgFieldInfo &f : ccgFields())
            values.insert(QString::fromLatin1(f.code), ccg.fields.value(QString::fromLatin1(f.code)).toString());
        values.insert(u"code"_s, ccg.code);
        store.insert(u"ccg"_s, values, ccgId(ccg.code));
        store.insert(u"ccg_level"_s,
            { { u"ccg_id"_s, ccgId(ccg.code) }, { u"level"_s, commissioningLevelCode(ccg.level) },
                { u"effective_from"_s, ccg.levelFrom }, { u"note"_s, QString() } });
        tx.commit();
        return {};
    });
}

Status CcgRepository::update(const QString &code, std::int64_t expectedVersion, const QVariantMap &changes)
{
    const Result<QVariantMap> checked = validateCcgEdit(changes);
    if (!checked)
        return checked.error();
    return guarded([&]() -> Status {
        WriteTransaction tx(m_file.connection());
        RecordStore store(m_file);
        if (store.current(u"ccg"_s, ccgId(code)).isEmpty())
            return makeError(ErrorCode::NotFound, u"No CCG with code '%1'."_s.arg(code));
        store.update(u"ccg"_s, ccgId(code), expectedVersion, checked.value());
        tx.commit();
        return {};
    });
}

Status CcgRepository::changeLevel(const QString &code, CommissioningLevel level, const QDate &from, const QString &note)
{
    if (!from.isValid())
        return makeError(ErrorCode::Invalid, u"A new commissioning level needs the date it takes effect."_s);
    return guarded([&]() -> Status {
        WriteTransaction tx(m_file.connection());
        RecordStore store(m_file);
        if (store.current(u"ccg"_s, ccgId(code)).isEmpty())
            return makeError(ErrorCode::NotFound, u"No CCG with code '%1'."_s.arg(code));
        Statement open = m_file.connection().prepare(
            u"SELECT id, row_version, effective_from FROM ccg_level WHERE ccg_id=?1 AND deleted_at IS NULL "
            "AND (effective_to IS NULL OR effective_to >= ?2)"_s);
        open.bind(1, ccgId(code)).bind(2, from);
        QVector<QPair<QString, qint64>> toClose;
        while (open.step()) {
            if (open.date(2).isValid() && open.date(2) >= from)
                return makeError(ErrorCode::Invalid,
                    u"%1 already has a level starting on or after %2."_s.arg(code, from.toString(u"dd/MM/yyyy"_s)));
            toClose.append({ open.text(0), open.int64(1) });
        }
        for (const auto &[id, version] : toClose)
            store.update(u"ccg_level"_s, id, version, { { u"effective_to"_s, from.addDays(-1) } });
        store.insert(u"ccg_level"_s,
            { { u"ccg_id"_s, ccgId(code) }, { u"level"_s, commissioningLevelCode(level) },
                { u"effective_from"_s, from }, { u"note"_s, note.trimmed() } });
        tx.commit();
        return {};
    });
}

} // namespace hub::db
