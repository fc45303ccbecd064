#include "database/cases/case_search.h"

#include "database/sqlite/connection.h"

#include <QRegularExpression>
#include <QStringList>

namespace hub::db {

QString caseSearchExpression(const QString &typed)
{
    // Words as the unicode61 tokenizer sees them: letters and digits.
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"));
    QStringList terms;
    auto it = word.globalMatch(typed);
    while (it.hasNext())
        terms << it.next().captured(0);
    if (terms.isEmpty())
        return {};
    // Prefix only while the user may still be typing the last word.
    const bool lastIsPrefix = !typed.isEmpty() && !typed.back().isSpace();
    QStringList parts;
    for (int i = 0; i < terms.size(); ++i) {
        QString t = QLatin1Char('"') + terms[i] + QLatin1Char('"');
        if (i == terms.size() - 1 && lastIsPrefix)
            t += QLatin1Char('*');
        parts << t;
    }
    return parts.join(QLatin1Char(' '));
}

void rebuildCaseSearch(const Connection &connection)
{
    connection.execScript(QStringLiteral(
        "DELETE FROM case_fts;"
        "INSERT INTO case_fts(rowid, case_id, ref, title, body) "
        "  SELECT c.rowid, c.id, c.ref, c.title, c.description || ' ' || COALESCE((SELECT group_concat(e.note || ' ' || e.detail, ' ') "
        "    FROM case_event e WHERE e.case_id = c.id AND e.deleted_at IS NULL), '') FROM case_record c;"
        "INSERT INTO case_fts(case_fts) VALUES ('optimize');"));
}

} // namespace hub::db
