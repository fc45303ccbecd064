// Deterministic smoke pass of the bundle-import fuzzer, built with the normal
// compiler so it always runs in the suite: thousands of seeded mutations of a
// valid bundle (bit flips, truncation, splices, resealed so the parser behind
// the checksum is reached). Import must either succeed or refuse, and a
// refusal must leave every table of the file exactly as it was.
#include "sync_test_support.h"

#include "database/sync/bundle_format.h"

#include <random>

using namespace hub;
using namespace hub::db;

namespace
{

QByteArray mutate(const QByteArray &good, const QByteArray &other, std::mt19937 &rng)
{
    auto pick
        = [&](qsizetype n) { return static_cast<qsizetype>(std::uniform_int_distribution<qsizetype>(0, n - 1)(rng)); };
    QByteArray b = good;
    // Past the fixed header most of the time, so resealing reaches the parser.
    const qsizetype start = pick(4) == 0 ? 0 : BundleFormat::kFixedHeader;
    const qsizetype span = b.size() - start;
    switch (pick(7)) {
    case 0:
        for (int i = 0, n = 1 + static_cast<int>(pick(8)); i < n; ++i) {
            const qsizetype at = start + pick(span);
            b[at] = static_cast<char>(b[at] ^ (1 << pick(8)));
        }
        break;
    case 1:
        b.truncate(start + pick(span));
        break;
    case 2: {
        const qsizetype at = start + pick(span);
        const qsizetype from = pick(other.size());
        b.insert(at, other.mid(from, 1 + pick(64)));
        break;
    }
    case 3: {
        const qsizetype at = start + pick(span);
        b.remove(at, 1 + pick(32));
        break;
    }
    case 4: {
        const qsizetype at = start + pick(span);
        const qsizetype from = start + pick(span);
        b.replace(at, 8, b.mid(from, 8));
        break;
    }
    case 5:
        for (int i = 0, n = 1 + static_cast<int>(pick(4)); i < n; ++i)
            b[start + pick(span)] = static_cast<char>(pick(256));
        break;
    default: {
        // Interesting values on length and count fields.
        static const unsigned char values[] = { 0x00, 0x01, 0x7f, 0x80, 0xff };
        const qsizetype at = start + pick(span);
        b[at] = static_cast<char>(values[pick(5)]);
        break;
    }
    }
    return pick(3) == 0 ? b : BundleFormat::reseal(b);
}

} // namespace

TEST_CASE("Mutated bundles are imported or refused, never half-applied", "[sync][fuzz]")
{
    hubtest::TempDir tmp;
    auto o = synctest::officesFromSeed(tmp, { QStringLiteral("AAA"), QStringLiteral("BBB") });
    OfficeFile &a = *o[0];
    OfficeFile &b = *o[1];
    const QString ccg = synctest::firstId(a, QStringLiteral("ccg"));
    for (int i = 0; i < 4; ++i)
        synctest::edit(
            a, QStringLiteral("ccg"), ccg, { { QStringLiteral("ccg_lead"), QStringLiteral("Lead %1").arg(i) } });
    {
        WriteTransaction tx(a.connection());
        const QString p = RecordStore(a).insert(QStringLiteral("practice"),
            { { QStringLiteral("ods_code"), QStringLiteral("Q1") },
                { QStringLiteral("name"), QStringLiteral("Fuzz") } });
        RecordStore(a).insert(QStringLiteral("ccg_level"),
            { { QStringLiteral("ccg_id"), ccg }, { QStringLiteral("level"), QStringLiteral("fully-delegated") } });
        tx.commit();
        synctest::edit(a, QStringLiteral("practice"), p, { { QStringLiteral("registered_patients"), 1234 } });
    }
    const QByteArray good = synctest::allChanges(a);
    const QByteArray other = synctest::allChanges(a, 3);

    std::mt19937 rng(20261123);
    constexpr int kRuns = 3000;
    int accepted = 0, refused = 0;
    QString before = synctest::wholeFileHash(b);
    for (int run = 0; run < kRuns; ++run) {
        const QByteArray bad = mutate(good, other, rng);
        const auto r = synctest::importBytes(b, bad);
        const QString after = synctest::wholeFileHash(b);
        if (r.ok()) {
            ++accepted;
            before = after; // a mutation may still be a valid bundle
        } else {
            ++refused;
            INFO("run " << run << ": " << r.error().message.toStdString());
            REQUIRE(after == before);
            REQUIRE_FALSE(r.error().message.isEmpty());
        }
    }
    CHECK(refused > kRuns / 2);
    CHECK(b.connection().scalar(QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
    CHECK(b.connection().scalar(QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    // The office still takes the real bundle afterwards.
    CHECK(synctest::importBytes(b, good).ok());
    UNSCOPED_INFO("fuzz smoke: " << accepted << " accepted, " << refused << " refused");
}
