#pragma once
// What the case services read besides the case itself: the service
// standards (read directly, so it is safe inside a write transaction) and
// who owns an activity under a CCG's specification.

#include "core/catalogue/catalogue.h"
#include "core/common/result.h"

#include <QHash>
#include <QString>

namespace hub::db
{

class Connection;
class OfficeFile;

// Live standards by key, with their exclusions in seed order.
QHash<QString, ServiceStandard> readStandards(const Connection &connection);

// "Hub", "CCG", "Hub supports CCG" or "To be determined" for an activity of a
// CCG. Reads the catalogue and may create the CCG's draft specification, so
// call it outside any transaction.
Result<QString> ownerFor(OfficeFile &file, const QString &ccgCode, const QString &activityKey);

} // namespace hub::db
