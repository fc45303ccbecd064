#include "core/common/format.h"

#include <QLocale>
#include <QRegularExpression>

namespace hub
{

QString formatDate(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString formatDateLong(const QDate &date)
{
    return date.isValid()
        ? QLocale(QLocale::English, QLocale::UnitedKingdom).toString(date, QStringLiteral("d MMMM yyyy"))
        : QString();
}

QString formatIsoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString formatMoney(Pence pence)
{
    const bool negative = pence < 0;
    const std::uint64_t abs
        = negative ? static_cast<std::uint64_t>(-(pence + 1)) + 1 : static_cast<std::uint64_t>(pence);
    QString pounds = QString::number(abs / 100);
    for (auto i = pounds.size() - 3; i > 0; i -= 3)
        pounds.insert(i, QLatin1Char(','));
    const auto p = static_cast<int>(abs % 100);
    return QStringLiteral("%1£%2.%3")
        .arg(negative ? QStringLiteral("-") : QString(), pounds)
        .arg(p, 2, 10, QLatin1Char('0'));
}

QDate parseDate(const QString &raw)
{
    const QString text = raw.trimmed();
    for (const auto *fmt : { "dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "yyyyMMdd" }) {
        const QDate d = QDate::fromString(text, QString::fromLatin1(fmt));
        if (d.isValid())
            return d;
    }
    return {};
}

bool parseMoney(const QString &raw, Pence *out)
{
    static const QRegularExpression re(QStringLiteral("^(-)?£?(\\d{1,3}(?:,\\d{3})*|\\d+)(?:\\.(\\d{1,2}))?$"));
    QString text = raw.trimmed();
    if (text.startsWith(QStringLiteral("£-")))
        text = QStringLiteral("-£") + text.mid(2);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return false;
    QString whole = m.captured(2);
    whole.remove(QLatin1Char(','));
    bool ok = false;
    const qint64 pounds = whole.toLongLong(&ok);
    if (!ok)
        return false;
    QString frac = m.captured(3);
    while (frac.size() < 2)
        frac += QLatin1Char('0');
    const Pence value = pounds * 100 + frac.toInt();
    *out = m.captured(1).isEmpty() ? value : -value;
    return true;
}

} // namespace hub
