#include "database/cases/template_repository.h"

#include "core/cases/letter_merge.h"
#include "core/common/format.h"
#include "core/common/uuid.h"
#include "database/cases/case_repository.h"
#include "database/office_file.h"
#include "database/records/record_store.h"
#include "database/sqlite/sql_error.h"
#include "database/sqlite/transaction.h"

namespace hub::db {

#define S QStringLiteral

QString templateId(const QString &key)
{
    return stableUuid(S("letter_template:") + key);
}

QVector<LetterTemplate> builtInTemplates()
{
    LetterTemplate ack;
    ack.key = S("acknowledgement");
    ack.name = S("Acknowledgement");
    ack.subject = S("Our reference {{ref}}: {{title}}");
    ack.body = S("<p>Dear colleague,</p>"
                 "<p><b>{{practice_name}}</b> &mdash; our reference <b>{{ref}}</b></p>"
                 "<p>Thank you for your query, which we received on {{received_on}}. This letter acknowledges it on behalf of "
                 "{{ccg_name}} under the Primary Care Hub memorandum of understanding.</p>"
                 "<p>We aim to give you a full response, or an update on progress, by <b>{{response_due}}</b>.</p>"
                 "<p>Please quote {{ref}} in any correspondence.</p>"
                 "<p>Yours sincerely,</p><p>{{officer}}<br/>Primary Care Hub</p>");
    LetterTemplate hold;
    hold.key = S("holding");
    hold.name = S("Holding letter");
    hold.subject = S("Update on {{ref}}: {{title}}");
    hold.body = S("<p>Dear colleague,</p>"
                  "<p><b>{{practice_name}}</b> &mdash; our reference <b>{{ref}}</b></p>"
                  "<p>We are still working on your query received on {{received_on}}. We have not yet been able to give "
                  "you a full response and will write again with a response or a further update by <b>{{response_due}}</b>.</p>"
                  "<p>Yours sincerely,</p><p>{{officer}}<br/>Primary Care Hub, for {{ccg_name}}</p>");
    return {ack, hold};
}

Status TemplateRepository::ensureDefaults()
{
    return guarded([&]() -> Status {
        WriteTransaction tx(m_file.connection());
        RecordStore store(m_file);
        for (const LetterTemplate &t : builtInTemplates()) {
            if (store.current(S("letter_template"), templateId(t.key)).isEmpty())
                store.insert(S("letter_template"), {{S("key"), t.key}, {S("name"), t.name}, {S("subject"), t.subject}, {S("body"), t.body}},
                             templateId(t.key));
        }
        tx.commit();
        return {};
    });
}

namespace {

LetterTemplate readTemplate(const Statement &st)
{
    LetterTemplate t;
    t.meta.id = st.text(0);
    t.key = st.text(1);
    t.name = st.text(2);
    t.subject = st.text(3);
    t.body = st.text(4);
    t.meta.version = st.int64(5);
    t.meta.updatedBy = st.text(6);
    t.meta.updatedAt = st.text(7);
    return t;
}

const char *const kSelect = "SELECT id, key, name, subject, body, row_version, updated_by, updated_at FROM letter_template ";

} // namespace

Result<QVector<LetterTemplate>> TemplateRepository::list() const
{
    return guarded([&]() -> Result<QVector<LetterTemplate>> {
        Statement st = m_file.connection().prepare(QLatin1String(kSelect) + S("WHERE deleted_at IS NULL ORDER BY name"));
        QVector<LetterTemplate> out;
        while (st.step())
            out.append(readTemplate(st));
        return out;
    });
}

Result<LetterTemplate> TemplateRepository::get(const QString &key) const
{
    return guarded([&]() -> Result<LetterTemplate> {
        Statement st = m_file.connection().prepare(QLatin1String(kSelect) + S("WHERE key = ?1 AND deleted_at IS NULL"));
        st.bind(1, key);
        if (!st.step())
            return makeError(ErrorCode::NotFound, S("No letter template '%1'.").arg(key));
        return readTemplate(st);
    });
}

Status TemplateRepository::add(const LetterTemplate &t)
{
    if (t.key.trimmed().isEmpty() || t.name.trimmed().isEmpty() || t.body.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, S("A letter template needs a key, a name and a body."));
    return guarded([&]() -> Status {
        WriteTransaction tx(m_file.connection());
        RecordStore store(m_file);
        const QVariantMap values{{S("key"), t.key.trimmed()}, {S("name"), t.name.trimmed()}, {S("subject"), t.subject}, {S("body"), t.body}};
        const QVariantMap now = store.current(S("letter_template"), templateId(t.key.trimmed()));
        if (now.isEmpty())
            store.insert(S("letter_template"), values, templateId(t.key.trimmed()));
        else if (now.value(S("deleted_at")).isNull())
            return makeError(ErrorCode::Invalid, S("There is already a template '%1'.").arg(t.key));
        else
            store.upsert(S("letter_template"), templateId(t.key.trimmed()), values);
        tx.commit();
        return {};
    });
}

Status TemplateRepository::update(const QString &key, std::int64_t expectedVersion, const QVariantMap &changes)
{
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.key() != S("name") && it.key() != S("subject") && it.key() != S("body"))
            return makeError(ErrorCode::Invalid, S("'%1' cannot be changed here.").arg(it.key()));
        if (it.key() != S("subject") && it.value().toString().trimmed().isEmpty())
            return makeError(ErrorCode::Invalid, S("'%1' cannot be empty.").arg(it.key()));
    }
    return guarded([&]() -> Status {
        WriteTransaction tx(m_file.connection());
        RecordStore(m_file).update(S("letter_template"), templateId(key), expectedVersion, changes);
        tx.commit();
        return {};
    });
}

Status TemplateRepository::remove(const QString &key, std::int64_t expectedVersion)
{
    return guarded([&]() -> Status {
        WriteTransaction tx(m_file.connection());
        RecordStore(m_file).tombstone(S("letter_template"), templateId(key), expectedVersion);
        tx.commit();
        return {};
    });
}

Result<MergedLetter> TemplateRepository::merge(const QString &key, const QString &caseRef, const QDate &asOf)
{
    const auto t = get(key);
    if (!t)
        return t.error();
    const auto c = CaseRepository(m_file).get(caseRef, asOf);
    if (!c)
        return c.error();
    // Every case field under its code (core/cases/letter_merge.h), then the case's context.
    QHash<QString, QString> values = caseFieldMergeValues(c->fields);
    values.insert(S("ref"), c->row.ref);
    values.insert(S("practice_name"), c->row.practiceName.isEmpty() ? S("Practice manager") : c->row.practiceName);
    values.insert(S("ack_due"), formatDateLong(c->clocks.acknowledge.due));
    values.insert(S("response_due"), formatDateLong(c->clocks.response.due));
    values.insert(S("ccg_name"), c->ccgName);
    values.insert(S("today"), formatDateLong(c->asOf));
    MergedLetter m;
    m.ref = c->row.ref;
    m.subject = mergeLetter(t->subject, values, false, &m.unknownFields);
    m.html = mergeLetter(t->body, values, true, &m.unknownFields);
    return m;
}

#undef S

} // namespace hub::db
