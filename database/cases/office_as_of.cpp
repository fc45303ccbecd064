#include "database/cases/office_as_of.h"

#include "database/demo/demo_as_of.h"

namespace hub::db {

QDate officeAsOfOverride(const OfficeFile &file)
{
    return demoAsOf(file);
}

QDate officeAsOf(const OfficeFile &file)
{
    const QDate demo = demoAsOf(file);
    return demo.isValid() ? demo : QDate::currentDate();
}

} // namespace hub::db
