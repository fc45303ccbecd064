// Wording shared by the sync and backup screens.
#include "ui/sync/sync_text.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

namespace hub::ui::synctext
{

namespace
{

QString tr(const char *text)
{
    return QCoreApplication::translate("hub::ui::SyncText", text);
}

} // namespace

QString localDateTime(const QString &isoUtc, const QString &empty)
{
    if (isoUtc.trimmed().isEmpty())
        return empty;
    QDateTime when = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(isoUtc, Qt::ISODate);
    if (!when.isValid())
        return isoUtc;
    if (when.timeSpec() == Qt::LocalTime)
        when.setTimeZone(QTimeZone::utc());
    return when.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

QString humanName(const QString &databaseName)
{
    static const QStringList upper { QStringLiteral("ccg"), QStringLiteral("ods"), QStringLiteral("pcn"),
        QStringLiteral("id"), QStringLiteral("nhs"), QStringLiteral("mou"), QStringLiteral("gp") };
    QStringList words = databaseName.split(QLatin1Char('_'), Qt::SkipEmptyParts);
    for (int i = 0; i < words.size(); ++i) {
        QString &w = words[i];
        if (upper.contains(w.toLower()))
            w = w.toUpper();
        else if (i == 0)
            w[0] = w[0].toUpper();
    }
    return words.join(QLatin1Char(' '));
}

QString kindName(const QString &kind)
{
    if (kind == QLatin1String("data"))
        return tr("Data");
    if (kind == QLatin1String("notfound"))
        return tr("Not found");
    if (kind == QLatin1String("conflict"))
        return tr("Conflict");
    if (kind == QLatin1String("constraint"))
        return tr("Constraint");
    return kind;
}

QString kindExplanation(const QString &kind)
{
    if (kind == QLatin1String("data"))
        return tr("Both offices changed this record since they last exchanged changes.");
    if (kind == QLatin1String("notfound"))
        return tr("The change arrived for a record this office does not have (yet).");
    if (kind == QLatin1String("conflict"))
        return tr("The record was added in both offices with the same key.");
    if (kind == QLatin1String("constraint"))
        return tr("The change would break a rule here (for example a duplicate code), so it was not applied.");
    return {};
}

QString cellText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == static_cast<double>(static_cast<qint64>(d)))
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', 15);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Object:
        if (value.toObject().contains(QStringLiteral("base64")))
            return tr("(attached file)");
        break;
    case QJsonValue::Array:
        break;
    }
    return tr("(structured value)");
}

QString rowLabel(const QJsonObject &local, const QJsonObject &incoming, const QString &rowId)
{
    const QJsonObject &row = local.isEmpty() ? incoming : local;
    QStringList parts;
    for (const char *key : { "code", "ods_code", "ref", "number" }) {
        const QString v = cellText(row.value(QLatin1String(key)));
        if (!v.isEmpty()) {
            parts << v;
            break;
        }
    }
    for (const char *key : { "name", "title", "summary" }) {
        const QString v = cellText(row.value(QLatin1String(key)));
        if (!v.isEmpty()) {
            parts << v;
            break;
        }
    }
    return parts.isEmpty() ? rowId : parts.join(QStringLiteral(" — "));
}

} // namespace hub::ui::synctext
