#include "database/demo/demo_office.h"

#include "core/practices/practice_import.h"
#include "database/catalogue/catalogue_repository.h"
#include "database/ccgs/ccg_repository.h"
#include "database/demo/case_history_generator.h"
#include "database/demo/demo_as_of.h"
#include "database/office_file.h"
#include "database/practices/practice_repository.h"
#include "database/specs/spec_repository.h"

#include <QFile>

namespace hub::db
{

using namespace Qt::StringLiterals;

namespace
{

// Illustrative staff names for the demo only: the seed names the Hub's senior
// team but not each CCG's leads.
const char *const kContractingLeads[] = { "Aisha Patel", "Tom Bradley", "Gemma Lewis", "Rajinder Sandhu" };
const char *const kFinanceLeads[] = { "Claire Morgan", "Imran Hussain", "Paul Griffiths" };

} // namespace

namespace
{

Status populateDemo(OfficeFile &file, const DemoProgress &progress, DemoSummary *sum)
{
    auto told = [&](const char *stage) {
        if (progress)
            progress(QString::fromLatin1(stage));
    };
    QFile resource(u":/data/demo-practices-2015-16.csv"_s);
    if (!resource.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Internal, u"The demo practice list is missing from this build."_s);
    const Result<PracticeImport> parsed = parsePracticeBytes(resource.readAll(), u"demo-practices-2015-16.csv"_s);
    if (!parsed)
        return parsed.error();
    const auto imported
        = PracticeRepository(file).importParsed(parsed.value(), u"NHS Payments to General Practice 2015-16"_s);
    if (!imported)
        return imported.error();
    told("practices");

    CcgRepository ccgs(file);
    const auto list = ccgs.list();
    if (!list)
        return list.error();
    int i = 0;
    for (const Ccg &c : list.value()) {
        const Status s = ccgs.update(c.code, c.meta.version,
            { { u"hub_contracting_lead"_s, QString::fromLatin1(kContractingLeads[i % 4]) },
                { u"hub_finance_lead"_s, QString::fromLatin1(kFinanceLeads[i % 3]) } });
        if (!s)
            return s.error();
        const auto spec = SpecRepository(file).loadOrCreate(c.code);
        if (!spec)
            return spec.error();
        ++i;
    }
    told("leads");
    const CaseHistoryOptions historyOptions;
    const auto history = generateCaseHistory(file, historyOptions);
    if (!history)
        return history.error();
    told("cases");
    // Screens read the demo as of the history's last day (database/demo/demo_as_of.h).
    const Status asOf = setDemoAsOf(file, historyOptions.to);
    if (!asOf)
        return asOf.error();
    told("as-of");
    sum->cases = history->cases;
    sum->practices = imported->inserted + imported->updated + imported->unchanged;
    sum->ccgs = static_cast<int>(list->size());
    return {};
}

} // namespace

Result<DemoSummary> createDemoOffice(const QString &path, const QString &officeCode, const DemoProgress &progress)
{
    CreateOptions options;
    options.officeCode = officeCode;
    DemoSummary sum;
    auto created
        = OfficeFile::create(path, options, [&](OfficeFile &file) { return populateDemo(file, progress, &sum); });
    if (!created)
        return created.error();
    return sum;
}

} // namespace hub::db
