#include "core/specification/spec_wording.h"

#include "core/common/format.h"

#include <QRegularExpression>

namespace hub
{

using namespace Qt::StringLiterals;

QString agreementVersionNumber(const QString &version)
{
    static const QRegularExpression number(u"^\\s*v?(\\d+(?:\\.\\d+)*)"_s, QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = number.match(version);
    return m.hasMatch() ? m.captured(1) : version.trimmed();
}

QString specVersionLabel(const QString &agreementVersion, const Ccg &ccg)
{
    const QString number = agreementVersionNumber(agreementVersion);
    QString name = ccg.shortName.isEmpty() ? ccg.name : ccg.shortName + u" CCG"_s;
    if (number.isEmpty())
        return name;
    return u"Version %1 %2"_s.arg(number, name);
}

QDate specAgreedOn(const CcgSpecification &spec)
{
    if (!spec.ccgLeadSignedOn.isValid() || !spec.directorSignedOn.isValid())
        return {};
    return qMax(spec.ccgLeadSignedOn, spec.directorSignedOn);
}

QString specAgreedText(const CcgSpecification &spec)
{
    if (spec.status != SpecStatus::Agreed)
        return {};
    QStringList names;
    for (const QString &n : { spec.ccgLeadName.trimmed(), spec.directorName.trimmed() }) {
        if (!n.isEmpty())
            names << n;
    }
    const QDate on = specAgreedOn(spec);
    QString text = on.isValid() ? u"Agreed %1"_s.arg(formatDate(on)) : u"Agreed"_s;
    if (!names.isEmpty())
        text += u" by "_s + names.join(u" and "_s);
    return text;
}

} // namespace hub
