#include "ui/documents/template_document.h"

#include "database/office_file.h"

namespace hub::ui
{

using namespace Qt::StringLiterals;

TemplateDocument::TemplateDocument(db::OfficeFile &file, QObject *parent)
    : OfficeDocument(file, QDate::currentDate(), parent)
    , m_templatesRepo(std::make_unique<db::TemplateRepository>(file))
    , m_letterheadRepo(std::make_unique<db::LetterheadRepository>(file))
{
}

TemplateDocument::~TemplateDocument() = default;

Status TemplateDocument::load()
{
    Status status;
    if (!m_file.isReadOnly()) {
        const WriteInProgress writing(*this);
        if (const Status seeded = m_templatesRepo->ensureDefaults(); !seeded.ok())
            status = seeded;
    }
    if (Result<QVector<db::LetterTemplate>> listed = m_templatesRepo->list(); listed)
        m_templates = std::move(listed).value();
    else
        status = listed.error();
    if (Result<db::StoredLetterhead> head = m_letterheadRepo->get(); head)
        m_letterhead = std::move(head).value();
    else
        status = head.error();
    emit loaded();
    return status;
}

const db::LetterTemplate *TemplateDocument::find(const QString &key) const
{
    for (const db::LetterTemplate &t : m_templates) {
        if (t.key == key)
            return &t;
    }
    return nullptr;
}

QVariantMap TemplateDocument::fieldsOf(const db::LetterTemplate &t)
{
    return { { u"name"_s, t.name }, { u"subject"_s, t.subject }, { u"body"_s, t.body } };
}

WriteOutcome TemplateDocument::guarded(std::int64_t expectedVersion, const VersionedWrite &write, const QString &action)
{
    WriteOutcome outcome = WriteOutcome::Failed;
    {
        const WriteInProgress writing(*this);
        outcome = writeGuarded(
            expectedVersion, write, [this](const Error &e) { return resolveConflict(e); },
            [this, action](const Error &e) { emit failed(action, e); });
        if (outcome != WriteOutcome::Failed)
            (void)load(); // show what is now stored (ours, or theirs)
    }
    return outcome;
}

std::optional<RecordState> TemplateDocument::readFields(const QString &key)
{
    (void)load();
    const db::LetterTemplate *t = find(key);
    if (!t)
        return std::nullopt;
    emit showTemplate(key);
    return RecordState { fieldsOf(*t), t->meta };
}

bool TemplateDocument::writeFields(const QString &key, const QVariantMap &values, std::int64_t expectedVersion)
{
    const WriteOutcome outcome = guarded(
        expectedVersion, [&](std::int64_t v) { return m_templatesRepo->update(key, v, values); },
        tr("Saving the letter template"));
    if (outcome == WriteOutcome::KeptTheirs)
        emit keptTheirs(key, values);
    if (outcome == WriteOutcome::Failed) {
        emit notSaved(key, values);
        return false;
    }
    emit showTemplate(key);
    if (outcome == WriteOutcome::Written) {
        const db::LetterTemplate *t = find(key);
        emit saved(tr("Letter template “%1” saved.").arg(t ? t->name : key));
    }
    return outcome == WriteOutcome::Written;
}

Result<QString> TemplateDocument::add(const db::LetterTemplate &t)
{
    db::LetterTemplate adding = t;
    if (adding.key.isEmpty()) {
        const Result<QString> key = m_templatesRepo->freeKey(adding.name);
        if (!key) {
            emit failed(tr("Adding the letter template"), key.error());
            return key.error();
        }
        adding.key = key.value();
    }
    Status added;
    {
        const WriteInProgress writing(*this);
        added = m_templatesRepo->add(adding);
        (void)load();
    }
    if (!added.ok()) {
        emit failed(tr("Adding the letter template"), added.error());
        return added.error();
    }
    emit showTemplate(adding.key);
    return adding.key;
}

WriteOutcome TemplateDocument::remove(const QString &key, std::int64_t expectedVersion)
{
    const WriteOutcome outcome = guarded(
        expectedVersion, [&](std::int64_t v) { return m_templatesRepo->remove(key, v); },
        tr("Deleting the letter template"));
    if (outcome == WriteOutcome::KeptTheirs)
        emit showTemplate(key);
    return outcome;
}

Result<db::LetterTemplate> TemplateDocument::copyOf(const QString &key)
{
    const db::LetterTemplate *from = find(key);
    if (!from)
        return makeError(ErrorCode::NotFound, tr("No letter template '%1'.").arg(key));
    db::LetterTemplate copy = *from;
    copy.meta = {};
    copy.name = tr("Copy of %1").arg(from->name);
    const Result<QString> free = m_templatesRepo->freeKey(copy.name);
    if (!free)
        return free.error();
    copy.key = free.value();
    return copy;
}

std::optional<RecordState> TemplateDocument::readLetterhead()
{
    (void)load();
    return RecordState { db::LetterheadRepository::valuesOf(m_letterhead.letterhead), m_letterhead.meta };
}

bool TemplateDocument::writeLetterhead(const QVariantMap &values, std::int64_t expectedVersion)
{
    const WriteOutcome outcome = guarded(
        expectedVersion, [&](std::int64_t v) { return m_letterheadRepo->save(v, values); },
        tr("Saving the letterhead"));
    if (outcome == WriteOutcome::Written)
        emit saved(tr("Letterhead saved: every letter now prints it."));
    return outcome == WriteOutcome::Written;
}

Result<db::MergedLetter> TemplateDocument::merge(const QString &key, const QString &caseRef)
{
    return m_templatesRepo->merge(key, caseRef, m_asOf);
}

} // namespace hub::ui
