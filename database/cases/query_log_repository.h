#pragma once
// Feeds the core query-log calculation (core/cases/query_log.h) from the
// office file: a CCG's cases under the Queries standard received in a month.

#include "core/cases/query_log.h"
#include "core/common/result.h"

namespace hub::db
{

class OfficeFile;

class QueryLogRepository
{
public:
    explicit QueryLogRepository(OfficeFile &file)
        : m_file(file)
    {
    }
    // `asOf` null -> the month's last day.
    Result<QueryLog> build(const QString &ccgCode, int year, int month, const QDate &asOf = {});

private:
    OfficeFile &m_file;
};

} // namespace hub::db
