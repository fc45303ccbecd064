#include "core/cases/case_reference.h"

#include <QRegularExpression>

namespace hub
{

QString formatCaseReference(const QString &officeCode, int year, int sequence)
{
    return QStringLiteral("%1-%2-%3")
        .arg(officeCode.toUpper())
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(sequence, 5, 10, QLatin1Char('0'));
}

bool parseCaseReference(const QString &ref, QString *officeCode, int *year, int *sequence)
{
    static const QRegularExpression re(QStringLiteral("^([A-Z0-9]{2,8})-(\\d{4})-(\\d{5,})$"));
    const auto m = re.match(ref.trimmed().toUpper());
    if (!m.hasMatch())
        return false;
    if (officeCode)
        *officeCode = m.captured(1);
    if (year)
        *year = m.captured(2).toInt();
    if (sequence)
        *sequence = m.captured(3).toInt();
    return true;
}

} // namespace hub
