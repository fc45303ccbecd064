#include "core/cases/letter_merge.h"

#include "core/cases/case_fields.h"

#include <QRegularExpression>

namespace hub
{

using namespace Qt::StringLiterals;

QStringList letterContextFields()
{
    return { u"ref"_s, u"practice_name"_s, u"ack_due"_s, u"response_due"_s, u"ccg_name"_s, u"today"_s };
}

QStringList letterMergeFields()
{
    return letterContextFields() + editableCaseFieldCodes();
}

QHash<QString, QString> caseFieldMergeValues(const QVariantMap &storedFields)
{
    QHash<QString, QString> out;
    for (const CaseFieldInfo &f : caseFields()) {
        const QString code = QString::fromLatin1(f.code);
        out.insert(code, caseFieldShown(f, storedFields.value(code)));
    }
    return out;
}

QString mergeLetter(
    const QString &templateText, const QHash<QString, QString> &values, bool html, QStringList *unknownFields)
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
            out += html ? values.value(name).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"))
                        : values.value(name);
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
