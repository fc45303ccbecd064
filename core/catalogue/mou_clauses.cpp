#include "core/catalogue/mou_clauses.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace hub
{

using namespace Qt::StringLiterals;

namespace
{

const QList<QPair<ClauseBlockKind, QString>> &kinds()
{
    static const QList<QPair<ClauseBlockKind, QString>> list {
        { ClauseBlockKind::Paragraph, u"paragraph"_s },
        { ClauseBlockKind::Item, u"item"_s },
        { ClauseBlockKind::Subitem, u"subitem"_s },
        { ClauseBlockKind::Footnote, u"footnote"_s },
        { ClauseBlockKind::Note, u"note"_s },
    };
    return list;
}

Error bad(const QString &source, const QString &path, const QString &message)
{
    Error e = makeError(ErrorCode::Invalid, message);
    e.file = source;
    e.field = path;
    return e;
}

} // namespace

QString clauseBlockKindCode(ClauseBlockKind kind)
{
    for (const auto &[k, code] : kinds()) {
        if (k == kind)
            return code;
    }
    return QString();
}

bool clauseBlockKindFromCode(const QString &code, ClauseBlockKind *out)
{
    for (const auto &[k, c] : kinds()) {
        if (c == code) {
            *out = k;
            return true;
        }
    }
    return false;
}

Result<QVector<MouClause>> parseClausesJson(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return bad(sourceName, QString(), u"not a JSON object: %1"_s.arg(parseError.errorString()));
    const QJsonValue list = doc.object().value(u"clauses"_s);
    if (!list.isArray())
        return bad(sourceName, u"clauses"_s, u"expected a list of clauses"_s);
    QVector<MouClause> out;
    QSet<QString> keys;
    const QJsonArray clauses = list.toArray();
    for (qsizetype i = 0; i < clauses.size(); ++i) {
        const QString at = u"clauses[%1]"_s.arg(i);
        const QJsonObject o = clauses.at(i).toObject();
        MouClause c;
        c.agreementKey = o.value(u"agreementKey"_s).toString();
        c.key = o.value(u"key"_s).toString();
        c.number = o.value(u"number"_s).toString();
        c.title = o.value(u"title"_s).toString();
        if (c.agreementKey.isEmpty() || c.key.isEmpty() || c.title.isEmpty())
            return bad(sourceName, at, u"a clause needs agreementKey, key and title"_s);
        if (keys.contains(c.agreementKey + u':' + c.key))
            return bad(sourceName, at + u".key"_s, u"'%1' appears twice under %2"_s.arg(c.key, c.agreementKey));
        keys.insert(c.agreementKey + u':' + c.key);
        const QJsonArray blocks = o.value(u"blocks"_s).toArray();
        for (qsizetype j = 0; j < blocks.size(); ++j) {
            const QJsonObject b = blocks.at(j).toObject();
            ClauseBlock block;
            if (!clauseBlockKindFromCode(b.value(u"kind"_s).toString(), &block.kind))
                return bad(sourceName, u"%1.blocks[%2].kind"_s.arg(at).arg(j),
                    u"unknown kind '%1'; expected paragraph, item, subitem, footnote or note"_s.arg(
                        b.value(u"kind"_s).toString()));
            block.text = b.value(u"text"_s).toString();
            if (block.text.trimmed().isEmpty())
                return bad(sourceName, u"%1.blocks[%2].text"_s.arg(at).arg(j), u"must not be empty"_s);
            c.blocks.append(block);
        }
        if (c.blocks.isEmpty())
            return bad(sourceName, at + u".blocks"_s, u"a clause needs at least one block of text"_s);
        out.append(c);
    }
    return out;
}

} // namespace hub
