#include "database/sync/bundle_format.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

namespace hub::db
{

namespace
{

constexpr std::int64_t kMaxHeaderJson = 64 * 1024;

void putU32(QByteArray &out, std::uint32_t v)
{
    char b[4];
    qToBigEndian(v, b);
    out.append(b, 4);
}

void putU64(QByteArray &out, std::uint64_t v)
{
    char b[8];
    qToBigEndian(v, b);
    out.append(b, 8);
}

std::uint32_t getU32(const char *p)
{
    return qFromBigEndian<std::uint32_t>(p);
}
std::uint64_t getU64(const char *p)
{
    return qFromBigEndian<std::uint64_t>(p);
}

Error damaged(const QString &why)
{
    return makeError(ErrorCode::Corrupt,
        QStringLiteral("The sync bundle is damaged (%1); nothing was imported. Ask the sending office to export again.")
            .arg(why));
}

QByteArray seal(const QByteArray &payload)
{
    QByteArray out = BundleFormat::magic();
    putU32(out, BundleFormat::kVersion);
    putU64(out, static_cast<std::uint64_t>(payload.size()));
    out.append(QCryptographicHash::hash(payload, QCryptographicHash::Sha256));
    out.append(payload);
    return out;
}

} // namespace

const QByteArray &BundleFormat::magic()
{
    static const QByteArray m("HUBCSYNC", 8);
    return m;
}

QByteArray BundleFormat::write(const Bundle &b)
{
    const QJsonObject header {
        { QStringLiteral("format"), QStringLiteral("hubcase-sync") },
        { QStringLiteral("officeId"), b.officeId },
        { QStringLiteral("officeCode"), b.officeCode },
        { QStringLiteral("officeName"), b.officeName },
        { QStringLiteral("schemaVersion"), b.schemaVersion },
        { QStringLiteral("seqFrom"), static_cast<qint64>(b.seqFrom) },
        { QStringLiteral("seqTo"), static_cast<qint64>(b.seqTo) },
        { QStringLiteral("entryCount"), static_cast<qint64>(b.entries.size()) },
        { QStringLiteral("createdAt"), b.createdAt },
    };
    const QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Compact);
    QByteArray payload;
    putU32(payload, static_cast<std::uint32_t>(json.size()));
    payload.append(json);
    for (const BundleEntry &e : b.entries) {
        putU64(payload, static_cast<std::uint64_t>(e.seq));
        putU32(payload, static_cast<std::uint32_t>(e.changeset.size()));
        payload.append(e.changeset);
    }
    QJsonArray lineage;
    for (const auto &[rev, base] : b.lineage)
        lineage.append(QJsonArray { rev, base });
    const QByteArray lineageJson = QJsonDocument(lineage).toJson(QJsonDocument::Compact);
    putU32(payload, static_cast<std::uint32_t>(lineageJson.size()));
    payload.append(lineageJson);
    return seal(payload);
}

QByteArray BundleFormat::reseal(const QByteArray &bytes)
{
    return seal(bytes.mid(kFixedHeader));
}

