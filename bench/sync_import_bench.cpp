// Sync import of a 10,000-change bundle (Hubcase issue #3). The demo office
// (14 CCGs, 687 practices, ~3,000 cases) is the common seed of two offices;
// the sending office makes 10,000 row changes through the normal write path
// (RecordStore, 50 changes per transaction, so 200 outbox entries): new case
// notes, case edits, practice edits, new practices, and tombstones (the app's
// deletes) of some of the notes and practices it made. One bundle carries
// them all; it is imported into fresh copies of the receiving office, as
// SyncService::importBundle does from the exchange folder. Prints the bundle
// size and the median import time of several runs.
//
//   bench_sync_import [CHANGES=10000] [RUNS=5]
#include "database/demo/demo_office.h"
#include "database/office_file.h"
#include "database/records/record_store.h"
#include "database/sqlite/sql_error.h"
#include "database/sqlite/transaction.h"
#include "database/sync/sync_service.h"
#include "database/sync/sync_status.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>
#include <QSet>
#include <QStringList>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <memory>
#include <random>
#include <vector>

using namespace hub;
using namespace hub::db;

namespace
{

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "error: %s\n", qPrintable(what));
    std::exit(1);
}

std::unique_ptr<OfficeFile> openOffice(const QString &path)
{
    auto f = OfficeFile::open(path);
    if (!f)
        die(f.error().describe());
    return std::move(f).value();
}

QStringList ids(OfficeFile &f, const QString &sql)
{
    QStringList out;
    Statement st = f.connection().prepare(sql);
    while (st.step())
        out << st.text(0);
    return out;
}

struct Mix {
    int notes = 0, caseEdits = 0, practiceEdits = 0, newPractices = 0, tombstones = 0;
    int total() const { return notes + caseEdits + practiceEdits + newPractices + tombstones; }
};

