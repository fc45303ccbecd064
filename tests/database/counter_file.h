#pragma once
// The office file the shared-file tests hammer: no catalogue (the workers only
// need practices) and `practices` counters at 0 (registered_patients).

#include <QString>

namespace hubtest
{

void makeCounterFile(const QString &path, int practices, const QString &officeCode = QString());

} // namespace hubtest
