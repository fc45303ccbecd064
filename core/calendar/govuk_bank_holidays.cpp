// Parser for GOV.UK bank-holidays.json; strict so a damaged download is
// reported rather than silently producing wrong deadlines.
#include "core/calendar/govuk_bank_holidays.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>

namespace hub
{

namespace
{

Error invalid(const QString &fileName, const QString &field, const QString &message)
{
    Error e = makeError(ErrorCode::Invalid, message);
    e.file = fileName;
    e.field = field;
    return e;
}

// QJsonParseError gives a byte offset; a line and column is what a person
// can find in an editor.
QString describeOffset(const QByteArray &json, int offset)
{
    offset = std::clamp(offset, 0, int(json.size()));
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset; ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

} // namespace

QString shippedBankHolidaysPath()
{
    return QStringLiteral(":/calendar/govuk-bank-holidays-2012-2028.json");
}

QString englandAndWalesDivision()
{
    return QStringLiteral("england-and-wales");
}

Result<QVector<BankHoliday>> parseGovUkBankHolidays(
    const QByteArray &rawJson, const QString &fileName, const QString &division)
{
    QByteArray json = rawJson;
    // Files saved by Windows editors may start with a UTF-8 byte order mark,
    // which QJsonDocument rejects.
    if (json.startsWith("\xEF\xBB\xBF"))
        json.remove(0, 3);

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return invalid(fileName, QString(),
            QStringLiteral("not valid JSON (%1): %2")
                .arg(describeOffset(json, parseError.offset), parseError.errorString()));
    }
    if (!doc.isObject())
        return invalid(fileName, QString(), QStringLiteral("expected a JSON object keyed by division"));

    const QJsonObject root = doc.object();
    if (!root.contains(division)) {
        return invalid(fileName, division,
            QStringLiteral("division '%1' is missing (found: %2)")
                .arg(division, root.keys().join(QStringLiteral(", "))));
    }
    if (!root.value(division).isObject())
        return invalid(fileName, division, QStringLiteral("expected an object"));
    const QJsonObject divisionObject = root.value(division).toObject();

    const QJsonValue declared = divisionObject.value(QStringLiteral("division"));
    if (!declared.isUndefined() && declared.toString() != division) {
        return invalid(fileName, division + QStringLiteral(".division"),
            QStringLiteral("says '%1' but is stored under '%2'").arg(declared.toString(), division));
    }

    const QString eventsField = division + QStringLiteral(".events");
    const QJsonValue eventsValue = divisionObject.value(QStringLiteral("events"));
    if (!eventsValue.isArray())
        return invalid(fileName, eventsField, QStringLiteral("expected an array of events"));
    const QJsonArray events = eventsValue.toArray();
    if (events.isEmpty())
        return invalid(fileName, eventsField, QStringLiteral("no events listed"));

    QVector<BankHoliday> holidays;
    holidays.reserve(events.size());
    QSet<qint64> seen;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QString eventField = QStringLiteral("%1[%2]").arg(eventsField).arg(i);
        if (!events.at(i).isObject())
            return invalid(fileName, eventField, QStringLiteral("expected an object"));
        const QJsonObject event = events.at(i).toObject();

        const QJsonValue title = event.value(QStringLiteral("title"));
        if (!title.isString() || title.toString().trimmed().isEmpty())
            return invalid(
                fileName, eventField + QStringLiteral(".title"), QStringLiteral("expected a non-empty string"));

        const QJsonValue dateValue = event.value(QStringLiteral("date"));
        if (!dateValue.isString())
            return invalid(
                fileName, eventField + QStringLiteral(".date"), QStringLiteral("expected a YYYY-MM-DD string"));
        const QString dateText = dateValue.toString();
        const QDate date = QDate::fromString(dateText, Qt::ISODate);
        if (!date.isValid() || dateText.size() != 10) {
            return invalid(fileName, eventField + QStringLiteral(".date"),
                QStringLiteral("'%1' is not a valid YYYY-MM-DD date").arg(dateText));
        }

        // GOV.UK always sends notes; an absent one is harmless, a wrong type is not.
        const QJsonValue notes = event.value(QStringLiteral("notes"));
        if (!notes.isUndefined() && !notes.isString())
            return invalid(fileName, eventField + QStringLiteral(".notes"), QStringLiteral("expected a string"));

        if (seen.contains(date.toJulianDay())) {
            return invalid(fileName, eventField + QStringLiteral(".date"),
                QStringLiteral("%1 is listed more than once").arg(dateText));
        }
        seen.insert(date.toJulianDay());

        holidays.append(
            BankHoliday { date, title.toString().trimmed(), notes.toString().trimmed(), HolidaySource::GovUkList });
    }

    std::sort(
        holidays.begin(), holidays.end(), [](const BankHoliday &a, const BankHoliday &b) { return a.date < b.date; });
    return holidays;
}

Result<QVector<BankHoliday>> loadGovUkBankHolidays(const QString &path, const QString &division)
{
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Error e = makeError(ErrorCode::Io, QStringLiteral("cannot read bank holidays: %1").arg(file.errorString()));
        e.file = fileName;
        return e;
    }
    return parseGovUkBankHolidays(file.readAll(), fileName, division);
}

} // namespace hub
