// case summary FILE REF --pdf OUT [--as-of DATE] [--json]
#include "commands_case_summary.h"

#include "cli_output.h"
#include "command_preamble.h"

#include "core/common/format.h"
#include "database/cases/case_repository.h"
#include "database/demo/demo_as_of.h"
#include "database/office_file.h"
#include "print/case_summary_document.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace hubcli
{

using namespace hub;
using namespace Qt::StringLiterals;

int caseSummary(const Args &args)
{
    int code = 0;
    if (!checkArgs(args, 4, { u"pdf"_s, u"as-of"_s, u"json"_s }, &code))
        return code;
    const QString pdf = args.option(u"pdf"_s);
    if (pdf.isEmpty())
        return usage(u"case summary needs --pdf OUT"_s);
    QDate asOf;
    if (args.has(u"as-of"_s)) {
        asOf = parseDate(args.option(u"as-of"_s));
        if (!asOf.isValid())
            return usage(u"--as-of needs a date"_s);
    }
    auto file = openOffice(args.word(2), &code);
    if (!file)
        return code;
    if (!asOf.isValid())
        asOf = db::demoAsOf(*file); // a demo office is read as of its own last day, as on screen
    const Result<db::CaseDetail> detail = db::CaseRepository(*file).get(args.word(3), asOf);
    if (!detail)
        return fail(detail.error());
    const Result<int> pages = print::writeCaseSummaryPdf(detail.value(), pdf, file->user());
    if (!pages)
        return fail(pages.error());
    if (args.flag(u"json"_s))
        outJson(QJsonDocument(QJsonObject { { u"ref"_s, detail->row.ref }, { u"pdf"_s, pdf },
            { u"pages"_s, pages.value() }, { u"timelineEntries"_s, int(detail->timeline.size()) },
            { u"asOf"_s, detail->asOf.toString(Qt::ISODate) } }));
    else
        out(u"Wrote %1 (%2 of case %3)"_s.arg(
            pdf, pages.value() == 1 ? u"1 page"_s : u"%1 pages"_s.arg(pages.value()), detail->row.ref));
    return ExitOk;
}

} // namespace hubcli
