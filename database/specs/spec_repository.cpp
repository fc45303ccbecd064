#include "database/specs/spec_repository.h"

#include "core/common/uuid.h"
#include "database/catalogue/catalogue_repository.h"
#include "database/office_file.h"
#include "database/records/field_rules.h"
#include "database/records/record_store.h"
#include "database/sqlite/sql_error.h"
#include "database/sqlite/transaction.h"

namespace hub::db
{

using namespace Qt::StringLiterals;

namespace
{

QString specId(const QString &ccgCode, const QString &agreementKey)
{
    return stableUuid(u"ccg-spec:%1:%2"_s.arg(ccgCode, agreementKey));
}

QString itemId(const QString &ccgCode, const QString &agreementKey, const QString &activityKey)
{
    return stableUuid(u"ccg-spec-item:%1:%2:%3"_s.arg(ccgCode, agreementKey, activityKey));
}

CcgSpecification readSpec(const Connection &c, const QString &id)
{
    CcgSpecification s;
    Statement st
        = c.prepare(u"SELECT s.id,s.row_version,s.updated_by,s.updated_at, g.code,a.key,s.status,s.ccg_lead_name,"
                    "s.ccg_lead_designation,s.ccg_lead_signed_on,s.director_name,s.director_designation,"
                    "s.director_signed_on,s.notes FROM ccg_spec s JOIN ccg g ON g.id=s.ccg_id "
                    "JOIN agreement a ON a.id=s.agreement_id WHERE s.id=?1"_s);
    st.bind(1, id);
    if (!st.step())
        return s;
    s.meta = { st.text(0), st.int64(1), st.text(2), st.text(3) };
    s.ccgCode = st.text(4);
    s.agreementKey = st.text(5);
    s.status = st.text(6) == u"agreed"_s ? SpecStatus::Agreed : SpecStatus::Draft;
    s.ccgLeadName = st.text(7);
    s.ccgLeadDesignation = st.text(8);
    s.ccgLeadSignedOn = st.date(9);
    s.directorName = st.text(10);
    s.directorDesignation = st.text(11);
    s.directorSignedOn = st.date(12);
    s.notes = st.text(13);
    Statement it = c.prepare(u"SELECT i.id,i.row_version,i.updated_by,i.updated_at, a.key,i.determination,i.note "
                             "FROM ccg_spec_item i JOIN activity a ON a.id=i.activity_id "
                             "JOIN delegated_function f ON f.id=a.function_id "
                             "WHERE i.spec_id=?1 AND i.deleted_at IS NULL ORDER BY f.number, a.position"_s);
    it.bind(1, id);
    while (it.step()) {
        SpecItem item;
        item.meta = { it.text(0), it.int64(1), it.text(2), it.text(3) };
        item.activityKey = it.text(4);
        item.determination = determinationFromCode(it.text(5));
        item.note = it.text(6);
        s.items.append(item);
    }
    return s;
}

} // namespace

Result<CcgSpecification> SpecRepository::loadOrCreate(const QString &ccgCode, const QString &agreementKey)
{
    const Result<Catalogue> catalogue = CatalogueRepository(m_file).load();
    if (!catalogue)
        return catalogue.error();
    const Ccg *ccg = catalogue->ccg(ccgCode);
    if (!ccg)
        return makeError(ErrorCode::NotFound, u"No CCG with code '%1'."_s.arg(ccgCode));
    const Agreement *agreement = nullptr;
    for (const Agreement &a : catalogue->agreements) {
        if (a.key == agreementKey)
            agreement = &a;
    }
    if (!agreement)
        return makeError(ErrorCode::NotFound, u"No agreement '%1'."_s.arg(agreementKey));

    return guarded([&]() -> Result<CcgSpecification> {
        const QString id = specId(ccgCode, agreementKey);
        RecordStore store(m_file);
        const QVector<const Activity *> wanted = determinableActivities(catalogue.value());
        bool missing = store.current(u"ccg_spec"_s, id).isEmpty();
        for (const Activity *a : wanted)
            missing = missing || store.current(u"ccg_spec_item"_s, itemId(ccgCode, agreementKey, a->key)).isEmpty();
        if (missing && !m_file.isReadOnly()) {
            WriteTransaction tx(m_file.connection());
            if (store.current(u"ccg_spec"_s, id).isEmpty()) {
                QString director, designation;
                for (const Signatory &s : agreement->signatories) {
                    if (s.role == u"Locality Director"_s) {
                        director = s.name;
                        designation = s.designation;
                    }
                }
                store.insert(u"ccg_spec"_s,
                    { { u"ccg_id"_s, ccg->meta.id }, { u"agreement_id"_s, agreement->meta.id },
                        { u"status"_s, u"draft"_s }, { u"director_name"_s, director },
                        { u"director_designation"_s, designation } },
                    id);
            }
            for (const Activity *a : wanted) {
                const QString iid = itemId(ccgCode, agreementKey, a->key);
                if (store.current(u"ccg_spec_item"_s, iid).isEmpty())
                    store.insert(u"ccg_spec_item"_s,
                        { { u"spec_id"_s, id }, { u"activity_id"_s, a->meta.id },
                            { u"determination"_s, determinationCode(defaultDetermination(*a)) } },
                        iid);
            }
            tx.commit();
        }
        return readSpec(m_file.connection(), id);
    });
}

Status SpecRepository::setDetermination(const CcgSpecification &spec, const QString &activityKey,
    Determination determination, const QString &note, std::int64_t expectedItemVersion)
{
    return guarded([&]() -> Status {
        WriteTransaction tx(m_file.connection());
        RecordStore store(m_file);
        const QVariantMap header = store.current(u"ccg_spec"_s, spec.meta.id);
        if (header.value(u"status"_s).toString() == u"agreed"_s)
            return makeError(ErrorCode::Permission,
                u"The %1 specification is agreed and signed; set it back to draft before changing it."_s.arg(
                    spec.ccgCode));
        store.update(u"ccg_spec_item"_s, itemId(spec.ccgCode, spec.agreementKey, activityKey), expectedItemVersion,
            { { u"determination"_s, determinationCode(determination) }, { u"note"_s, note.trimmed() } });
        tx.commit();
        return {};
    });
}

Status SpecRepository::updateHeader(const QString &id, std::int64_t expectedVersion, const QVariantMap &changes)
{
    static const FieldRules rules { { u"ccg_lead_name"_s, FieldKind::Text },
        { u"ccg_lead_designation"_s, FieldKind::Text }, { u"ccg_lead_signed_on"_s, FieldKind::Date },
        { u"director_name"_s, FieldKind::Text }, { u"director_designation"_s, FieldKind::Text },
        { u"director_signed_on"_s, FieldKind::Date }, { u"notes"_s, FieldKind::Text } };
    return guarded([&]() -> Status {
        WriteTransaction tx(m_file.connection());
        const QVariantMap now = RecordStore(m_file).current(u"ccg_spec"_s, id);
        if (now.value(u"status"_s).toString() == u"agreed"_s)
            return makeError(ErrorCode::Permission,
                u"This specification is agreed and signed; set it back to draft before changing its sign-off."_s);
        if (const Status s = updateChecked(m_file, u"ccg_spec"_s, id, expectedVersion, changes, rules); !s.ok())
            return s;
        tx.commit();
        return {};
    });
}

Result<QHash<QString, CcgSpecification>> SpecRepository::stored(const QString &agreementKey) const
{
    return guarded([&]() -> Result<QHash<QString, CcgSpecification>> {
        QStringList ids;
        {
            Statement st
                = m_file.connection().prepare(u"SELECT s.id FROM ccg_spec s JOIN agreement a ON a.id=s.agreement_id "
                                              "WHERE a.key=?1 AND s.deleted_at IS NULL"_s);
            st.bind(1, agreementKey);
            while (st.step())
                ids << st.text(0);
        }
        QHash<QString, CcgSpecification> out;
        for (const QString &id : std::as_const(ids)) {
            CcgSpecification spec = readSpec(m_file.connection(), id);
            if (!spec.ccgCode.isEmpty())
                out.insert(spec.ccgCode, spec);
        }
        return out;
    });
}

Status SpecRepository::setStatus(
    const QString &ccgCode, SpecStatus status, std::int64_t expectedVersion, const QString &agreementKey)
{
    const Result<CcgSpecification> spec = loadOrCreate(ccgCode, agreementKey);
    if (!spec)
        return spec.error();
    if (status == SpecStatus::Agreed) {
        const QStringList blockers = agreementBlockers(spec.value());
        if (!blockers.isEmpty())
            return makeError(ErrorCode::Invalid,
                u"The %1 specification cannot be agreed yet: %2."_s.arg(ccgCode, blockers.join(u"; "_s)));
    }
    return guarded([&]() -> Status {
        WriteTransaction tx(m_file.connection());
        RecordStore(m_file).update(
            u"ccg_spec"_s, spec->meta.id, expectedVersion, { { u"status"_s, specStatusCode(status) } });
        tx.commit();
        return {};
    });
}

} // namespace hub::db