// `changes` row changes in transactions of `perTx`. A transaction never
// touches a row twice (the session would fold those into one change), and
// only rows made in earlier transactions are tombstoned, so the bundle
// carries exactly `changes` row changes.
Mix makeChanges(OfficeFile &f, int changes, int perTx)
{
    const QStringList cases = ids(f, QStringLiteral("SELECT id FROM case_record WHERE deleted_at IS NULL ORDER BY id"));
    const QStringList practices
        = ids(f, QStringLiteral("SELECT id FROM practice WHERE deleted_at IS NULL ORDER BY id"));
    if (cases.size() < perTx || practices.size() < perTx)
        die(QStringLiteral("the demo office has too few cases or practices"));
    std::mt19937 rng(10000);
    QSet<QString> touched;
    auto pick = [&](const QStringList &l) {
        for (;;) {
            const QString &id = l[std::uniform_int_distribution<qsizetype>(0, l.size() - 1)(rng)];
            if (!touched.contains(id)) {
                touched.insert(id);
                return id;
            }
        }
    };
    RecordStore store(f);
    auto version = [&](const QString &table, const QString &id) {
        return store.current(table, id).value(QStringLiteral("row_version")).toLongLong();
    };
    QStringList oldNotes, oldPractices, newNotes, newPractices;
    Mix mix;
    int made = 0, newOds = 0;
    while (made < changes) {
        WriteTransaction tx(f.connection());
        touched.clear();
        for (int i = 0; i < perTx && made < changes; ++i, ++made) {
            const int roll = std::uniform_int_distribution<int>(0, 99)(rng);
            if (roll < 35) {
                newNotes << store.insert(QStringLiteral("case_event"),
                    { { QStringLiteral("case_id"), cases[made % cases.size()] },
                        { QStringLiteral("kind"), QStringLiteral("note") },
                        { QStringLiteral("on_date"), QDate(2017, 3, 1).addDays(made % 28).toString(Qt::ISODate) },
                        { QStringLiteral("note"),
                            QStringLiteral("Follow-up call %1 with the practice manager.").arg(made) },
                        { QStringLiteral("actor"), QStringLiteral("bench") } });
                ++mix.notes;
            } else if (roll < 55) {
                const QString id = pick(cases);
                store.update(QStringLiteral("case_record"), id, version(QStringLiteral("case_record"), id),
                    { { QStringLiteral("officer"), QStringLiteral("Officer %1").arg(made % 17) },
                        { QStringLiteral("description"), QStringLiteral("Updated in the bench (%1).").arg(made) } });
                ++mix.caseEdits;
            } else if (roll < 80) {
                const QString id = pick(practices);
                store.update(QStringLiteral("practice"), id, version(QStringLiteral("practice"), id),
                    { { QStringLiteral("registered_patients"), 3000 + made },
                        { QStringLiteral("address"), QStringLiteral("%1 High Street").arg(made % 200 + 1) } });
                ++mix.practiceEdits;
            } else if (roll < 90 || (oldNotes.isEmpty() && oldPractices.isEmpty())) {
                newPractices << store.insert(QStringLiteral("practice"),
                    { { QStringLiteral("ods_code"), QStringLiteral("Z%1").arg(++newOds, 5, 10, QLatin1Char('0')) },
                        { QStringLiteral("name"), QStringLiteral("Bench Surgery %1").arg(newOds) },
                        { QStringLiteral("registered_patients"), 4000 + newOds } });
                ++mix.newPractices;
            } else {
                // The app never deletes rows: a delete is a tombstone (deleted_at).
                const bool note = !oldNotes.isEmpty() && (oldPractices.isEmpty() || roll % 2 == 0);
                QStringList &from = note ? oldNotes : oldPractices;
                const QString table = note ? QStringLiteral("case_event") : QStringLiteral("practice");
                const QString id = from.takeAt(std::uniform_int_distribution<qsizetype>(0, from.size() - 1)(rng));
                store.tombstone(table, id, version(table, id));
                ++mix.tombstones;
            }
        }
        tx.commit();
        oldNotes += newNotes;
        oldPractices += newPractices;
        newNotes.clear();
        newPractices.clear();
    }
    return mix;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int changes = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 10000;
    const int runs = argc > 2 ? qMax(1, QString::fromLatin1(argv[2]).toInt()) : 5;
    QTemporaryDir tmp;
    const auto path = [&](const QString &name) { return tmp.filePath(name); };

    QElapsedTimer t;
    t.start();
    const auto demo = createDemoOffice(path(QStringLiteral("seed.hubcase")), QStringLiteral("SEED"));
    if (!demo)
        die(demo.error().describe());
    {
        auto seed = openOffice(path(QStringLiteral("seed.hubcase")));
        for (const QString &code : { QStringLiteral("AAA"), QStringLiteral("BBB") }) {
            const Status made = SyncService::startNewOffice(
                *seed, path(code + QStringLiteral(".hubcase")), code, code + QStringLiteral(" office"));
            if (!made)
                die(made.error().describe());
        }
    }
    std::printf("offices from the demo office (%d CCGs, %d practices, %d cases): %lld ms\n", demo->ccgs,
        demo->practices, demo->cases, static_cast<long long>(t.elapsed()));

    t.restart();
    QByteArray bundle;
    Mix mix;
    QString senderHash;
    {
        auto a = openOffice(path(QStringLiteral("AAA.hubcase")));
        try {
            mix = makeChanges(*a, changes, 50);
        } catch (const SqlError &e) {
            die(e.error().describe());
        }
        const qint64 made = t.restart();
        const std::int64_t first
            = a->connection().scalar(QStringLiteral("SELECT min(seq) FROM local_outbox")).toLongLong();
        const std::int64_t last
            = a->connection().scalar(QStringLiteral("SELECT max(seq) FROM local_outbox")).toLongLong();
        const std::int64_t entries
            = a->connection().scalar(QStringLiteral("SELECT count(*) FROM local_outbox")).toLongLong();
        auto bytes = SyncService(*a).bundleBytes(first, last);
        if (!bytes)
            die(bytes.error().describe());
        bundle = bytes.value();
        std::printf("sender: %d changes (%d new case notes, %d case edits, %d practice edits, %d new practices, "
                    "%d tombstones) in %lld entries: %lld ms; export: %lld ms\n",
            mix.total(), mix.notes, mix.caseEdits, mix.practiceEdits, mix.newPractices, mix.tombstones,
            static_cast<long long>(entries), static_cast<long long>(made), static_cast<long long>(t.elapsed()));
        senderHash = syncedContentHash(a->connection());
    }
    const QString bundlePath = path(QStringLiteral("AAA-bench.hubsync"));
    {
        QSaveFile out(bundlePath);
        if (!out.open(QIODevice::WriteOnly) || out.write(bundle) != bundle.size() || !out.commit())
            die(QStringLiteral("cannot write the bundle"));
    }

    std::vector<qint64> times, cpuTimes; // wall and process CPU milliseconds
    ImportSummary last;
    bool converged = false;
    for (int run = 0; run < runs; ++run) {
        const QString copy = path(QStringLiteral("BBB-run%1.hubcase").arg(run));
        if (!QFile::copy(path(QStringLiteral("BBB.hubcase")), copy))
            die(QStringLiteral("cannot copy the receiving office"));
        auto b = openOffice(copy);
        t.restart();
        const std::clock_t cpu = std::clock();
        const auto r = SyncService(*b).importBundle(bundlePath);
        times.push_back(t.elapsed());
        cpuTimes.push_back(static_cast<qint64>((std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC));
        if (!r)
            die(r.error().describe());
        last = r.value();
        converged = syncedContentHash(b->connection()) == senderHash;
        std::printf("  import run %d: %lld ms (CPU %lld ms)\n", run + 1, static_cast<long long>(times.back()),
            static_cast<long long>(cpuTimes.back()));
        std::fflush(stdout);
        b.reset();
        QFile::remove(copy);
    }
    std::sort(times.begin(), times.end());
    std::sort(cpuTimes.begin(), cpuTimes.end());
    const qint64 median = times[times.size() / 2];
    const qint64 cpuMedian = cpuTimes[cpuTimes.size() / 2];
    std::printf("bundle: %d changes in %d entries, %lld bytes (%.1f KiB)\n", last.changes, last.entries,
        static_cast<long long>(bundle.size()), bundle.size() / 1024.0);
    std::printf("import: median %lld ms of %d runs (min %lld, max %lld), %.0f changes/s; median CPU %lld ms; "
                "%d conflicts, %d auto-resolved; receiver %s the sender\n",
        static_cast<long long>(median), runs, static_cast<long long>(times.front()),
        static_cast<long long>(times.back()), median > 0 ? last.changes * 1000.0 / median : 0.0,
        static_cast<long long>(cpuMedian), last.conflicts, last.autoResolved,
        converged ? "now matches" : "DIFFERS FROM");
    return converged ? 0 : 1;
}
