#include "case_list_reference.h"

#include "database/cases/case_search.h"
#include "database/office_file.h"
#include "database/sqlite/connection.h"
#include "database/sqlite/statement.h"

namespace hubtest
{

using namespace hub::db;

QStringList referenceCaseRefs(OfficeFile &file, const CaseFilter &filter)
{
    QVariantList binds;
    QStringList terms = caseFilterTerms(filter, binds);
    QString from = QStringLiteral(" FROM case_record c");
    bool searchable = false;
    const QString match = filter.searchAsTyped ? caseTypeAheadExpression(filter.search, &searchable)
                                               : caseSearchExpression(filter.search);
    searchable = searchable || !match.isEmpty();
    if (!match.isEmpty()) {
        binds << match;
        terms << QStringLiteral("case_fts MATCH ?%1").arg(binds.size());
        from = QStringLiteral(
            " FROM case_fts JOIN case_record c ON c.rowid = case_fts.rowid AND c.id = case_fts.case_id");
    } else if (!searchable && !filter.search.trimmed().isEmpty()) {
        terms << QStringLiteral("0"); // only punctuation typed: nothing can match
    }
    Statement st = file.connection().prepare(
        QStringLiteral("SELECT c.ref%1 WHERE %2").arg(from, terms.join(QStringLiteral(" AND "))));
    for (int i = 0; i < binds.size(); ++i)
        st.bind(i + 1, binds[i]);
    QStringList out;
    while (st.step())
        out << st.text(0);
    out.sort();
    return out;
}

int referenceCaseCount(OfficeFile &file, const CaseFilter &filter)
{
    return int(referenceCaseRefs(file, filter).size());
}

} // namespace hubtest
