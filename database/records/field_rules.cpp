#include "database/records/field_rules.h"

#include "core/common/format.h"
#include "database/office_file.h"
#include "database/records/record_store.h"
#include "database/sqlite/sql_error.h"
#include "database/sqlite/transaction.h"

namespace hub::db
{

namespace
{

Error fieldError(const QString &field, const QString &message)
{
    Error e = makeError(ErrorCode::Invalid, message);
    e.field = field;
    return e;
}

bool oneOf(const QString &v, std::initializer_list<const char *> allowed)
{
    for (const char *a : allowed) {
        if (v == QLatin1String(a))
            return true;
    }
    return false;
}

Result<QString> checkCode(const QString &field, const QString &text, const QStringList &codes)
{
    if (!codes.contains(text)) {
        QStringList named = codes;
        named.removeAll(QString());
        const QString blank = named.size() < codes.size() ? QStringLiteral(" or blank") : QString();
        return fieldError(
            field, QStringLiteral("'%1' is not %2%3.").arg(text, named.join(QStringLiteral(", ")), blank));
    }
    return text;
}

} // namespace

Result<QVariantMap> checkFields(const QVariantMap &changes, const FieldRules &rules)
{
    QVariantMap out;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QString &field = it.key();
        if (!rules.contains(field))
            return fieldError(field, QStringLiteral("'%1' cannot be changed here.").arg(field));
        const QVariant &v = it.value();
        const QString text = v.toString().trimmed();
        switch (rules.value(field)) {
        case FieldKind::Text:
            out.insert(field, text);
            break;
        case FieldKind::NonEmptyText:
            if (text.isEmpty())
                return fieldError(field, QStringLiteral("'%1' cannot be empty.").arg(field));
            out.insert(field, text);
            break;
        case FieldKind::Date: {
            if (text.isEmpty()) {
                out.insert(field, QVariant());
                break;
            }
            const QDate d = v.typeId() == QMetaType::QDate ? v.toDate() : parseDate(text);
            if (!d.isValid())
                return fieldError(field, QStringLiteral("'%1' is not a date (use dd/mm/yyyy).").arg(text));
            out.insert(field, d.toString(Qt::ISODate));
            break;
        }
        case FieldKind::Bool: {
            if (v.typeId() == QMetaType::Bool)
                out.insert(field, v.toBool() ? 1 : 0);
            else if (oneOf(text.toLower(), { "1", "true", "yes", "x" }))
                out.insert(field, 1);
            else if (oneOf(text.toLower(), { "0", "false", "no", "" }))
                out.insert(field, 0);
            else
                return fieldError(field, QStringLiteral("'%1' is not yes/no.").arg(text));
            break;
        }
        case FieldKind::NonNegativeInt: {
            bool ok = false;
            const int n = text.toInt(&ok);
            if (!ok || n < 0)
                return fieldError(field, QStringLiteral("'%1' is not a whole number of zero or more.").arg(text));
            out.insert(field, n);
            break;
        }
        case FieldKind::HubRole:
        case FieldKind::Determination:
        case FieldKind::SpecStatus:
        case FieldKind::ContractType: {
            const FieldKind k = rules.value(field);
            const QStringList &codes = k == FieldKind::HubRole ? hubRoleCodes()
                : k == FieldKind::Determination                ? determinationCodes()
                : k == FieldKind::SpecStatus                   ? specStatusCodes()
                                                               : contractTypeCodes();
            const auto code = checkCode(field, text, codes);
            if (!code)
                return code.error();
            out.insert(field, code.value());
            break;
        }
        }
    }
    return out;
}

const QStringList &hubRoleCodes()
{
    static const QStringList l { QString(), QStringLiteral("CORE"), QStringLiteral("TBC"), QStringLiteral("SUPPORT") };
    return l;
}

const QStringList &determinationCodes()
{
    static const QStringList l { QString(), QStringLiteral("hub-delivers"), QStringLiteral("ccg-delivers"),
        QStringLiteral("hub-supports") };
    return l;
}

const QStringList &specStatusCodes()
{
    static const QStringList l { QStringLiteral("draft"), QStringLiteral("agreed") };
    return l;
}

const QStringList &contractTypeCodes()
{
    static const QStringList l { QStringLiteral("GMS"), QStringLiteral("PMS"), QStringLiteral("APMS"),
        QStringLiteral("UNKNOWN") };
    return l;
}

Status updateChecked(OfficeFile &file, const QString &table, const QString &id, std::int64_t expectedVersion,
    const QVariantMap &changes, const FieldRules &rules)
{
    const Result<QVariantMap> checked = checkFields(changes, rules);
    if (!checked)
        return checked.error();
    return guarded([&]() -> Status {
        WriteTransaction tx(file.connection());
        RecordStore(file).update(table, id, expectedVersion, checked.value());
        tx.commit();
        return {};
    });
}

} // namespace hub::db