Result<Bundle> BundleFormat::read(const QByteArray &bytes)
{
    if (bytes.size() < 8 || !bytes.startsWith(magic()))
        return makeError(
            ErrorCode::NotHubcaseFile, QStringLiteral("This is not a Hubcase sync bundle; nothing was imported."));
    if (bytes.size() < kFixedHeader)
        return makeError(ErrorCode::Corrupt,
            QStringLiteral("The sync bundle is incomplete (%1 bytes); it may still be copying. Nothing was imported.")
                .arg(bytes.size()));
    const char *p = bytes.constData();
    const std::uint32_t version = getU32(p + 8);
    if (version != kVersion)
        return makeError(ErrorCode::NewerVersion,
            QStringLiteral("The sync bundle uses format %1; this Hubcase reads format %2. Install the same Hubcase "
                           "version in both offices.")
                .arg(version)
                .arg(kVersion));
    const std::uint64_t length = getU64(p + 12);
    const std::uint64_t have = static_cast<std::uint64_t>(bytes.size() - kFixedHeader);
    if (length > have)
        return makeError(ErrorCode::Corrupt,
            QStringLiteral(
                "The sync bundle is incomplete (%1 of %2 bytes); it may still be copying. Nothing was imported.")
                .arg(have)
                .arg(length));
    if (length < have)
        return damaged(QStringLiteral("%1 unexpected bytes at the end").arg(have - length));
    const QByteArray payload = bytes.mid(kFixedHeader);
    if (QCryptographicHash::hash(payload, QCryptographicHash::Sha256) != bytes.mid(20, 32))
        return damaged(QStringLiteral("checksum mismatch"));

    // Past the checksum the bytes are what an office wrote; still parse them
    // defensively, as a hand-made bundle would pass the checksum too.
    const std::int64_t size = payload.size();
    const char *q = payload.constData();
    if (size < 4)
        return damaged(QStringLiteral("no header"));
    const std::int64_t jsonLen = getU32(q);
    if (jsonLen > kMaxHeaderJson || 4 + jsonLen > size)
        return damaged(QStringLiteral("bad header length"));
    QJsonParseError err {};
    const QJsonDocument doc = QJsonDocument::fromJson(payload.mid(4, jsonLen), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return damaged(QStringLiteral("unreadable header"));
    const QJsonObject h = doc.object();
    if (h.value(QStringLiteral("format")).toString() != QLatin1String("hubcase-sync"))
        return makeError(
            ErrorCode::NotHubcaseFile, QStringLiteral("This is not a Hubcase sync bundle; nothing was imported."));
    Bundle b;
    b.officeId = h.value(QStringLiteral("officeId")).toString();
    b.officeCode = h.value(QStringLiteral("officeCode")).toString();
    b.officeName = h.value(QStringLiteral("officeName")).toString();
    b.schemaVersion = h.value(QStringLiteral("schemaVersion")).toInt(-1);
    b.seqFrom = h.value(QStringLiteral("seqFrom")).toInteger(-1);
    b.seqTo = h.value(QStringLiteral("seqTo")).toInteger(-1);
    b.createdAt = h.value(QStringLiteral("createdAt")).toString();
    const qint64 count = h.value(QStringLiteral("entryCount")).toInteger(-1);
    if (b.officeId.isEmpty() || b.officeCode.isEmpty() || b.schemaVersion < 1 || b.seqFrom < 1 || b.seqTo < b.seqFrom
        || count < 0 || count > b.seqTo - b.seqFrom + 1)
        return damaged(QStringLiteral("incomplete header"));

    std::int64_t pos = 4 + jsonLen;
    std::int64_t lastSeq = 0;
    for (qint64 i = 0; i < count; ++i) {
        if (pos + 12 > size)
            return damaged(QStringLiteral("entry %1 cut short").arg(i + 1));
        BundleEntry e;
        e.seq = static_cast<std::int64_t>(getU64(q + pos));
        const std::int64_t len = getU32(q + pos + 8);
        pos += 12;
        if (e.seq < b.seqFrom || e.seq > b.seqTo || e.seq <= lastSeq)
            return damaged(QStringLiteral("entry %1 out of range").arg(i + 1));
        if (len < 1 || pos + len > size)
            return damaged(QStringLiteral("entry %1 cut short").arg(i + 1));
        e.changeset = payload.mid(pos, len);
        pos += len;
        lastSeq = e.seq;
        b.entries.append(e);
    }
    if (pos + 4 > size)
        return damaged(QStringLiteral("history section missing"));
    const std::int64_t lineageLen = getU32(q + pos);
    pos += 4;
    if (pos + lineageLen != size)
        return damaged(QStringLiteral("history section has the wrong length"));
    const QJsonDocument lineage = QJsonDocument::fromJson(payload.mid(pos, lineageLen), &err);
    if (err.error != QJsonParseError::NoError || !lineage.isArray())
        return damaged(QStringLiteral("unreadable history section"));
    for (const QJsonValue &v : lineage.array()) {
        const QJsonArray pair = v.toArray();
        if (pair.size() != 2 || !pair[0].isString() || !pair[1].isString() || pair[0].toString().isEmpty()
            || pair[0].toString().size() > 200 || pair[1].toString().size() > 200)
            return damaged(QStringLiteral("bad history entry"));
        b.lineage.append({ pair[0].toString(), pair[1].toString() });
    }
    return b;
}

} // namespace hub::db
