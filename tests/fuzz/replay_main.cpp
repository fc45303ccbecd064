// Runs the bundle-import fuzz target without libFuzzer, with the normal
// compiler: the CTest test fuzz_bundle_import_replay (docs/testing.md).
//
//   fuzz_bundle_import_replay [--mutations=N] [--typed=N] [--seed=S] [--quick] [FILE|DIR ...]
//
// Runs every seed bundle (made from real edits) and N deterministic
// mutations of them (default 1500 when run by hand, 1000 in CTest: bit flips, truncation, splices across
// seeds, deletions, copies, interesting bytes), N typed mutations of the seeds
// (default 600: one value of one row changed, resealed; typed_mutation.h), plus every FILE / file in
// DIR given (a libFuzzer corpus or crash-* files). Every refusal is followed
// by a whole-file check (hashes, integrity_check) unless --quick, which checks
// only refusals that wrote rows, as libFuzzer runs do. The target aborts on an
// invariant violation; the exit code is 0 when every input kept it.
#include "bundle_import_fuzzer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <cstdio>
#include <random>

namespace
{

void runOne(const QByteArray &bytes)
{
    LLVMFuzzerTestOneInput(
        reinterpret_cast<const std::uint8_t *>(bytes.constData()), static_cast<std::size_t>(bytes.size()));
}

QByteArray mutate(const QVector<QByteArray> &seeds, std::mt19937 &rng)
{
    auto pick
        = [&](qsizetype n) { return n <= 1 ? qsizetype(0) : std::uniform_int_distribution<qsizetype>(0, n - 1)(rng); };
    QByteArray b = seeds[pick(seeds.size())];
    const QByteArray &other = seeds[pick(seeds.size())];
    const int rounds = 1 + static_cast<int>(pick(3));
    for (int r = 0; r < rounds && !b.isEmpty(); ++r) {
        // Mostly past the fixed header: the target reseals, so the payload parser is reached.
        const qsizetype start = (pick(5) == 0 || b.size() <= 52) ? 0 : 52;
        const qsizetype span = qMax<qsizetype>(1, b.size() - start);
        const qsizetype at = qMin(b.size() - 1, start + pick(span));
        switch (pick(7)) {
        case 0:
            b[at] = static_cast<char>(b[at] ^ (1 << pick(8)));
            break;
        case 1:
            b.truncate(at);
            break;
        case 2:
            b.insert(at, other.mid(pick(other.size()), 1 + pick(64)));
            break;
        case 3:
            b.remove(at, 1 + pick(32));
            break;
        case 4:
            b.replace(at, 8, b.mid(start + pick(span), 8));
            break;
        case 5:
            b[at] = static_cast<char>(pick(256));
            break;
        default: {
            static const unsigned char values[] = { 0x00, 0x01, 0x7f, 0x80, 0xff, '"', '{', ']', '0', '9', '-' };
            b[at] = static_cast<char>(values[pick(sizeof values)]);
            break;
        }
        }
    }
    return b;
}

} // namespace

int main(int argc, char **argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    int mutations = 1500;
    int typed = 600;
    unsigned seed = 20261123;
    bool quick = false;
    QString writeTyped; // --write-typed=DIR: write the typed mutations as .hubsync files instead (trials)
    QStringList inputs;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("--quick"))
            quick = true;
        else if (arg.startsWith(QLatin1String("--mutations=")))
            mutations = arg.mid(12).toInt();
        else if (arg.startsWith(QLatin1String("--write-typed=")))
            writeTyped = arg.mid(14);
        else if (arg.startsWith(QLatin1String("--typed=")))
            typed = arg.mid(8).toInt();
        else if (arg.startsWith(QLatin1String("--seed=")))
            seed = arg.mid(7).toUInt();
        else if (!arg.startsWith(QLatin1String("--")))
            inputs << arg;
    }

    hubfuzz::setAlwaysFullCheck(!quick);
    QElapsedTimer timer;
    timer.start();
    int files = 0;
    for (const QString &in : inputs) {
        QStringList paths;
        if (QFileInfo(in).isDir()) {
            for (const QString &name : QDir(in).entryList(QDir::Files, QDir::Name))
                paths << QDir(in).filePath(name);
        } else {
            paths << in;
        }
        for (const QString &p : paths) {
            QFile f(p);
            if (!f.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(p));
                return 2;
            }
            std::printf("replay %s\n", qPrintable(p));
            std::fflush(stdout);
            runOne(f.readAll());
            ++files;
        }
    }

    const QVector<QByteArray> &seeds = hubfuzz::seedBundles();
    if (!writeTyped.isEmpty()) {
        // The typed mutations as files, for a trial through hubcase-cli
        // (docs/testing.md); index.txt says what each one changed.
        QDir().mkpath(writeTyped);
        QFile index(QDir(writeTyped).filePath(QStringLiteral("index.txt")));
        if (!index.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 2;
        std::mt19937 trng(seed);
        int written = 0;
        for (int i = 0; written < typed && i < typed * 4; ++i) {
            const auto m = hubfuzz::typedMutationOf(seeds[i % seeds.size()], std::uint64_t(trng()) << 32 | trng());
            if (m.bundle.isEmpty())
                continue;
            const QString name = QStringLiteral("typed-%1.hubsync").arg(++written, 3, 10, QLatin1Char('0'));
            QFile out(QDir(writeTyped).filePath(name));
            if (!out.open(QIODevice::WriteOnly) || out.write(m.bundle) != m.bundle.size())
                return 2;
            index.write((name + QLatin1Char('\t') + m.description + QLatin1Char('\n')).toUtf8());
        }
        std::printf("%d typed mutations written to %s (offices in %s)\n", written, qPrintable(writeTyped),
            qPrintable(hubfuzz::workFolder()));
        return 0;
    }
    for (const QByteArray &s : seeds)
        runOne(s);
    std::mt19937 rng(seed);
    for (int i = 0; i < mutations; ++i)
        runOne(mutate(seeds, rng));
    // Typed mutations of the seeds: well-formed, resealed, one bad value each.
    for (int i = 0; i < typed; ++i)
        hubfuzz::runTyped(seeds[i % seeds.size()], std::uint64_t(rng()) << 32 | rng());

    const hubfuzz::Stats &s = hubfuzz::stats();
    std::printf("fuzz_bundle_import_replay: %lld inputs (%d files, %d seeds, %d mutations, seed %u), %lld imports: "
                "%lld accepted, %lld refused (%lld followed by a whole-file check); typed mutations %lld (%lld "
                "refused); %lld ms\n",
        s.inputs, files, static_cast<int>(seeds.size()), mutations, seed, s.imports, s.accepted, s.refused,
        s.fullChecks, s.typed, s.typedRefused, static_cast<long long>(timer.elapsed()));
    return 0;
}
