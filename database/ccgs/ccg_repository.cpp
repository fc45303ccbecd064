#include "database/ccgs/ccg_repository.h"

#include "database/office_file.h"
#include "database/catalogue/catalogue_repository.h"
#include "database/records/field_rules.h"
#include "database/records/record_store.h"
#include "database/sqlite/sql_error.h"
#include "database/sqlite/transaction.h"

namespace hub::db {

#define S QStringLiteral

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
        const QVariantMap existing = store.current(S("ccg"), ccgId(ccg.code));
        if (!existing.isEmpty())
            return invalidCcgField(S("code"), S("There is already a CCG with code %1 (%2).")
                                                  .arg(ccg.code, existing.value(S("name")).toString()));
        QVariantMap values;
        for (const CcgFieldInfo &f : ccgFields())
            values.insert(QString::fromLatin1(f.code), ccg.fields.value(QString::fromLatin1(f.code)).toString());
        values.insert(S("code"), ccg.code);
        store.insert(S("ccg"), values, ccgId(ccg.code));
        store.insert(S("ccg_level"), {{S("ccg_id"), ccgId(ccg.code)}, {S("level"), commissioningLevelCode(ccg.level)},
                                      {S("effective_from"), ccg.levelFrom}, {S("note"), QString()}});
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
        if (store.current(S("ccg"), ccgId(code)).isEmpty())
            return makeError(ErrorCode::NotFound, S("No CCG with code '%1'.").arg(code));
        store.update(S("ccg"), ccgId(code), expectedVersion, checked.value());
        tx.commit();
        return {};
    });
}

Status CcgRepository::changeLevel(const QString &code, CommissioningLevel level, const QDate &from, const QString &note)
{
    if (!from.isValid())
        return makeError(ErrorCode::Invalid, S("A new commissioning level needs the date it takes effect."));
    return guarded([&]() -> Status {
        WriteTransaction tx(m_file.connection());
        RecordStore store(m_file);
        if (store.current(S("ccg"), ccgId(code)).isEmpty())
            return makeError(ErrorCode::NotFound, S("No CCG with code '%1'.").arg(code));
        Statement open = m_file.connection().prepare(
            S("SELECT id, row_version, effective_from FROM ccg_level WHERE ccg_id=?1 AND deleted_at IS NULL "
              "AND (effective_to IS NULL OR effective_to >= ?2)"));
        open.bind(1, ccgId(code)).bind(2, from);
        QVector<QPair<QString, qint64>> toClose;
        while (open.step()) {
            if (open.date(2).isValid() && open.date(2) >= from)
                return makeError(ErrorCode::Invalid, S("%1 already has a level starting on or after %2.")
                                                         .arg(code, from.toString(S("dd/MM/yyyy"))));
            toClose.append({open.text(0), open.int64(1)});
        }
        for (const auto &[id, version] : toClose)
            store.update(S("ccg_level"), id, version, {{S("effective_to"), from.addDays(-1)}});
        store.insert(S("ccg_level"), {{S("ccg_id"), ccgId(code)}, {S("level"), commissioningLevelCode(level)},
                                      {S("effective_from"), from}, {S("note"), note.trimmed()}});
        tx.commit();
        return {};
    });
}

#undef S

} // namespace hub::db
