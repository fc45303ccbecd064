#include "database/cases/template_repository.h"

#include "core/cases/letter_merge.h"
#include "core/cases/letter_parts.h"
#include "core/common/format.h"
#include "core/common/uuid.h"
#include "database/cases/case_repository.h"
#include "database/cases/letterhead_repository.h"
#include "database/demo/demo_as_of.h"
#include "database/office_file.h"
#include "database/records/record_store.h"
#include "database/sqlite/sql_error.h"
#include "database/sqlite/transaction.h"

#include <QRegularExpression>

namespace hub::db
{

using namespace Qt::StringLiterals;

QString templateId(const QString &key)
{
    return stableUuid(u"letter_template:"_s + key);
}

namespace
{

LetterTemplate builtIn(const QString &key, const QString &name, const QString &subject, const QString &body)
{
    LetterTemplate t;
    t.key = key;
    t.name = name;
    t.subject = subject;
    t.body = body;
    return t;
}

// The sign-off every built-in letter ends with.
const QString kSignOff = u"<p>Yours sincerely,</p><p>{{officer}}<br/>{{hub_name}}</p>"_s;

} // namespace

// The letter's address block, date, reference and the officer's contact are
// laid out around the body (print/letter_document.cpp): the body starts at
// the salutation.
QVector<LetterTemplate> builtInTemplates()
{
    return {
        builtIn(u"acknowledgement"_s, u"Acknowledgement"_s, u"{{title}}"_s,
            u"<p>{{salutation}}</p>"
            "<p>Thank you for your query, which we received on {{received_on}}. This letter acknowledges it on behalf "
            "of {{ccg_name}} under the Primary Care Hub memorandum of understanding.</p>"
            "<p>We aim to give you a full response, or an update on progress, by <b>{{response_due}}</b>.</p>"
            "<p>Please quote our reference {{ref}} in any correspondence.</p>"_s
                + kSignOff),
        builtIn(u"holding"_s, u"Holding letter"_s, u"Update: {{title}}"_s,
            u"<p>{{salutation}}</p>"
            "<p>We are still working on your query received on {{received_on}}. We have not yet been able to give "
            "you a full response and will write again with a response or a further update by "
            "<b>{{response_due}}</b>.</p>"
            "<p>Please quote our reference {{ref}} in any correspondence.</p>"_s
                + kSignOff),
        builtIn(u"full-response"_s, u"Full response"_s, u"Response: {{title}}"_s,
            u"<p>{{salutation}}</p>"
            "<p>Thank you for your query received on {{received_on}}. Having looked into it on behalf of "
            "{{ccg_name}}, this is our full response.</p>"
            "<p>{{response_text}}</p>"
            "<p>If anything in this response is unclear, or you disagree with it, please contact us quoting our "
            "reference {{ref}}.</p>"_s
                + kSignOff),
        builtIn(u"closure"_s, u"Closure letter"_s, u"Closed: {{title}}"_s,
            u"<p>{{salutation}}</p>"
            "<p>We have now closed your query received on {{received_on}}, our reference {{ref}}. {{closure_note}}</p>"
            "<p>Thank you for your help while we dealt with it. If you need anything further on this matter, please "
            "contact us quoting the reference above and we will be glad to help.</p>"_s
                + kSignOff),
    };
}

bool isBuiltInTemplate(const QString &key)
{
    for (const LetterTemplate &t : builtInTemplates()) {
        if (t.key == key)
            return true;
    }
    return false;
}

Status TemplateRepository::ensureDefaults()
{
    return guarded([&]() -> Status {
        RecordStore store(m_file);
        QVector<LetterTemplate> missing;
        for (const LetterTemplate &t : builtInTemplates()) {
            if (store.current(u"letter_template"_s, templateId(t.key)).isEmpty())
                missing << t;
        }
        if (missing.isEmpty())
            return {};
        WriteTransaction tx(m_file.connection());
        for (const LetterTemplate &t : std::as_const(missing)) {
            if (store.current(u"letter_template"_s, templateId(t.key)).isEmpty())
                store.insert(u"letter_template"_s,
                    { { u"key"_s, t.key }, { u"name"_s, t.name }, { u"subject"_s, t.subject }, { u"body"_s, t.body } },
                    templateId(t.key));
        }
        tx.commit();
        return {};
    });
}

namespace
{

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

const QString kSelect
    = u"SELECT id, key, name, subject, body, row_version, updated_by, updated_at FROM letter_template "_s;

bool isValidKey(const QString &key)
{
    static const QRegularExpression re(u"^[a-z0-9][a-z0-9-]{0,47}$"_s);
    return re.match(key).hasMatch();
}

} // namespace

Result<QVector<LetterTemplate>> TemplateRepository::list() const
{
    return guarded([&]() -> Result<QVector<LetterTemplate>> {
        Statement st = m_file.connection().prepare(kSelect + u"WHERE deleted_at IS NULL ORDER BY name"_s);
        QVector<LetterTemplate> out;
        while (st.step())
            out.append(readTemplate(st));
        return out;
    });
}

Result<LetterTemplate> TemplateRepository::get(const QString &key) const
{
    return guarded([&]() -> Result<LetterTemplate> {
        Statement st = m_file.connection().prepare(kSelect + u"WHERE key = ?1 AND deleted_at IS NULL"_s);
        st.bind(1, key);
        if (!st.step())
            return makeError(ErrorCode::NotFound, u"No letter template '%1'."_s.arg(key));
        return readTemplate(st);
    });
}

Status TemplateRepository::add(const LetterTemplate &t)
{
    const QString key = t.key.trimmed();
    if (key.isEmpty() || t.name.trimmed().isEmpty() || t.body.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, u"A letter template needs a key, a name and a body."_s);
    if (!isValidKey(key))
        return makeError(ErrorCode::Invalid,
            u"'%1' cannot be a template key: use lower-case letters, digits and hyphens, e.g. "
            "full-response."_s.arg(key));
    return guarded([&]() -> Status {
        WriteTransaction tx(m_file.connection());
        RecordStore store(m_file);
        const QVariantMap values { { u"key"_s, key }, { u"name"_s, t.name.trimmed() }, { u"subject"_s, t.subject },
            { u"body"_s, t.body } };
        const QVariantMap now = store.current(u"letter_template"_s, templateId(key));
        if (now.isEmpty())
            store.insert(u"letter_template"_s, values, templateId(key));
        else if (now.value(u"deleted_at"_s).isNull())
            return makeError(ErrorCode::Invalid, u"There is already a template '%1'."_s.arg(key));
        else
            store.upsert(u"letter_template"_s, templateId(key), values);
        tx.commit();
        return {};
    });
}

Result<QString> TemplateRepository::freeKey(const QString &name) const
{
    QString base = name.toLower();
    base.replace(QRegularExpression(u"[^a-z0-9]+"_s), u"-"_s);
    while (base.startsWith(u'-'))
        base.remove(0, 1);
    while (base.endsWith(u'-'))
        base.chop(1);
    base = base.left(40);
    if (base.isEmpty())
        base = u"letter"_s;
    return guarded([&]() -> Result<QString> {
        Statement st
            = m_file.connection().prepare(u"SELECT 1 FROM letter_template WHERE key = ?1 AND deleted_at IS NULL"_s);
        for (int n = 1; n < 1000; ++n) {
            const QString key = n == 1 ? base : u"%1-%2"_s.arg(base).arg(n);
            st.reset();
            st.bind(1, key);
            if (!st.step())
                return key;
        }
        return makeError(ErrorCode::Invalid, u"No free template key for '%1'."_s.arg(name));
    });
}

Result<QString> TemplateRepository::duplicate(const QString &key, const QString &name)
{
    const Result<LetterTemplate> from = get(key);
    if (!from)
        return from.error();
    LetterTemplate copy = from.value();
    copy.name = name.trimmed().isEmpty() ? u"Copy of %1"_s.arg(from->name) : name.trimmed();
    const Result<QString> newKey = freeKey(copy.name);
    if (!newKey)
        return newKey.error();
    copy.key = newKey.value();
    if (const Status added = add(copy); !added.ok())
        return added.error();
    return copy.key;
}

Status TemplateRepository::update(const QString &key, std::int64_t expectedVersion, const QVariantMap &changes)
{
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.key() != u"name"_s && it.key() != u"subject"_s && it.key() != u"body"_s)
            return makeError(ErrorCode::Invalid, u"'%1' cannot be changed here."_s.arg(it.key()));
        if (it.key() != u"subject"_s && it.value().toString().trimmed().isEmpty())
            return makeError(ErrorCode::Invalid, u"'%1' cannot be empty."_s.arg(it.key()));
    }
    return guarded([&]() -> Status {
        WriteTransaction tx(m_file.connection());
        RecordStore(m_file).update(u"letter_template"_s, templateId(key), expectedVersion, changes);
        tx.commit();
        return {};
    });
}

