#pragma once
// Human case references: <OFFICE>-<YYYY>-<NNNNN>. The office code prefix keeps
// references from two offices apart after sync; the number restarts each year.

#include <QString>

namespace hub
{

QString formatCaseReference(const QString &officeCode, int year, int sequence); // "WMH-2016-00042"
// False unless `ref` has the form above (office 2-8 capitals/digits, 5+ digit sequence).
bool parseCaseReference(const QString &ref, QString *officeCode, int *year, int *sequence);

} // namespace hub
