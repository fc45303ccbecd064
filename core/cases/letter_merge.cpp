#include "core/cases/letter_merge.h"

#include <QRegularExpression>

namespace hub {

QStringList letterMergeFields()
{
    return {QStringLiteral("ref"), QStringLiteral("practice_name"), QStringLiteral("received_on"), QStringLiteral("ack_due"),
            QStringLiteral("response_due"), QStringLiteral("ccg_name"), QStringLiteral("officer"), QStringLiteral("today"),
            QStringLiteral("title")};
}

QString mergeLetter(const QString &templateText, const QHash<QString, QString> &values, bool html, QStringList *unknownFields)
{
    static const QRegularExpression re(QStringLiteral("\\{\\{\\s*([a-z_]+)\\s*\\}\\}"));
    QString out;
    qsizetype pos = 0;
    auto it = re.globalMatch(templateText);
    while (it.hasNext()) {
        const auto m = it.next();
        out += templateText.mid(pos, m.capturedStart() - pos);
        const QString name = m.captured(1);
        if (values.contains(name)) {
            out += html ? values.value(name).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>")) : values.value(name);
        } else {
            out += m.captured(0);
            if (unknownFields && !unknownFields->contains(name))
                unknownFields->append(name);
        }
        pos = m.capturedEnd();
    }
    out += templateText.mid(pos);
    return out;
}

} // namespace hub
