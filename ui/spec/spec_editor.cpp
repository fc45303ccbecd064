// Specification document: loading and conflict-checked writes.
#include "ui/spec/spec_editor.h"

#include "database/office_file.h"
#include "database/catalogue/catalogue_repository.h"
#include "database/specs/spec_repository.h"

namespace hub::ui
{

#define S QStringLiteral

SpecEditor::SpecEditor(ConflictResolver resolve, ErrorHandler onError, QObject *parent)
    : QObject(parent)
    , m_resolve(std::move(resolve))
    , m_onError(std::move(onError))
{
}

void SpecEditor::setOfficeFile(db::OfficeFile *file)
{
    m_file = file;
    m_ccgCode.clear();
    m_catalogue = {};
    m_spec = {};
}

Status SpecEditor::load(const QString &ccgCode)
{
    m_ccgCode = ccgCode;
    m_spec = {};
    Status status;
    if (m_file) {
        Result<Catalogue> catalogue = db::CatalogueRepository(*m_file).load();
        if (catalogue) {
            m_catalogue = std::move(catalogue).value();
            if (!ccgCode.isEmpty()) {
                Result<CcgSpecification> spec = db::SpecRepository(*m_file).loadOrCreate(ccgCode);
                if (spec)
                    m_spec = std::move(spec).value();
                else
                    status = spec.error();
            }
        } else {
            status = catalogue.error();
        }
    } else {
        m_catalogue = {};
    }
    emit loaded();
    return status;
}

bool SpecEditor::isLocked() const
{
    return !m_file || m_file->isReadOnly() || !hasSpec() || m_spec.status == SpecStatus::Agreed;
}

bool SpecEditor::ensureLoaded(const QString &ccgCode)
{
    const Status s = load(ccgCode);
    if (!s.ok() && m_onError)
        m_onError(s.error());
    return s.ok() && hasSpec();
}

QVariantMap SpecEditor::itemValues(Determination determination, const QString &note)
{
    return { { S("determination"), determinationCode(determination) }, { S("note"), note } };
}

QVariantMap SpecEditor::headerValues(const CcgSpecification &s)
{
    return { { S("ccg_lead_name"), s.ccgLeadName }, { S("ccg_lead_designation"), s.ccgLeadDesignation },
        { S("ccg_lead_signed_on"), s.ccgLeadSignedOn }, { S("director_name"), s.directorName },
        { S("director_designation"), s.directorDesignation }, { S("director_signed_on"), s.directorSignedOn },
        { S("notes"), s.notes } };
}

std::optional<RecordState> SpecEditor::readItem(const QString &ccgCode, const QString &activityKey)
{
    if (!ensureLoaded(ccgCode))
        return std::nullopt;
    const SpecItem *item = m_spec.item(activityKey);
    if (!item)
        return std::nullopt;
    return RecordState { itemValues(item->determination, item->note), item->meta };
}

std::optional<RecordState> SpecEditor::readHeader(const QString &ccgCode)
{
    if (!ensureLoaded(ccgCode))
        return std::nullopt;
    return RecordState { headerValues(m_spec), m_spec.meta };
}

bool SpecEditor::writeDetermination(const QString &ccgCode, const QString &activityKey, Determination determination,
    const QString &note, std::int64_t expectedVersion)
{
    if (!m_file)
        return false;
    if (ccgCode != m_ccgCode && !ensureLoaded(ccgCode))
        return false;
    const CcgSpecification spec = m_spec;
    const WriteOutcome outcome = writeGuarded(
        expectedVersion,
        [&](std::int64_t version) {
            return db::SpecRepository(*m_file).setDetermination(spec, activityKey, determination, note, version);
        },
        m_resolve, m_onError);
    ensureLoaded(ccgCode);
    if (outcome == WriteOutcome::Written)
        emit written();
    return outcome == WriteOutcome::Written;
}

bool SpecEditor::writeHeader(const QString &ccgCode, const QVariantMap &values, std::int64_t expectedVersion)
{
    if (!m_file)
        return false;
    if (ccgCode != m_ccgCode && !ensureLoaded(ccgCode))
        return false;
    const QString id = m_spec.meta.id;
    const WriteOutcome outcome = writeGuarded(
        expectedVersion,
        [&](std::int64_t version) { return db::SpecRepository(*m_file).updateHeader(id, version, values); }, m_resolve,
        m_onError);
    ensureLoaded(ccgCode);
    if (outcome == WriteOutcome::Written)
        emit written();
    return outcome == WriteOutcome::Written;
}

WriteOutcome SpecEditor::setStatus(SpecStatus status, const ErrorHandler &onRefused)
{
    if (!m_file || !hasSpec())
        return WriteOutcome::Failed;
    const QString code = m_ccgCode;
    const WriteOutcome outcome = writeGuarded(
        m_spec.meta.version,
        [&](std::int64_t version) { return db::SpecRepository(*m_file).setStatus(code, status, version); }, m_resolve,
        [this, &onRefused](const Error &e) {
            if (e.code == ErrorCode::Invalid && onRefused)
                onRefused(e);
            else if (m_onError)
                m_onError(e);
        });
    ensureLoaded(code);
    if (outcome == WriteOutcome::Written)
        emit written();
    return outcome;
}

#undef S

} // namespace hub::ui
