#include "ui/documents/case_document.h"

#include "database/cases/attachment_repository.h"
#include "database/cases/case_repository.h"
#include "database/office_file.h"

#include <QFileInfo>

namespace hub::ui
{

using namespace Qt::StringLiterals;

CaseDocument::CaseDocument(db::OfficeFile &file, QObject *parent)
    : OfficeDocument(file, QDate(), parent)
    , m_repository(std::make_unique<db::CaseRepository>(file))
{
}

CaseDocument::~CaseDocument() = default;

Status CaseDocument::load(const QString &ref)
{
    Result<db::CaseDetail> r = m_repository->get(ref.trimmed().toUpper(), m_asOf);
    if (!r.ok())
        return r.error();
    m_detail = std::move(r).value();
    emit loaded(*m_detail);
    return {};
}

Status CaseDocument::reload()
{
    if (!m_detail)
        return {};
    return load(m_detail->row.ref);
}

void CaseDocument::unload()
{
    m_detail.reset();
}

Result<db::CaseDetail> CaseDocument::read(const QString &ref)
{
    return m_repository->get(ref, m_asOf);
}

void CaseDocument::adopt(const db::CaseDetail &detail)
{
    m_detail = detail;
    emit loaded(*m_detail);
}

std::int64_t CaseDocument::knownVersion(const QString &ref)
{
    if (m_detail && m_detail->row.ref == ref)
        return m_detail->row.version;
    const Result<db::CaseDetail> r = m_repository->get(ref, m_asOf);
    return r.ok() ? r.value().row.version : 0;
}

QVariantMap CaseDocument::fieldsOf(const db::CaseDetail &d)
{
    return d.fields; // every editable field by its code (core/cases/case_fields.h)
}

void CaseDocument::showIfLoaded(const QString &ref)
{
    // Another case than the loaded one becomes the loaded one: undo and redo
    // show the case they change.
    if (!m_detail || m_detail->row.ref != ref)
        (void)load(ref);
    else
        (void)reload();
}

std::optional<RecordState> CaseDocument::readFields(const QString &ref)
{
    const Result<db::CaseDetail> r = m_repository->get(ref, m_asOf);
    if (!r.ok())
        return std::nullopt;
    if (m_detail && m_detail->row.ref == ref) {
        m_detail = r.value();
        emit loaded(*m_detail);
    } else {
        (void)load(ref);
    }
    return RecordState { fieldsOf(r.value()), r.value().meta };
}

bool CaseDocument::writeFields(const QString &ref, const QVariantMap &values, std::int64_t expectedVersion)
{
    WriteOutcome outcome = WriteOutcome::Failed;
    {
        const WriteInProgress writing(*this);
        outcome = writeGuarded(
            expectedVersion,
            [&](std::int64_t v) -> Status {
                const Result<db::CaseDetail> r = m_repository->edit(ref, v, values);
                if (!r.ok())
                    return r.error();
                return {};
            },
            [this](const Error &e) { return resolveConflict(e); },
            [this](const Error &e) { emit failed(tr("Saving the case"), e); });
    }
    if (outcome == WriteOutcome::KeptTheirs)
        emit keptTheirs(ref, values);
    showIfLoaded(ref);
    if (outcome == WriteOutcome::Failed)
        emit notSaved(ref, values);
    return outcome == WriteOutcome::Written;
}

Result<QString> CaseDocument::addEvent(const QString &ref, const CaseEvent &event)
{
    QString id;
    Result<db::CaseDetail> r = makeError(ErrorCode::Invalid, QString());
    {
        const WriteInProgress writing(*this);
        r = m_repository->addEvent(ref, event, &id);
    }
    showIfLoaded(ref);
    if (!r.ok()) {
        emit failed(tr("Recording on the timeline"), r.error());
        return r.error();
    }
    return id;
}

WriteOutcome CaseDocument::removeEvent(const QString &ref, const QString &eventId)
{
    WriteOutcome outcome = WriteOutcome::Failed;
    {
        const WriteInProgress writing(*this);
        outcome = writeGuarded(
            knownVersion(ref),
            [&](std::int64_t version) -> Status {
                const Result<db::CaseDetail> r = m_repository->removeEvent(ref, eventId, version);
                if (!r.ok())
                    return r.error();
                return {};
            },
            [this](const Error &e) { return resolveConflict(e); },
            [this](const Error &e) { emit failed(tr("Recording on the timeline"), e); });
    }
    showIfLoaded(ref);
    return outcome;
}

int CaseDocument::addAttachments(const QStringList &paths)
{
    if (!m_detail)
        return 0;
    const QString ref = m_detail->row.ref;
    db::AttachmentRepository repo(m_file);
    int added = 0;
    {
        const WriteInProgress writing(*this);
        for (const QString &path : paths) {
            const auto r = repo.addFile(ref, path);
            if (!r.ok()) {
                emit failed(tr("Attaching %1").arg(QFileInfo(path).fileName()), r.error());
                continue;
            }
            ++added;
        }
    }
    showIfLoaded(ref);
    return added;
}

WriteOutcome CaseDocument::removeAttachment(
    const QString &attachmentId, std::int64_t expectedVersion, const QString &name)
{
    if (!m_detail)
        return WriteOutcome::Failed;
    const QString ref = m_detail->row.ref;
    WriteOutcome outcome = WriteOutcome::Failed;
    {
        const WriteInProgress writing(*this);
        outcome = writeGuarded(
            expectedVersion, [&](std::int64_t v) { return db::AttachmentRepository(m_file).remove(attachmentId, v); },
            [this](const Error &e) { return resolveConflict(e); },
            [this, name](const Error &e) { emit failed(tr("Removing %1").arg(name), e); });
    }
    showIfLoaded(ref);
    return outcome;
}

Result<QByteArray> CaseDocument::attachmentContent(const QString &attachmentId)
{
    return db::AttachmentRepository(m_file).content(attachmentId);
}

QVector<db::LetterTemplate> CaseDocument::letterTemplates()
{
    db::TemplateRepository templates(m_file);
    auto list = templates.list();
    if (list.ok() && list.value().isEmpty() && !m_file.isReadOnly()) {
        (void)templates.ensureDefaults();
        list = templates.list();
    }
    return list.ok() ? list.value() : QVector<db::LetterTemplate>();
}

Result<db::MergedLetter> CaseDocument::letter(const QString &templateKey)
{
    if (!m_detail)
        return makeError(ErrorCode::NotFound, tr("No case is open."));
    return db::TemplateRepository(m_file).merge(templateKey, m_detail->row.ref, m_asOf);
}

} // namespace hub::ui
