// Contract-type names and the code/postcode checks both practice parsers share.
#include "core/practices/practice.h"

namespace hub
{

QString contractTypeCode(ContractType type)
{
    switch (type) {
    case ContractType::GMS:
        return QStringLiteral("GMS");
    case ContractType::PMS:
        return QStringLiteral("PMS");
    case ContractType::APMS:
        return QStringLiteral("APMS");
    case ContractType::Unknown:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

QString contractTypeName(ContractType type)
{
    switch (type) {
    case ContractType::GMS:
        return QStringLiteral("General Medical Services");
    case ContractType::PMS:
        return QStringLiteral("Personal Medical Services");
    case ContractType::APMS:
        return QStringLiteral("Alternative Provider Medical Services");
    case ContractType::Unknown:
        break;
    }
    return QStringLiteral("Unknown");
}

std::optional<ContractType> contractTypeFromCode(const QString &code)
{
    for (ContractType t : { ContractType::GMS, ContractType::PMS, ContractType::APMS, ContractType::Unknown }) {
        if (code.compare(contractTypeCode(t), Qt::CaseInsensitive) == 0)
            return t;
    }
    return std::nullopt;
}

bool isValidPracticeCode(const QString &code)
{
    if (code.size() != 6 || code.at(0) < QLatin1Char('A') || code.at(0) > QLatin1Char('Z'))
        return false;
    for (QChar c : code) {
        const bool upper = c >= QLatin1Char('A') && c <= QLatin1Char('Z');
        const bool digit = c >= QLatin1Char('0') && c <= QLatin1Char('9');
        if (!upper && !digit)
            return false;
    }
    return true;
}

QString normalisePostcode(const QString &raw)
{
    QString compact = raw.toUpper();
    compact.remove(QLatin1Char(' '));
    compact.remove(QLatin1Char('\t'));
    if (compact.size() < 5 || compact.size() > 7)
        return compact;
    return compact.left(compact.size() - 3) + QLatin1Char(' ') + compact.right(3);
}

} // namespace hub
