#pragma once
// Acknowledgement and holding letters: a template's {{field}} markers filled
// from the case. Every editable case field is a merge field under its code
// (core/cases/case_fields.h), so a field added there can be printed at once;
// a few more come from the case's context (reference, names, due dates).
// Unknown markers are left visible and reported, so a typo in an edited
// template shows up instead of silently printing nothing.

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace hub
{

// The merge fields the case's context fills: ref, practice_name, ack_due, response_due, ccg_name, today.
QStringList letterContextFields();
// Every merge field: the context ones, then each case field's code (title, ..., requester_phone).
QStringList letterMergeFields();

// The case fields' merge values from their stored values by code (dates and
// choices in words, as CaseFieldInfo::shown says).
QHash<QString, QString> caseFieldMergeValues(const QVariantMap &storedFields);

// Replaces {{name}} (spaces inside the braces allowed). With `html` the
// values are HTML-escaped (templates are rich text).
QString mergeLetter(const QString &templateText, const QHash<QString, QString> &values, bool html,
    QStringList *unknownFields = nullptr);

} // namespace hub
