// valueProblem / checkStoredValues (field_rules.h): one value against its
// column's rule, as SQLite stores it. Shared by RecordStore (every local
// write) and the sync importer (every value a bundle would apply).
#include "database/records/field_rules.h"

#include "core/common/control_characters.h"
#include "core/common/revision_clock.h"
#include "core/common/uuid.h"
#include "database/sqlite/sql_error.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QStringDecoder>

namespace hub::db
{

namespace
{

constexpr int kKeyMax = 64;
constexpr int kTextMax = 10000; // names, titles, addresses
constexpr int kMultilineMax = 200000; // notes, descriptions, letter bodies

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder d(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString s = d.decode(bytes);
    return !d.hasError();
}

// NUL and the C0/C1 controls never belong in a stored text; tab and line
// breaks only in multi-line fields.
QString controlProblem(const QString &s, bool multiline)
{
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        const bool allowed = multiline && (u == '\t' || u == '\n' || u == '\r');
        if (isControlCharacter(c) && !allowed)
            return QStringLiteral("contains a control character (%1)").arg(codePointText(c));
    }
    return {};
}

bool isIsoDate(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return re.match(s).hasMatch() && QDate::fromString(s, Qt::ISODate).isValid();
}

bool isUtcTimestamp(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z$"));
    return re.match(s).hasMatch() && QDateTime::fromString(s, Qt::ISODateWithMs).isValid();
}

bool isRevision(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^\\d{13}\\.\\d{5}@[^\\x00-\\x1f]{1,64}$"));
    RevisionStamp r;
    return re.match(s).hasMatch() && RevisionStamp::parse(s, &r);
}

// SQLite's INTEGER affinity stores canonical integer text as an integer.
bool integerOf(const StoredValue &v, std::int64_t *out)
{
    if (v.type == StoredValue::Integer) {
        *out = v.integer;
        return true;
    }
    if (v.type != StoredValue::Text)
        return false;
    static const QRegularExpression re(QStringLiteral("^-?\\d{1,18}$"));
    const QString s = QString::fromUtf8(v.bytes);
    if (!re.match(s).hasMatch())
        return false;
    *out = s.toLongLong();
    return true;
}

QString listed(const QStringList &codes)
{
    QStringList shown;
    for (const QString &c : codes)
        shown << (c.isEmpty() ? QStringLiteral("blank") : c);
    return shown.join(QStringLiteral(", "));
}

} // namespace

StoredValue StoredValue::fromVariant(const QVariant &v)
{
    StoredValue s;
    if (!v.isValid() || v.isNull())
        return s;
    switch (v.typeId()) {
    case QMetaType::Bool:
        s.type = Integer;
        s.integer = v.toBool() ? 1 : 0;
        break;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        s.type = Integer;
        s.integer = v.toLongLong();
        break;
    case QMetaType::Double:
        s.type = Real;
        s.real = v.toDouble();
        break;
    case QMetaType::QDate:
        if (v.toDate().isValid()) {
            s.type = Text;
            s.bytes = v.toDate().toString(Qt::ISODate).toUtf8();
        }
        break;
    case QMetaType::QByteArray:
        s.type = Blob;
        s.bytes = v.toByteArray();
        break;
    default:
        s.type = Text;
        s.bytes = v.toString().toUtf8();
        break;
    }
    return s;
}

QString StoredValue::shown() const
{
    switch (type) {
    case Null:
        return QStringLiteral("empty");
    case Integer:
        return QString::number(integer);
    case Real:
        return QString::number(real);
    case Blob:
        return QStringLiteral("%1 bytes of binary data").arg(bytes.size());
    case Text:
        break;
    }
    // Invalid UTF-8 is shown with replacement characters, controls escaped.
    QString s = QString::fromUtf8(bytes.left(80));
    for (QChar &c : s)
        if (c.unicode() < 0x20)
            c = QChar(0xfffd);
    return QStringLiteral("'%1%2'").arg(s, bytes.size() > 80 ? QStringLiteral("…") : QString());
}

QString valueProblem(const ColumnRule &rule, const StoredValue &v)
{
    if (v.type == StoredValue::Null)
        return rule.nullable ? QString() : QStringLiteral("is empty (a value is required)");
    if (rule.kind == ValueKind::Blob)
        return v.type == StoredValue::Blob ? QString() : QStringLiteral("is not binary data");
    if (rule.kind == ValueKind::Integer || rule.kind == ValueKind::Bool) {
        std::int64_t n = 0;
        if (!integerOf(v, &n))
            return QStringLiteral("%1 is not a whole number").arg(v.shown());
        const std::int64_t lo = rule.kind == ValueKind::Bool ? 0 : rule.min;
        const std::int64_t hi = rule.kind == ValueKind::Bool ? 1 : rule.max;
        if (n < lo || n > hi)
            return rule.kind == ValueKind::Bool ? QStringLiteral("%1 is not 0 or 1").arg(n)
                                                : QStringLiteral("%1 is outside %2 to %3").arg(n).arg(lo).arg(hi);
        return {};
    }
    if (v.type != StoredValue::Text)
        return QStringLiteral("%1 is not text").arg(v.shown());
    if (!isValidUtf8(v.bytes))
        return QStringLiteral("%1 is not valid UTF-8 text").arg(v.shown());
    const QString s = QString::fromUtf8(v.bytes);
    const bool multiline = rule.kind == ValueKind::Text && rule.multiline;
    const QString control = controlProblem(s, multiline);
    if (!control.isEmpty())
        return QStringLiteral("%1 %2").arg(v.shown(), control);
    const int max = rule.maxLength > 0 ? rule.maxLength
        : rule.kind == ValueKind::Key  ? kKeyMax
        : multiline                    ? kMultilineMax
                                       : kTextMax;
    if (s.size() > max)
        return QStringLiteral("is %1 characters long (at most %2)").arg(s.size()).arg(max);
    if ((rule.nonEmpty || rule.kind == ValueKind::Key) && s.trimmed().isEmpty())
        return QStringLiteral("is blank (a value is required)");
    switch (rule.kind) {
    case ValueKind::Uuid:
        return isUuid(s) ? QString() : QStringLiteral("%1 is not a record id").arg(v.shown());
    case ValueKind::Date:
        return isIsoDate(s) ? QString() : QStringLiteral("%1 is not a date (YYYY-MM-DD)").arg(v.shown());
    case ValueKind::Timestamp:
        return isUtcTimestamp(s) ? QString()
                                 : QStringLiteral("%1 is not a UTC time (YYYY-MM-DDTHH:MM:SS.mmmZ)").arg(v.shown());
    case ValueKind::Rev:
        return isRevision(s) ? QString() : QStringLiteral("%1 is not a revision stamp").arg(v.shown());
    case ValueKind::Enum:
        return rule.allowed.contains(s)
            ? QString()
            : QStringLiteral("%1 is not one this version knows (%2)").arg(v.shown(), listed(rule.allowed));
    default:
        return {};
    }
}

void checkStoredValues(const QString &table, const QVariantMap &values)
{
    const TableRules *rules = tableRules(table);
    if (!rules)
        return;
    for (auto it = values.begin(); it != values.end(); ++it) {
        const ColumnRule *rule = rules->find(it.key());
        if (!rule)
            continue; // SQLite refuses an unknown column itself
        const QString why = valueProblem(*rule, StoredValue::fromVariant(it.value()));
        if (why.isEmpty())
            continue;
        Error e
            = makeError(ErrorCode::Invalid, QStringLiteral("%1.%2 %3; nothing was saved.").arg(table, it.key(), why));
        e.field = it.key();
        throw SqlError(e);
    }
}

} // namespace hub::db
