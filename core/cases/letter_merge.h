#pragma once
// Acknowledgement and holding letters: a template's {{field}} markers filled
// from the case. Unknown markers are left visible and reported, so a typo in
// an edited template shows up instead of silently printing nothing.

#include <QHash>
#include <QString>
#include <QStringList>

namespace hub {

// The merge fields every letter can use.
QStringList letterMergeFields();   // ref, practice_name, received_on, ack_due, response_due, ccg_name, officer, today, title

// Replaces {{name}} (spaces inside the braces allowed). With `html` the
// values are HTML-escaped (templates are rich text).
QString mergeLetter(const QString &templateText, const QHash<QString, QString> &values, bool html,
                    QStringList *unknownFields = nullptr);

} // namespace hub