Status TemplateRepository::remove(const QString &key, std::int64_t expectedVersion)
{
    return guarded([&]() -> Status {
        WriteTransaction tx(m_file.connection());
        RecordStore(m_file).tombstone(u"letter_template"_s, templateId(key), expectedVersion);
        tx.commit();
        return {};
    });
}

namespace
{

// The practice's address lines from its ODS record, joined by newlines.
QString practiceAddress(OfficeFile &file, const QString &ods)
{
    if (ods.isEmpty())
        return {};
    Statement st = file.connection().prepare(
        u"SELECT address, postcode FROM practice WHERE ods_code = ?1 AND deleted_at IS NULL"_s);
    st.bind(1, ods);
    if (!st.step())
        return {};
    return addressLines(st.text(0), st.text(1)).join(u'\n');
}

} // namespace

Result<MergedLetter> TemplateRepository::merge(const QString &key, const QString &caseRef, const QDate &asOf)
{
    const auto t = get(key);
    if (!t)
        return t.error();
    const auto c = CaseRepository(m_file).get(caseRef, asOf.isValid() ? asOf : officeAsOf(m_file));
    if (!c)
        return c.error();
    const auto letterhead = LetterheadRepository(m_file).get();
    if (!letterhead)
        return letterhead.error();
    const auto address = guarded([&]() -> Result<QString> { return practiceAddress(m_file, c->row.practiceOds); });
    if (!address)
        return address.error();
    // Every case field under its code (core/cases/letter_merge.h), then the case's context.
    QHash<QString, QString> values = caseFieldMergeValues(c->fields);
    values.insert(u"ref"_s, c->row.ref);
    values.insert(u"practice_name"_s, c->row.practiceName);
    values.insert(u"ack_due"_s, formatDateLong(c->clocks.acknowledge.due));
    values.insert(u"response_due"_s, formatDateLong(c->clocks.response.due));
    values.insert(u"ccg_name"_s, c->ccgName);
    values.insert(u"today"_s, formatDateLong(c->asOf));
    addTimelineValues(values, c->timeline);
    addLetterPartValues(values, letterhead->letterhead, address.value());
    MergedLetter m;
    m.ref = c->row.ref;
    m.subject = mergeLetter(t->subject, values, false, &m.unknownFields);
    m.html = mergeLetter(t->body, values, true, &m.unknownFields);
    m.from = letterSender(values);
    m.to = letterAddressee(values);
    m.contact = letterContactLine(values);
    m.date = c->asOf;
    return m;
}

} // namespace hub::db
