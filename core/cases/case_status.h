#pragma once
// Priority (set by people) and status (kept in step with the timeline by the
// repository, never typed by hand) of a case.

#include <QString>
#include <QStringList>

namespace hub
{

enum class CasePriority { Low, Normal, High, Urgent };
QString casePriorityCode(CasePriority p); // "low", "normal", "high", "urgent"
QString casePriorityName(CasePriority p); // "Low", "Normal", "High", "Urgent"
bool casePriorityFromCode(const QString &code, CasePriority *out);
QStringList casePriorityCodes();

// open -> acknowledged -> responded -> closed; paused while a clock is stopped.
enum class CaseStatus { Open, Acknowledged, Paused, Responded, Closed };
QString caseStatusCode(CaseStatus s); // "open", "acknowledged", ...
QString caseStatusName(CaseStatus s); // "Open", "Acknowledged", ...
bool caseStatusFromCode(const QString &code, CaseStatus *out);
QStringList caseStatusCodes();
// "Open", … or "Unknown (code)" for a status a newer Hubcase may have added.
QString caseStatusLabel(const QString &code);

} // namespace hub
