#include "database/sync/fts_rebuild.h"

#include "database/sqlite/connection.h"

#include <QRegularExpression>
#include <QStringList>

namespace hub::db
{

void rebuildFullTextIndexes(const Connection &connection)
{
    static const QRegularExpression externalContent(
        QStringLiteral("content\\s*=\\s*'?\"?[A-Za-z_]"), QRegularExpression::CaseInsensitiveOption);
    QStringList rebuild;
    {
        Statement st = connection.prepare(QStringLiteral(
            "SELECT name, sql FROM sqlite_master WHERE type='table' AND sql LIKE 'CREATE VIRTUAL TABLE%' "
            "AND lower(sql) LIKE '%using fts5%'"));
        while (st.step())
            if (externalContent.match(st.text(1)).hasMatch())
                rebuild << st.text(0);
    }
    for (const QString &name : rebuild) {
        // The name comes from this file's own schema, not from the bundle.
        const QString quoted
            = QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        connection.execScript(QStringLiteral("INSERT INTO %1(%1) VALUES('rebuild')").arg(quoted));
    }
}

} // namespace hub::db
