#include "every_report.h"

#include "core/cases/query_log_csv.h"
#include "database/cases/case_repository.h"
#include "database/cases/case_search.h"
#include "database/cases/closure_repository.h"
#include "database/cases/query_log_repository.h"
#include "database/cases/template_repository.h"
#include "database/catalogue/catalogue_repository.h"
#include "database/ccgs/ccg_repository.h"
#include "database/office_file.h"
#include "database/practices/practice_repository.h"
#include "database/sqlite/sql_error.h"
#include "database/sync/conflict_repository.h"
#include "database/sync/sync_status.h"

using namespace hub;
using namespace hub::db;

namespace hubfuzz
{

QStringList everyListAndReport(OfficeFile &file)
{
    QStringList failures;
    auto check = [&](const QString &what, const auto &result) {
        if (!result)
            failures << QStringLiteral("%1: %2").arg(what, result.error().describe());
    };
    const QDate today = QDate::currentDate();

    // The case list and My work's lists (docs/cli.md "case list"; ui/cases/my_work).
    CaseRepository cases(file);
    QVector<CaseFilter> filters(6);
    filters[1].openOnly = true;
    filters[2].overdueOnly = true;
    filters[3].awaitingAcknowledgement = true;
    filters[4].dueBy = today;
    filters[5].dueBy = today.addDays(7);
    filters[5].sort = CaseFilter::Sort::NextDue;
    for (CaseFilter &f : filters)
        f.limit = 0;
    QStringList refs;
    for (int i = 0; i < filters.size(); ++i) {
        CaseListQuery query(file);
        const auto rows = query.list(filters[i]);
        check(QStringLiteral("case list %1").arg(i), rows);
        check(QStringLiteral("case count %1").arg(i), query.count(filters[i]));
        if (rows && i == 0)
            for (const CaseRow &r : rows.value())
                refs << r.ref;
        CaseFilter screen = filters[i];
        screen.limit = 200;
        check(QStringLiteral("case list screen %1").arg(i), query.list(screen));
        check(QStringLiteral("case list screen count %1").arg(i), query.count(screen));
    }
    {
        CaseFilter byColumn;
        byColumn.sortColumn = CaseFilter::Column::Type;
        byColumn.limit = 200;
        CaseListQuery query(file);
        check(QStringLiteral("case list by type"), query.list(byColumn));
        check(QStringLiteral("officers"), query.officers());
    }
    for (const QString &ref : refs.mid(0, 50))
        check(QStringLiteral("case show %1").arg(ref), cases.get(ref));

    // The query log of every CCG month that has cases.
    try {
        Statement months = file.connection().prepare(QStringLiteral(
            "SELECT DISTINCT ccg_code, substr(received_on, 1, 4), substr(received_on, 6, 2) FROM case_record "
            "WHERE deleted_at IS NULL LIMIT 20"));
        while (months.step()) {
            const int year = months.text(1).toInt();
            const int month = months.text(2).toInt();
            if (!QDate(year, month, 1).isValid())
                continue;
            const auto log = QueryLogRepository(file).build(months.text(0), year, month);
            // A case naming a CCG this office does not have is not a failure of the report.
            if (!log && log.error().code == ErrorCode::NotFound)
                continue;
            check(QStringLiteral("query log %1 %2-%3").arg(months.text(0)).arg(year).arg(month), log);
            if (log)
                (void)queryLogCsv(log.value());
        }
    } catch (const SqlError &e) {
        failures << QStringLiteral("query log months: %1").arg(e.error().describe());
    }

    check(QStringLiteral("catalogue"), CatalogueRepository(file).load());
    check(QStringLiteral("ccgs"), CcgRepository(file).list());
    check(QStringLiteral("practices list"), PracticeRepository(file).list());
    check(QStringLiteral("practices count"), PracticeRepository(file).count());
    check(QStringLiteral("closure list"), ClosureRepository(file).list());
    check(QStringLiteral("calendar"), ClosureRepository(file).calendar());
    check(QStringLiteral("letter templates"), TemplateRepository(file).list());
    check(QStringLiteral("sync status"), syncStatus(file));
    check(QStringLiteral("sync conflicts"), ConflictRepository(file).list(true));
    return failures;
}

} // namespace hubfuzz
