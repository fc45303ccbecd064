#pragma once
// The sync bundle file (docs/sync.md "Bundle format"): a fixed binary header
// with a SHA-256 over everything after it, a JSON description of the sending
// office and range, then the outbox entries as SQLite changesets.

#include "core/common/result.h"

#include <QByteArray>
#include <QString>
#include <QVector>
#include <cstdint>

namespace hub::db
{

struct BundleEntry {
    std::int64_t seq = 0;
    QByteArray changeset;
};

struct Bundle {
    QString officeId;
    QString officeCode;
    QString officeName;
    int schemaVersion = 0;
    std::int64_t seqFrom = 0;
    std::int64_t seqTo = 0;
    QString createdAt;
    QVector<BundleEntry> entries;
    // (rev, base rev) pairs: the history behind the changed rows, so the
    // receiver can tell a fast-forward from a concurrent edit even when
    // intermediate versions have not reached it yet.
    QVector<QPair<QString, QString>> lineage;
};

class BundleFormat
{
public:
    static constexpr int kVersion = 1;
    static constexpr int kFixedHeader = 52; // magic 8 + version 4 + length 8 + sha256 32
    static const QByteArray &magic(); // "HUBCSYNC"

    static QByteArray write(const Bundle &bundle);
    // Refuses foreign, truncated, damaged and malformed bundles whole.
    static Result<Bundle> read(const QByteArray &bytes);

    // Recomputes length and checksum over a (possibly edited) payload; the
    // fuzz smoke test uses it to reach the parser behind the checksum.
    static QByteArray reseal(const QByteArray &bundleBytes);
};

} // namespace hub::db
