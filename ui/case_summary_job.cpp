#include "ui/case_summary_job.h"

#include "print/case_summary_document.h"

#include <QObject>

namespace hub::ui
{

DocumentJob caseSummaryJob(const db::CaseDetail &detail, const QString &user)
{
    DocumentJob job;
    job.what = QObject::tr("case summary");
    job.title = QObject::tr("%1 — case summary").arg(detail.row.ref);
    job.fileName = print::caseSummaryFileName(detail);
    job.decoration = print::caseSummaryDecoration(detail, user);
    job.build = [detail](QTextDocument &doc) { print::buildCaseSummaryDocument(doc, detail); };
    return job;
}

} // namespace hub::ui
