// hubcase-stress-worker: one "desktop" hammering a shared office file through
// the real write path, for tests/database/shared_file_stress_test.cpp.
//
//   hubcase-stress-worker FILE increments K SEED
//       K read-modify-write increments of practice.registered_patients, each
//       on a practice picked at random: read the record (no lock held, as an
//       editor does), then write it back with its row_version inside a
//       WriteTransaction; a Conflict means another desktop got there first,
//       so re-read and try again - exactly what the app does, minus the user.
//   hubcase-stress-worker FILE batches K SEED
//       K transactions, each adding 1 to every practice's counter (and
//       rewriting a few KB of its address), printing "committing N" just
//       before COMMIT and "committed N" after it returns (the kill -9 test
//       reads them to kill inside or between commits).
//   hubcase-stress-worker FILE hold 0 SEED
//       One transaction rewriting every practice with a few KB of text, the
//       page cache kept tiny so SQLite spills pages into the file before
//       COMMIT; prints "holding" and waits for ever with the journal hot
//       (the stale-journal test kills it there and replaces the file).
//
//   hubcase-stress-worker FILE KIND|mixed K WORKER
//       K writes of one kind the CLI and the app offer (case-add, case-edit,
//       case-note, closure, practices, spec, template, sync, presence,
//       backup), or of every kind in turn; see stress_writes.h. Not retried:
//       every failure is counted, and the exit code is 3 when there was any.
//
// Last line on success: "done updates=K conflicts=C busyRetries=R".
// A Busy error that reaches this caller prints "error: ..." and exits 3.
#include "database/office_file.h"
#include "database/records/record_store.h"
#include "database/shared_file/write_retry.h"
#include "database/sqlite/sql_error.h"
#include "database/sqlite/transaction.h"
#include "stress_writes.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QStringList>
#include <cstdio>

using namespace hub;
using namespace hub::db;

namespace
{

int failWith(const Error &e)
{
    std::fprintf(stdout, "error: %s\n", e.describe().toUtf8().constData());
    std::fflush(stdout);
    return e.code == ErrorCode::Busy ? 3 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: hubcase-stress-worker FILE increments|batches|mixed|KIND K SEED\n");
        return 2;
    }
    const QString mode = args[2];
    const int count = args[3].toInt();
    QRandomGenerator rng(args[4].toUInt());

    auto opened = OfficeFile::open(args[1]);
    if (!opened)
        return failWith(opened.error());
    OfficeFile &file = *opened.value();
    file.setUser(QStringLiteral("worker-%1").arg(QCoreApplication::applicationPid()));
    if (mode != QStringLiteral("increments") && mode != QStringLiteral("batches") && mode != QStringLiteral("hold")) {
        const int failures = hubstress::runWrites(file, mode, count, args[4].toInt());
        std::fprintf(stdout, "done writes=%d failures=%d\n", count, failures);
        std::fflush(stdout);
        return failures == 0 ? 0 : 3;
    }

    QStringList ids;
    const Status listed = guarded([&]() -> Status {
        Statement st = file.connection().prepare(QStringLiteral("SELECT id FROM practice ORDER BY ods_code"));
        while (st.step())
            ids << st.text(0);
        return {};
    });
    if (!listed)
        return failWith(listed.error());
    if (ids.isEmpty())
        return failWith(makeError(ErrorCode::Invalid, QStringLiteral("no practices to update")));

    RecordStore store(file);
    int conflicts = 0;
    int busyRetries = 0;
    WriteRetryPolicy policy;
    policy.onRetry = [&](int, const Error &) { ++busyRetries; };
    const QString patients = QStringLiteral("registered_patients");
    const QString table = QStringLiteral("practice");

    if (mode == QStringLiteral("hold")) {
        file.connection().execScript(QStringLiteral("PRAGMA cache_size=5"));
        WriteTransaction tx(file.connection());
        for (const QString &id : ids) {
            const QVariantMap row = store.current(table, id);
            store.update(table, id, row.value(QStringLiteral("row_version")).toLongLong(),
                { { patients, row.value(patients).toLongLong() + 1000 },
                    { QStringLiteral("address"), QString(3000, QLatin1Char('h')) } });
        }
        std::fprintf(stdout, "holding\n");
        std::fflush(stdout);
        (void)std::fgetc(stdin); // until killed
        return 0;
    }
    for (int n = 1; n <= count; ++n) {
        if (mode == QStringLiteral("increments")) {
            const QString id = ids[int(rng.bounded(quint32(ids.size())))];
            for (;;) {
                // The editor's read: no lock is held between it and the save.
                QVariantMap before;
                const Status read = guarded([&]() -> Status {
                    before = store.current(table, id);
                    return {};
                });
                if (!read)
                    return failWith(read.error());
                const Status saved = withWriteRetry(
                    [&]() -> Status {
                        WriteTransaction tx(file.connection());
                        store.update(table, id, before.value(QStringLiteral("row_version")).toLongLong(),
                            { { patients, before.value(patients).toLongLong() + 1 } });
                        tx.commit();
                        return {};
                    },
                    policy);
                if (saved)
                    break;
                if (saved.error().code != ErrorCode::Conflict)
                    return failWith(saved.error());
                ++conflicts;
            }
        } else if (mode == QStringLiteral("batches")) {
            // Every counter in one transaction: after a crash they must all
            // be equal, or the transaction was not all-or-nothing.
            // A few KB of fresh text per row spreads each transaction over
            // many pages (overflow pages too), so a kill often lands in the
            // middle of writing them rather than between transactions.
            const QString padding = QString(1500 + int(rng.bounded(1500u)), QLatin1Char('a' + char(n % 26)));
            const Status saved = withWriteRetry(
                [&]() -> Status {
                    WriteTransaction tx(file.connection());
                    for (const QString &id : ids) {
                        const QVariantMap row = store.current(table, id);
                        store.update(table, id, row.value(QStringLiteral("row_version")).toLongLong(),
                            { { patients, row.value(patients).toLongLong() + 1 },
                                { QStringLiteral("address"), padding } });
                    }
                    // Lets the test kill us while COMMIT writes and syncs.
                    std::fprintf(stdout, "committing %d\n", n);
                    std::fflush(stdout);
                    tx.commit();
                    return {};
                },
                policy);
            if (!saved)
                return failWith(saved.error());
            std::fprintf(stdout, "committed %d\n", n);
            std::fflush(stdout);
        } else {
            std::fprintf(stderr, "unknown mode\n");
            return 2;
        }
    }
    std::fprintf(stdout, "done updates=%d conflicts=%d busyRetries=%d\n", count, conflicts, busyRetries);
    std::fflush(stdout);
    return 0;
}
