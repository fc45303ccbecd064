#pragma once
// Wording shared by the sync page and the backup dialog: stored UTC
// timestamps shown in local time (23/11/2026 14:05), database names shown as
// words ("ccg_lead" -> "CCG lead"), and the conflict kinds explained.

#include <QJsonObject>
#include <QString>

namespace hub::ui::synctext
{

// An ISO-8601 UTC timestamp as local "dd/MM/yyyy HH:mm"; `empty` when there is none.
QString localDateTime(const QString &isoUtc, const QString &empty = QString());

// "ccg_spec_item" -> "CCG spec item"; known short forms in capitals.
QString humanName(const QString &databaseName);

// data / notfound / conflict / constraint -> "Data" / "Not found" / "Conflict" / "Constraint".
QString kindName(const QString &kind);
// One sentence saying what the kind means to a user.
QString kindExplanation(const QString &kind);

// A readable label for a row: its code and name when it has them, else its id.
QString rowLabel(const QJsonObject &local, const QJsonObject &incoming, const QString &rowId);

// A JSON cell as text: "" for null, numbers without ".0", blobs as "(binary)".
QString cellText(const QJsonValue &value);

} // namespace hub::ui::synctext
