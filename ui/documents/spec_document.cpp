#include "ui/documents/spec_document.h"

#include "core/specification/spec_wording.h"
#include "database/catalogue/catalogue_repository.h"
#include "database/office_file.h"
#include "database/specs/spec_repository.h"

namespace hub::ui
{

using namespace Qt::StringLiterals;

SpecDocument::SpecDocument(db::OfficeFile &file, QObject *parent)
    : OfficeDocument(file, QDate::currentDate(), parent)
    , m_repository(std::make_unique<db::SpecRepository>(file))
{
}

SpecDocument::~SpecDocument() = default;

Status SpecDocument::load(const QString &ccgCode)
{
    m_ccgCode = ccgCode;
    m_spec = {};
    Status status;
    Result<Catalogue> catalogue = db::CatalogueRepository(m_file).load();
    if (catalogue) {
        m_catalogue = std::move(catalogue).value();
        if (!ccgCode.isEmpty()) {
            Result<CcgSpecification> spec = m_repository->loadOrCreate(ccgCode);
            if (spec)
                m_spec = std::move(spec).value();
            else
                status = spec.error();
        }
    } else {
        m_catalogue = {};
        status = catalogue.error();
    }
    emit loaded();
    return status;
}

bool SpecDocument::isLocked() const
{
    return m_file.isReadOnly() || !hasSpec() || m_spec.status == SpecStatus::Agreed;
}

QString SpecDocument::lockReason() const
{
    if (!hasSpec())
        return {};
    if (m_spec.status == SpecStatus::Agreed)
        return specAgreedText(m_spec);
    if (m_file.isReadOnly())
        return tr("The office file is open read-only");
    return {};
}

QHash<QString, CcgSpecification> SpecDocument::storedSpecs()
{
    Result<QHash<QString, CcgSpecification>> stored = m_repository->stored();
    return stored ? stored.value() : QHash<QString, CcgSpecification> {};
}

QVariantMap SpecDocument::itemValues(Determination determination, const QString &note)
{
    return { { u"determination"_s, determinationCode(determination) }, { u"note"_s, note } };
}

QVariantMap SpecDocument::headerValues(const CcgSpecification &s)
{
    return { { u"ccg_lead_name"_s, s.ccgLeadName }, { u"ccg_lead_designation"_s, s.ccgLeadDesignation },
        { u"ccg_lead_signed_on"_s, s.ccgLeadSignedOn }, { u"director_name"_s, s.directorName },
        { u"director_designation"_s, s.directorDesignation }, { u"director_signed_on"_s, s.directorSignedOn },
        { u"notes"_s, s.notes } };
}

bool SpecDocument::showCcg(const QString &ccgCode)
{
    const Status s = load(ccgCode);
    if (!s.ok())
        emit failed(tr("Reading the specification"), s.error());
    return s.ok() && hasSpec();
}

std::optional<RecordState> SpecDocument::readFields(const QString &ccgCode)
{
    if (!showCcg(ccgCode))
        return std::nullopt;
    return RecordState { headerValues(m_spec), m_spec.meta };
}

std::optional<RecordState> SpecDocument::readItem(const QString &ccgCode, const QString &activityKey)
{
    if (!showCcg(ccgCode))
        return std::nullopt;
    const SpecItem *item = m_spec.item(activityKey);
    if (!item)
        return std::nullopt;
    return RecordState { itemValues(item->determination, item->note), item->meta };
}

WriteOutcome SpecDocument::write(
    const QString &ccgCode, std::int64_t expectedVersion, const VersionedWrite &versioned, const QString &action)
{
    const WriteOutcome outcome = writeGuarded(
        expectedVersion, versioned, [this](const Error &e) { return resolveConflict(e); },
        [this, action](const Error &e) { emit failed(action, e); });
    (void)showCcg(ccgCode); // undo and redo show the CCG they change
    return outcome;
}

bool SpecDocument::writeFields(const QString &ccgCode, const QVariantMap &values, std::int64_t expectedVersion)
{
    if (ccgCode != m_ccgCode && !showCcg(ccgCode))
        return false;
    const QString id = m_spec.meta.id;
    const WriteOutcome outcome = write(
        ccgCode, expectedVersion, [&](std::int64_t version) { return m_repository->updateHeader(id, version, values); },
        tr("Saving the sign-off"));
    if (outcome == WriteOutcome::KeptTheirs)
        emit keptTheirs(ccgCode, values);
    else if (outcome == WriteOutcome::Failed)
        emit notSaved(ccgCode, values);
    return outcome == WriteOutcome::Written;
}

bool SpecDocument::writeItem(
    const QString &ccgCode, const QString &activityKey, const QVariantMap &values, std::int64_t expectedVersion)
{
    if (ccgCode != m_ccgCode && !showCcg(ccgCode))
        return false;
    const CcgSpecification spec = m_spec;
    const Determination determination = determinationFromCode(values.value(u"determination"_s).toString());
    const QString note = values.value(u"note"_s).toString();
    const WriteOutcome outcome = write(
        ccgCode, expectedVersion,
        [&](std::int64_t version) {
            return m_repository->setDetermination(spec, activityKey, determination, note, version);
        },
        tr("Saving the determination"));
    if (outcome == WriteOutcome::KeptTheirs)
        emit keptTheirs(ccgCode, values);
    else if (outcome == WriteOutcome::Failed)
        emit notSaved(ccgCode, values);
    return outcome == WriteOutcome::Written;
}

WriteOutcome SpecDocument::setStatus(SpecStatus status)
{
    if (!hasSpec())
        return WriteOutcome::Failed;
    const QString code = m_ccgCode;
    std::optional<Error> refusal;
    const WriteOutcome outcome = writeGuarded(
        m_spec.meta.version, [&](std::int64_t version) { return m_repository->setStatus(code, status, version); },
        [this](const Error &e) { return resolveConflict(e); },
        [this, &refusal](const Error &e) {
            if (e.code == ErrorCode::Invalid)
                refusal = e;
            else
                emit failed(tr("Changing the specification's status"), e);
        });
    (void)showCcg(code);
    if (refusal) // after the re-read, which shows the specification as stored
        emit refused(*refusal);
    return outcome;
}

} // namespace hub::ui
