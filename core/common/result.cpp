#include "core/common/result.h"

namespace hub
{

QString Error::describe() const
{
    QString where;
    if (!file.isEmpty())
        where = file;
    if (row > 0)
        where += (where.isEmpty() ? QStringLiteral("row %1") : QStringLiteral(" row %1")).arg(row);
    if (!field.isEmpty())
        where += (where.isEmpty() ? QStringLiteral("field '%1'") : QStringLiteral(", field '%1'")).arg(field);
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

Error makeError(ErrorCode code, QString message)
{
    Error e;
    e.code = code;
    e.message = std::move(message);
    return e;
}

} // namespace hub
