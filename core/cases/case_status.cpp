#include "core/cases/case_status.h"

#include "core/cases/case_type.h"

#include <QCoreApplication>

namespace hub
{

namespace
{
const char *const kPriorities[] = { "low", "normal", "high", "urgent" };
const char *const kPriorityNames[] = { QT_TRANSLATE_NOOP("CaseField", "Low"), QT_TRANSLATE_NOOP("CaseField", "Normal"),
    QT_TRANSLATE_NOOP("CaseField", "High"), QT_TRANSLATE_NOOP("CaseField", "Urgent") };
const char *const kStatuses[] = { "open", "acknowledged", "paused", "responded", "closed" };
const char *const kStatusNames[] = { "Open", "Acknowledged", "Paused", "Responded", "Closed" };
} // namespace

QString casePriorityCode(CasePriority p)
{
    return QString::fromLatin1(kPriorities[int(p)]);
}
QString casePriorityName(CasePriority p)
{
    return QCoreApplication::translate("CaseField", kPriorityNames[int(p)]);
}

bool casePriorityFromCode(const QString &code, CasePriority *out)
{
    for (int i = 0; i < 4; ++i) {
        if (code == QLatin1String(kPriorities[i])) {
            *out = CasePriority(i);
            return true;
        }
    }
    return false;
}

QString caseStatusCode(CaseStatus s)
{
    return QString::fromLatin1(kStatuses[int(s)]);
}
QString caseStatusName(CaseStatus s)
{
    return QString::fromLatin1(kStatusNames[int(s)]);
}

bool caseStatusFromCode(const QString &code, CaseStatus *out)
{
    for (int i = 0; i < 5; ++i) {
        if (code == QLatin1String(kStatuses[i])) {
            *out = CaseStatus(i);
            return true;
        }
    }
    return false;
}

QStringList casePriorityCodes()
{
    QStringList out;
    for (const char *c : kPriorities)
        out << QString::fromLatin1(c);
    return out;
}

QStringList caseStatusCodes()
{
    QStringList out;
    for (const char *c : kStatuses)
        out << QString::fromLatin1(c);
    return out;
}

QString caseStatusLabel(const QString &code)
{
    CaseStatus s;
    return caseStatusFromCode(code, &s) ? caseStatusName(s) : unknownCodeLabel(code);
}

} // namespace hub
