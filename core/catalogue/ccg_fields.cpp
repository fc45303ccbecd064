#include "core/catalogue/ccg_fields.h"

#include "core/common/control_characters.h"

namespace hub
{

using namespace Qt::StringLiterals;

const QVector<CcgFieldInfo> &ccgFields()
{
    static const QVector<CcgFieldInfo> fields {
        { "name", "Name", true },
        { "short_name", "Short name", false },
        { "locality", "Locality", false },
        { "hub_contracting_lead", "Hub contracting lead", false },
        { "hub_finance_lead", "Hub finance lead", false },
        { "ccg_lead", "CCG lead", false },
    };
    return fields;
}

const CcgFieldInfo *findCcgField(const QString &code)
{
    for (const CcgFieldInfo &f : ccgFields()) {
        if (code == QLatin1String(f.code))
            return &f;
    }
    return nullptr;
}

QStringList ccgFieldCodes()
{
    QStringList out;
    for (const CcgFieldInfo &f : ccgFields())
        out << QString::fromLatin1(f.code);
    return out;
}

Error invalidCcgField(const QString &field, const QString &message)
{
    Error e = makeError(ErrorCode::Invalid, message);
    e.field = field;
    return e;
}

Result<QString> validateCcgCode(const QString &typed)
{
    const QString code = typed.trimmed().toUpper();
    if (code.isEmpty())
        return invalidCcgField(u"code"_s, u"A CCG needs its ODS code, e.g. 05X."_s);
    bool plain = code.size() == 3;
    for (QChar c : code)
        plain = plain && ((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'));
    if (!plain)
        return invalidCcgField(u"code"_s,
            u"'%1' is not a CCG code: an ODS code is three letters or digits, e.g. 05X."_s.arg(typed.trimmed()));
    return code;
}

namespace
{

Result<QString> checkedValue(const CcgFieldInfo &info, const QVariant &typed)
{
    const QString field = QString::fromLatin1(info.code);
    const QString label = QString::fromLatin1(info.label);
    const QString value = typed.toString().trimmed();
    if (info.required && value.isEmpty())
        return invalidCcgField(field, u"The CCG needs a %1."_s.arg(label.toLower()));
    if (value.size() > kCcgFieldMaxLength)
        return invalidCcgField(
            field, u"%1 is %2 characters long; at most %3 fit."_s.arg(label).arg(value.size()).arg(kCcgFieldMaxLength));
    for (QChar c : value) {
        if (isControlCharacter(c))
            return invalidCcgField(
                field, u"%1 holds a control character (%2); type it on one line."_s.arg(label, codePointText(c)));
    }
    return value;
}

} // namespace

Result<QVariantMap> validateCcgEdit(const QVariantMap &typed)
{
    if (typed.isEmpty())
        return invalidCcgField(
            QString(), u"Nothing to change: give FIELD=VALUE, fields are %1."_s.arg(ccgFieldCodes().join(u", "_s)));
    QVariantMap out;
    for (auto it = typed.begin(); it != typed.end(); ++it) {
        const CcgFieldInfo *info = findCcgField(it.key());
        if (!info)
            return invalidCcgField(
                it.key(), u"A CCG has no field '%1'; fields are %2."_s.arg(it.key(), ccgFieldCodes().join(u", "_s)));
        const Result<QString> value = checkedValue(*info, it.value());
        if (!value)
            return value.error();
        out.insert(it.key(), value.value());
    }
    return out;
}

Result<NewCcg> validateNewCcg(const NewCcg &typed)
{
    const Result<QString> code = validateCcgCode(typed.code);
    if (!code)
        return code.error();
    if (typed.fields.value(u"name"_s).toString().trimmed().isEmpty())
        return invalidCcgField(u"name"_s, u"The CCG needs a name, e.g. NHS Wolverhampton CCG."_s);
    const Result<QVariantMap> fields = validateCcgEdit(typed.fields);
    if (!fields)
        return fields.error();
    NewCcg out = typed;
    out.code = code.value();
    out.fields = fields.value();
    return out;
}

} // namespace hub
