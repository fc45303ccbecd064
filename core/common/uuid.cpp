#include "core/common/uuid.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace hub
{

namespace
{

QString toText(const unsigned char *b)
{
    static const char hex[] = "0123456789abcdef";
    QString out;
    out.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out += QLatin1Char('-');
        out += QLatin1Char(hex[b[i] >> 4]);
        out += QLatin1Char(hex[b[i] & 0x0F]);
    }
    return out;
}

} // namespace

QString stableUuid(const QString &name)
{
    const QByteArray digest
        = QCryptographicHash::hash(QByteArrayLiteral("hubcase:") + name.toUtf8(), QCryptographicHash::Sha256);
    unsigned char b[16];
    for (int i = 0; i < 16; ++i)
        b[i] = static_cast<unsigned char>(digest[i]);
    b[6] = static_cast<unsigned char>(0x80 | (b[6] & 0x0F)); // version 8
    b[8] = static_cast<unsigned char>(0x80 | (b[8] & 0x3F));
    return toText(b);
}

QString uuid7At(std::int64_t unixMillis)
{
    unsigned char b[16];
    const auto ms = static_cast<std::uint64_t>(unixMillis);
    for (int i = 0; i < 6; ++i)
        b[i] = static_cast<unsigned char>(ms >> (8 * (5 - i)));
    auto *rng = QRandomGenerator::system();
    for (int i = 6; i < 16; ++i)
        b[i] = static_cast<unsigned char>(rng->bounded(256));
    b[6] = static_cast<unsigned char>(0x70 | (b[6] & 0x0F)); // version 7
    b[8] = static_cast<unsigned char>(0x80 | (b[8] & 0x3F)); // RFC 4122 variant
    return toText(b);
}

QString newUuid7()
{
    return uuid7At(QDateTime::currentMSecsSinceEpoch());
}

bool isUuid(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return re.match(text).hasMatch();
}

} // namespace hub
